package cn.onedoor.agreement;

import cn.onedoor.process.AgreementVariables;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * At each end of CaseAgreement: {@code agreementOutcome}, the one output of its contract, is the
 * field {@code outcome} of the end event (settled on the spot, settled after the due date, closed
 * by a payment order, or not performed and so on to arbitration).
 */
@Component("agreementOutcomeListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // fields are injected per use: one instance per call
public class AgreementOutcomeListener implements ExecutionListener {

  /** What LaborDisputeCase's Gateway_AgreementOutcome tells apart. */
  static final Set<String> OUTCOMES = Set.of("settled", "settled_after_deferred_performance", "payment_order", "not_performed");

  private Expression outcome;

  @Override
  public void notify(DelegateExecution execution) {
    String value = outcome == null ? null : String.valueOf(outcome.getValue(execution));
    if (!OUTCOMES.contains(value)) {
      throw new IllegalStateException("agreementOutcome must be one of " + OUTCOMES + ", the model says " + value
          + " at " + execution.getCurrentActivityId());
    }
    AgreementVariables.of(execution).agreementOutcome(value);
  }

  public void setOutcome(Expression outcome) {
    this.outcome = outcome;
  }
}
