package cn.onedoor.agreement;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.MediationVariables;
import cn.onedoor.register.BusinessDates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the completion of 制作调解协议书: gives the case its agreement number in the mediator's own
 * transaction (issue #16). The counter row is then locked for the rest of that short transaction,
 * and the asynchronous 生成调解协议书, which renders the PDF, finds the number given
 * ({@link AgreementNumbers}) instead of locking the counter while it renders; if the completion
 * rolls back, so does the number, and no number is lost.
 */
@Component
class AgreementNumberListener implements TaskListener {

  private final AgreementNumbers numbers;

  AgreementNumberListener(AgreementNumbers numbers) {
    this.numbers = numbers;
  }

  @Override
  public void notify(DelegateTask task) {
    MediationVariables variables = MediationVariables.of(task.getExecution());
    String caseNumber = variables.caseNumber();
    if (caseNumber == null) {
      return;
    }
    numbers.numberFor(caseNumber, BusinessDates.given(variables.agreementDate(), Deadlines.today()).getYear());
  }
}
