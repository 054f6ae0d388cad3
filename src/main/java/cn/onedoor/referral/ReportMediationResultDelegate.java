package cn.onedoor.referral;

import cn.onedoor.process.ReferralVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 向法院反馈调解结果: a court-entrusted case reports success (with the agreement) or failure.
 *
 * <p>Only for instances of model versions from before the hand-offs became external tasks (issue
 * #16), still waiting at this asynchronous service task; today's models have the topic of
 * {@link HandoffTopic} and {@link HandoffWorker} does the same without holding a connection. Remove
 * once no instance of such a version is left.
 */
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
