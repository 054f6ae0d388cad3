package cn.onedoor.agreement;

import cn.onedoor.process.AgreementVariables;
import cn.onedoor.register.CaseRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the end of 确认协议履行情况: records in the register what the employer paid (the agreed amount,
 * the part paid, or 0), which 挽回经济损失 counts, before the unpaid rest goes on to a payment order
 * or arbitration.
 */
@Component("recordPerformanceListener")
class RecordPerformanceListener implements ExecutionListener {

  private final CaseRegister register;

  RecordPerformanceListener(CaseRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AgreementVariables variables = AgreementVariables.of(execution);
    register.recordPerformance(variables.caseNumber(),
        PerformanceResults.paid(variables.performance(), variables.agreedAmount(), variables.performedAmount()));
  }
}
