package cn.onedoor.referral;

import cn.onedoor.process.ReferralVariables;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * At each end of ArbitrationReferral: {@code arbitrationOutcome}, the one output of its contract, is
 * the field {@code outcome} of the end event (not accepted, no acceptance decision in time, award
 * received, no award in time).
 */
@Component("arbitrationOutcomeListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // fields are injected per use: one instance per call
public class ArbitrationOutcomeListener implements ExecutionListener {

  /** What the case and the case file tell apart (LaborDisputeCase: Gateway_ArbitrationResult). */
  static final Set<String> OUTCOMES = Set.of("not_accepted", "no_decision", "award_received", "no_award");

  private Expression outcome;

  @Override
  public void notify(DelegateExecution execution) {
    String value = outcome == null ? null : String.valueOf(outcome.getValue(execution));
    if (!OUTCOMES.contains(value)) {
      throw new IllegalStateException("arbitrationOutcome must be one of " + OUTCOMES + ", the model says " + value
          + " at " + execution.getCurrentActivityId());
    }
    ReferralVariables.of(execution).arbitrationOutcome(value);
  }

  public void setOutcome(Expression outcome) {
    this.outcome = outcome;
  }
}
