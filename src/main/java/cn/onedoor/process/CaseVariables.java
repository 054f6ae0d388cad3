package cn.onedoor.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The case's process variables, by name and type, for LaborDisputeCase and the processes it calls
 * (the same names; a called process gets only the inputs of its contract and returns only its
 * outputs). Names and contracts are listed in docs/case-process.md; nothing else in the code
 * spells them out.
 */
public final class CaseVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String CHANNEL = "channel";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String APPLICANT_ID_NUMBER = "applicantIdNumber";
  public static final String APPLICANT_PHONE = "applicantPhone";
  public static final String APPLICANT_ID_MASKED = "applicantIdMasked";
  public static final String APPLICANT_PHONE_MASKED = "applicantPhoneMasked";
  public static final String EMPLOYER_NAME = "employerName";
  public static final String EMPLOYER_CREDIT_CODE = "employerCreditCode";
  public static final String EMPLOYER_PHONE = "employerPhone";
  public static final String DISPUTE_TYPE = "disputeType";
  public static final String CLAIM_AMOUNT = "claimAmount";
  public static final String CLAIM_DESCRIPTION = "claimDescription";
  public static final String WORKER_COUNT = "workerCount";
  public static final String COLLECTIVE_DISPUTE = "collectiveDispute";
  public static final String KNOWN_DATE = "knownDate";
  public static final String EMPLOYMENT_END_DATE = "employmentEndDate";
  public static final String RECEIVED_DATE = "receivedDate";
  public static final String MEDIATION_DEADLINE = "mediationDeadline";
  public static final String ENTRUSTMENT_DEADLINE = "entrustmentDeadline";
  public static final String COURT_CASE_NUMBER = "courtCaseNumber";
  public static final String LIMITATION_STATUS = "limitationStatus";
  public static final String LIMITATION_EXPIRY = "limitationExpiry";
  public static final String POSSIBLE_DUPLICATE_OF = "possibleDuplicateOf";
  public static final String PAYMENT_ORDER_ELIGIBLE = "paymentOrderEligible";
  public static final String ELIGIBILITY_DECISION = "eligibilityDecision";
  /** review-eligibility: the day the centre decided (审查决定日期); today when not given */
  public static final String DECISION_DATE = "decisionDate";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String TRIAGE = "triage";
  public static final String MEDIATOR_POOL = "mediatorPool";
  public static final String PRIORITY = "priority";
  public static final String TASK_PRIORITY = "taskPriority";
  public static final String EXPERT_CONSULTATION = "expertConsultation";
  public static final String SESSION_MODE = "sessionMode";
  public static final String SESSION_TIME = "sessionTime";
  public static final String SESSION_PLACE = "sessionPlace";
  public static final String MEETING_LINK = "meetingLink";
  public static final String SESSION_RESULT = "sessionResult";
  public static final String SESSION_NOTES = "sessionNotes";
  public static final String SESSION_COUNT = "sessionCount";
  public static final String EXTENDED_DEADLINE = "extendedDeadline";
  public static final String EXTENSION_CONSENT_RECORDED = "extensionConsentRecorded";
  /** set once the mediation period was extended by consent (ECM art. 26: once only) */
  public static final String MEDIATION_EXTENDED = "mediationExtended";
  public static final String MEDIATION_OUTCOME = "mediationOutcome";
  public static final String AGREED_AMOUNT = "agreedAmount";
  public static final String AGREEMENT_ITEMS = "agreementItems";
  /** draft-agreement checklist: what the agreement pays (agreement.AgreementPays codes; LDMAL art. 16) */
  public static final String AGREEMENT_PAYS = "agreementPays";
  public static final String PERFORMANCE_MODE = "performanceMode";
  public static final String PERFORMANCE_DUE_DATE = "performanceDueDate";
  public static final String CONFIRMATION_TYPE = "confirmationType";
  /** apply: the parties' joint application goes online to the court / commission; not_filed: they did not apply */
  public static final String CONFIRMATION_FILING = "confirmationFiling";
  /** confirmed / rejected: the court's or the commission's decision on the agreement */
  public static final String CONFIRMATION_RESULT = "confirmationResult";
  public static final String AGREEMENT_DATE = "agreementDate";
  public static final String AGREEMENT_DOCUMENT_ID = "agreementDocumentId";
  public static final String PERFORMED = "performed";
  /** confirm-performance: the day the agreement was performed (履行日期); today when not given */
  public static final String PERFORMED_DATE = "performedDate";
  /** award-issued: the date of the award, from the commission's message (ArbitrationReferral's output) */
  public static final String AWARD_DATE = "awardDate";
  /** court-receipt: the day the court signed for the file, from its message (LitigationReferral's output) */
  public static final String COURT_RECEIPT_DATE = "courtReceiptDate";
  public static final String HANDED_OVER_DATE = "handedOverDate";
  public static final String ARBITRATION_ACCEPTED_DATE = "arbitrationAcceptedDate";
  public static final String AWARD_DEADLINE = "awardDeadline";
  public static final String AWARD_EXTENDED = "awardExtended";
  /** award-period-extended: the extended award deadline the commission notified, if its message gave one */
  public static final String AWARD_EXTENDED_UNTIL = "awardExtendedUntil";
  public static final String ARBITRATION_OUTCOME = "arbitrationOutcome";
  public static final String OUTCOME = "outcome";
  /** why the court or the arbitration commission sent a file back (set by the error boundary event) */
  public static final String CASE_FILE_REJECTION = "caseFileRejection";
  /** what the mediator corrected before the file goes out again */
  public static final String CASE_FILE_CORRECTION = "caseFileCorrection";

  private final VariableScope scope;

  private CaseVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static CaseVariables of(VariableScope scope) {
    return new CaseVariables(scope);
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public String requiredText(String name) {
    String value = text(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  public LocalDate date(String name) {
    String value = text(name);
    return value == null || value.isBlank() ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public long number(String name, long fallback) {
    Object value = scope.getVariable(name);
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value == null || value.toString().isBlank() ? fallback : Long.parseLong(value.toString().trim());
  }

  public void set(String name, Object value) {
    scope.setVariable(name, value);
  }

  public void setDate(String name, LocalDate date) {
    scope.setVariable(name, date == null ? null : date.toString());
  }

  /**
   * The case this process belongs to: its business key, fixed at registration and passed to every
   * called process. Never the variable {@code caseNumber}, which is only there for forms to show.
   */
  public String caseNumber() {
    String businessKey = businessKey(scope);
    if (businessKey == null || businessKey.isBlank()) {
      throw new IllegalStateException("The process has no business key (case number)");
    }
    return businessKey;
  }

  /** The business key of the process the scope belongs to, or null (a consultation that is no case). */
  public static String businessKey(VariableScope scope) {
    if (scope instanceof org.camunda.bpm.engine.delegate.DelegateExecution execution) {
      return execution.getProcessBusinessKey();
    }
    if (scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task && task.getExecution() != null) {
      return task.getExecution().getProcessBusinessKey();
    }
    return null;
  }
}
