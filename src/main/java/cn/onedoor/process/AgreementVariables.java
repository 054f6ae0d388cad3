package cn.onedoor.process;

import static cn.onedoor.process.CaseVariables.*;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * CaseAgreement's variables, typed: the agreement it is given (confirmation, performance) and the
 * outcome it returns to the case (docs/case-process.md, CaseAgreement).
 */
public final class AgreementVariables extends ProcessVariables {

  private AgreementVariables(VariableScope scope) {
    super(scope);
  }

  public static AgreementVariables of(VariableScope scope) {
    return new AgreementVariables(scope);
  }

  private AgreementVariables(java.util.Map<String, Object> variables) {
    super(variables);
  }

  /** Over the variables an external task was fetched with (the hand-off worker). */
  public static AgreementVariables of(java.util.Map<String, Object> variables) {
    return new AgreementVariables(variables);
  }

  /** {@code none}, {@code judicial} or {@code arbitration_review}. */
  public String requiredConfirmationType() {
    return requiredString(CONFIRMATION_TYPE);
  }

  /** confirm-performance: {@code full}, {@code partial} or {@code none}. */
  public String performance() {
    return requiredString(PERFORMANCE);
  }

  /** confirm-performance: the amount paid when partly performed, yuan (scale 2); null otherwise. */
  public java.math.BigDecimal performedAmount() {
    return amount(PERFORMED_AMOUNT);
  }

  /** Yuan, scale 2: the agreed amount the agreement process was given. */
  public java.math.BigDecimal agreedAmount() {
    return amount(AGREED_AMOUNT);
  }

  /** What the case's Gateway_AgreementOutcome tells apart; set by the end listeners of CaseAgreement. */
  public void agreementOutcome(String outcome) {
    set(AGREEMENT_OUTCOME, outcome);
  }
}
