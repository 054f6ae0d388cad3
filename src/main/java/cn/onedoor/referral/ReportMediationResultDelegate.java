package cn.onedoor.referral;

import cn.onedoor.process.ReferralVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 向法院反馈调解结果: a court-entrusted case reports success (with the agreement) or failure. */
@Component("reportMediationResultDelegate")
class ReportMediationResultDelegate implements JavaDelegate {

  private final Handoffs handoffs;

  ReportMediationResultDelegate(Handoffs handoffs) {
    this.handoffs = handoffs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoffs.file(HandoffKind.MEDIATION_RESULT_REPORT, execution,
        Map.of("result", ReferralVariables.of(execution).requiredMediationOutcome()));
  }
}
