package cn.onedoor.referral;

import cn.onedoor.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 向法院反馈调解结果: a court-entrusted case reports success (with the agreement) or failure. */
@Component("reportMediationResultDelegate")
class ReportMediationResultDelegate implements JavaDelegate {

  private final CourtGateway court;

  ReportMediationResultDelegate(CourtGateway court) {
    this.court = court;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    court.reportMediationResult(variables.caseNumber(), variables.requiredText(CaseVariables.MEDIATION_OUTCOME),
        "mediation-result:" + execution.getProcessInstanceId());
  }
}
