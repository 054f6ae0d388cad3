package cn.onedoor.process;

import static cn.onedoor.process.CaseVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * LaborDisputeCase's variables, typed: the facts registration and triage set (and that the case passes
 * into the processes it calls, which read them here as well), the eligibility decision and the outcome.
 * The register stays the source of the case's facts; these are what gateways, timers and forms need.
 */
public final class CaseFacts extends ProcessVariables {

  private CaseFacts(VariableScope scope) {
    super(scope);
  }

  private CaseFacts(Map<String, Object> variables) {
    super(variables);
  }

  public static CaseFacts of(VariableScope scope) {
    return new CaseFacts(scope);
  }

  /** Over the variables a started case returned ({@code executeWithVariablesInReturn}). */
  public static CaseFacts of(Map<String, Object> variables) {
    return new CaseFacts(variables);
  }

  /** The variable {@code caseNumber}, as registration set it (for what reads the returned variables, which have no business key). */
  public String caseNumberVariable() {
    return string(CASE_NUMBER);
  }

  public String channel() {
    return string(CHANNEL);
  }

  public String applicantName() {
    return string(APPLICANT_NAME);
  }

  public String employerName() {
    return string(EMPLOYER_NAME);
  }

  public String disputeType() {
    return string(DISPUTE_TYPE);
  }

  /** Yuan, scale 2. */
  public BigDecimal claimAmount() {
    return amount(CLAIM_AMOUNT);
  }

  public String claimDescription() {
    return string(CLAIM_DESCRIPTION);
  }

  public boolean hasWorkerCount() {
    return raw(WORKER_COUNT) != null;
  }

  public long workerCount() {
    return number(WORKER_COUNT, 1);
  }

  public boolean collectiveDispute() {
    return flag(COLLECTIVE_DISPUTE);
  }

  public LocalDate knownDate() {
    return date(KNOWN_DATE);
  }

  public LocalDate employmentEndDate() {
    return date(EMPLOYMENT_END_DATE);
  }

  /** The review's decision date (审查决定日期), if the form gave one. */
  public LocalDate decisionDate() {
    return date(DECISION_DATE);
  }

  /** The day the parties signed the agreement (CaseMediation's output). */
  public LocalDate agreementDate() {
    return date(AGREEMENT_DATE);
  }

  /** The day the agreement was performed (CaseAgreement's output), if the form gave one. */
  public LocalDate performedDate() {
    return date(PERFORMED_DATE);
  }

  /** The award's date (ArbitrationReferral's output). */
  public LocalDate awardDate() {
    return date(AWARD_DATE);
  }

  /** The day the court signed for the file (LitigationReferral's output). */
  public LocalDate courtReceiptDate() {
    return date(COURT_RECEIPT_DATE);
  }

  public LocalDate receivedDate() {
    return date(RECEIVED_DATE);
  }

  /** The end of the mediation period; extended by consent in CaseMediation, which returns it. */
  public LocalDate mediationDeadline() {
    return date(MEDIATION_DEADLINE);
  }

  public LocalDate entrustmentDeadline() {
    return date(ENTRUSTMENT_DEADLINE);
  }

  public String limitationStatus() {
    return string(LIMITATION_STATUS);
  }

  public LocalDate limitationExpiry() {
    return date(LIMITATION_EXPIRY);
  }

  /** Case numbers of open cases of the same worker and employer, newest first; empty when there are none. */
  public List<String> possibleDuplicateOf() {
    return list(POSSIBLE_DUPLICATE_OF);
  }

  public String mediatorPool() {
    return string(MEDIATOR_POOL);
  }

  public String priority() {
    return string(PRIORITY);
  }

  public boolean expertConsultation() {
    return flag(EXPERT_CONSULTATION);
  }

  public String eligibilityDecision() {
    return string(ELIGIBILITY_DECISION);
  }

  /** review-eligibility's first answer: within the centre's scope; null when not answered. */
  public Boolean inScope() {
    Object value = raw(IN_SCOPE);
    return value == null ? null : Boolean.valueOf(value.toString());
  }

  /** review-eligibility's second answer: the employer agrees to mediate; null when not asked (out of scope). */
  public Boolean employerConsents() {
    Object value = raw(EMPLOYER_CONSENTS);
    return value == null ? null : Boolean.valueOf(value.toString());
  }

  /** The decision 是否受理? reads ({@code accepted}, {@code not_accepted}, {@code employer_refused}), derived from the answers. */
  public void eligibilityDecided(String decision) {
    set(ELIGIBILITY_DECISION, decision);
  }

  public String rejectionReason() {
    return string(REJECTION_REASON);
  }

  /** How CaseMediation ended (its output). */
  public String mediationOutcome() {
    return string(MEDIATION_OUTCOME);
  }

  public String outcome() {
    return string(OUTCOME);
  }

  /** registerCaseDelegate: what registration decided, for the gateways, timers and forms that follow. */
  public void registered(Registration registration) {
    set(CASE_NUMBER, registration.caseNumber());
    set(APPLICANT_ID_MASKED, registration.applicantIdMasked());
    set(APPLICANT_PHONE_MASKED, registration.applicantPhoneMasked());
    set(EMPLOYER_CREDIT_CODE, registration.employerCreditCode());
    setAmount(CLAIM_AMOUNT, registration.claimAmount());
    set(WORKER_COUNT, registration.workerCount());
    set(COLLECTIVE_DISPUTE, registration.collectiveDispute());
    setDate(KNOWN_DATE, registration.knownDate());
    if (registration.employmentEndDate() != null) {
      setDate(EMPLOYMENT_END_DATE, registration.employmentEndDate());
    }
    setDate(RECEIVED_DATE, registration.receivedDate());
    setDate(MEDIATION_DEADLINE, registration.mediationDeadline());
    if (registration.entrustmentDeadline() != null) {
      setDate(ENTRUSTMENT_DEADLINE, registration.entrustmentDeadline());
    }
    set(LIMITATION_STATUS, registration.limitationStatus());
    setDate(LIMITATION_EXPIRY, registration.limitationExpiry());
    setList(POSSIBLE_DUPLICATE_OF, registration.possibleDuplicateOf());
  }

  /**
   * The row Decision_Triage returned ({@code camunda:resultVariable}, single result): its outputs by
   * name ({@link #MEDIATOR_POOL}, {@link #PRIORITY}, {@link #EXPERT_CONSULTATION}), or null.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> triage() {
    return (Map<String, Object>) raw(TRIAGE);
  }

  /** applyTriageListener: the pool, priority and expert consultation Decision_Triage chose; its row is dropped. */
  public void triaged(String mediatorPool, String priority, int taskPriority, boolean expertConsultation) {
    set(MEDIATOR_POOL, mediatorPool);
    set(PRIORITY, priority);
    set(TASK_PRIORITY, taskPriority);
    set(EXPERT_CONSULTATION, expertConsultation);
    remove(TRIAGE);
  }

  /** closeCaseListener. */
  public void closed(String outcome) {
    set(OUTCOME, outcome);
  }

  /** The facts registration writes (masked identifiers only; the full ones are in the register's party table). */
  public record Registration(String caseNumber, String applicantIdMasked, String applicantPhoneMasked,
      String employerCreditCode, BigDecimal claimAmount, long workerCount, boolean collectiveDispute,
      LocalDate knownDate, LocalDate employmentEndDate, LocalDate receivedDate, LocalDate mediationDeadline,
      LocalDate entrustmentDeadline, String limitationStatus, LocalDate limitationExpiry,
      List<String> possibleDuplicateOf) {}
}
