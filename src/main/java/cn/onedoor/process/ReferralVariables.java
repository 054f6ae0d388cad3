package cn.onedoor.process;

import static cn.onedoor.process.CaseVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of ArbitrationReferral and LitigationReferral (and of the case's own hand-offs, the
 * report to the court and the applications of the agreement path), typed: the claim facts of the case
 * file, how mediation ended, a correction of a file sent back, the arbitration's dates.
 */
public final class ReferralVariables extends ProcessVariables {

  private ReferralVariables(VariableScope scope) {
    super(scope);
  }

  public static ReferralVariables of(VariableScope scope) {
    return new ReferralVariables(scope);
  }

  private ReferralVariables(java.util.Map<String, Object> variables) {
    super(variables);
  }

  /**
   * Over the variables an external task was fetched with, or those its completion passes back (the
   * hand-off worker: no execution at hand, so {@link #caseNumber()} is not available, the task's
   * business key is).
   */
  public static ReferralVariables of(java.util.Map<String, Object> variables) {
    return new ReferralVariables(variables);
  }

  public String claimDescription() {
    return string(CLAIM_DESCRIPTION);
  }

  public LocalDate knownDate() {
    return date(KNOWN_DATE);
  }

  public LocalDate employmentEndDate() {
    return date(EMPLOYMENT_END_DATE);
  }

  public String mediationOutcome() {
    return string(MEDIATION_OUTCOME);
  }

  public String requiredMediationOutcome() {
    return requiredString(MEDIATION_OUTCOME);
  }

  /** What the mediator corrected before a file sent back goes out again. */
  public String caseFileCorrection() {
    return string(CASE_FILE_CORRECTION);
  }

  public LocalDate arbitrationAcceptedDate() {
    return date(ARBITRATION_ACCEPTED_DATE);
  }

  public LocalDate awardDeadline() {
    return date(AWARD_DEADLINE);
  }

  public boolean awardExtended() {
    return flag(AWARD_EXTENDED);
  }

  public LocalDate awardExtendedUntil() {
    return date(AWARD_EXTENDED_UNTIL);
  }

  /** handOverToArbitrationDelegate: the acceptance period (LDMAL art. 29) runs from here. */
  /** How the arbitration ended ({@code award_received}, …): set by the end listeners of ArbitrationReferral. */
  public void arbitrationOutcome(String outcome) {
    set(ARBITRATION_OUTCOME, outcome);
  }

  public void handedOver(LocalDate on) {
    setDate(HANDED_OVER_DATE, on);
  }

  /** recordArbitrationAcceptanceDelegate: accepted on that day, the award due by the deadline. */
  public void accepted(LocalDate on, LocalDate awardDeadline) {
    setDate(ARBITRATION_ACCEPTED_DATE, on);
    setDate(AWARD_DEADLINE, awardDeadline);
    set(AWARD_EXTENDED, false);
  }

  /** extendAwardPeriodDelegate: once. */
  public void awardPeriodExtended(LocalDate awardDeadline) {
    setDate(AWARD_DEADLINE, awardDeadline);
    set(AWARD_EXTENDED, true);
  }
}
