package cn.onedoor.register;

import cn.onedoor.process.ProcessVariables;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.CaseFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * On every end event of a case (field {@code outcome}): sets the variable {@code outcome}, closes the
 * register row on the date of the fact that ended the case ({@link BusinessDates}) and publishes {@link CaseClosed} (notification tells the parties, in the same
 * transaction). A consultation that never became a case only gets its outcome.
 */
@Component("closeCaseListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // fields are injected per use: one instance per call
public class CloseCaseListener implements ExecutionListener {

  private final CaseRegister register;
  private final ApplicationEventPublisher events;

  private Expression outcome;

  CloseCaseListener(CaseRegister register, ApplicationEventPublisher events) {
    this.register = register;
    this.events = events;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Outcome result = Outcome.fromCode(outcome.getValue(execution).toString());
    CaseFacts variables = CaseFacts.of(execution);
    variables.closed(result.code());
    String caseNumber = ProcessVariables.businessKey(execution);
    if (caseNumber == null) {
      return; // a consultation that did not become a case
    }
    register.close(caseNumber, execution.getProcessInstanceId(), result.code(),
        BusinessDates.closingDate(result, execution, Deadlines.today()));
    events.publishEvent(new CaseClosed(caseNumber, result, execution));
  }

  public void setOutcome(Expression outcome) {
    this.outcome = outcome;
  }
}
