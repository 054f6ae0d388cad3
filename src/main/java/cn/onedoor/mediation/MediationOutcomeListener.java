package cn.onedoor.mediation;

import cn.onedoor.process.MediationVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * At the end of CaseMediation: {@code mediationOutcome} is the field {@code outcome} where given
 * (the period expired), else the last session's result. Sessions booked for after this moment will
 * not take place: their room and mediator are free again ({@link SessionCalendar#releaseUpcoming}).
 */
@Component("mediationOutcomeListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // fields are injected per use: one instance per call
public class MediationOutcomeListener implements ExecutionListener {

  private Expression outcome;
  private final SessionCalendar calendar;

  MediationOutcomeListener(SessionCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MediationVariables variables = MediationVariables.of(execution);
    variables.ended(outcome != null ? outcome.getValue(execution).toString() : variables.requiredSessionResult());
    calendar.releaseUpcoming(variables.caseNumber(),
        java.time.LocalDateTime.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
            cn.onedoor.calendar.ChinaTime.ZONE));
  }

  public void setOutcome(Expression outcome) {
    this.outcome = outcome;
  }
}
