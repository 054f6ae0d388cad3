package cn.onedoor.referral;

import cn.onedoor.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 向法院移送案件: litigation referral of a case arbitration did not settle. */
@Component("handOverToCourtDelegate")
class HandOverToCourtDelegate implements JavaDelegate {

  private final CourtGateway court;

  HandOverToCourtDelegate(CourtGateway court) {
    this.court = court;
  }

  @Override
  public void execute(DelegateExecution execution) {
    court.referLitigation(CaseVariables.of(execution).caseNumber(), "litigation-referral:" + execution.getProcessInstanceId());
  }
}
