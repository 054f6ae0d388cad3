package cn.onedoor.referral;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 向仲裁委移交案件: the case file goes to the arbitration commission; its 5-day clock starts. */
@Component("handOverToArbitrationDelegate")
class HandOverToArbitrationDelegate implements JavaDelegate {

  private final ArbitrationGateway arbitration;

  HandOverToArbitrationDelegate(ArbitrationGateway arbitration) {
    this.arbitration = arbitration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    arbitration.handOver(variables.caseNumber(), "arbitration-referral:" + execution.getProcessInstanceId());
    variables.setDate(CaseVariables.HANDED_OVER_DATE, Deadlines.today());
  }
}
