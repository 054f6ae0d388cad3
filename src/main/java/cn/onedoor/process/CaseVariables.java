package cn.onedoor.process;

import java.util.List;

/**
 * The names of the process variables of LaborDisputeCase and the processes it calls (the same names;
 * a called process gets only the inputs of its contract and returns only its outputs), of the forms'
 * fields and of what inbound messages set. Nothing else in the main code spells them out; the typed
 * accessors ({@link CaseFacts}, {@link MediationVariables}, {@link ReferralVariables},
 * {@link ConsultationVariables}, {@link NoticeDeliveryVariables}) read and write them with their
 * types. Names, types, writers and contracts: docs/case-process.md; {@code ProcessVariableNamesTests}
 * checks them against the models and forms.
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
  /** schedule-session: for 现场调解 the room (one of onedoor.sessions.rooms, chosen from {@link #SESSION_ROOMS}) */
  public static final String SESSION_PLACE = "sessionPlace";
  /** schedule-session: the session's length in minutes (a select; the configured default when not given) */
  public static final String SESSION_DURATION = "sessionDuration";
  /** schedule-session, task-local: the rooms the form offers (form-js valuesKey), from configuration */
  public static final String SESSION_ROOMS = "sessionRooms";
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
  /** draft-agreement dynamic list: what each worker is paid (rows of worker = case_party seq, amount); no names */
  public static final String WORKER_AMOUNTS = "workerAmounts";
  /** task-local on 制作调解协议书: the case's workers as the options of workerAmounts' worker select (label = name) */
  public static final String CASE_WORKERS = "caseWorkers";
  /** confirm-performance: full, partial or none (履行情况) */
  public static final String PERFORMANCE = "performance";
  /** confirm-performance: the amount paid when the agreement was partly performed, yuan */
  public static final String PERFORMED_AMOUNT = "performedAmount";
  /** confirm-performance: the day the agreement was performed (履行日期); today when not given */
  public static final String PERFORMED_DATE = "performedDate";
  public static final String HANDED_OVER_DATE = "handedOverDate";
  public static final String ARBITRATION_ACCEPTED_DATE = "arbitrationAcceptedDate";
  public static final String AWARD_DEADLINE = "awardDeadline";
  public static final String AWARD_EXTENDED = "awardExtended";
  /** award-period-extended: the extended award deadline the commission notified, if its message gave one */
  public static final String AWARD_EXTENDED_UNTIL = "awardExtendedUntil";
  /** CaseAgreement's one output: settled, settled_after_deferred_performance, payment_order or not_performed */
  public static final String AGREEMENT_OUTCOME = "agreementOutcome";
  public static final String ARBITRATION_OUTCOME = "arbitrationOutcome";
  public static final String OUTCOME = "outcome";
  /** why the court or the arbitration commission sent a file back (set by the error boundary event) */
  public static final String CASE_FILE_REJECTION = "caseFileRejection";
  /** what the mediator corrected before the file goes out again */
  public static final String CASE_FILE_CORRECTION = "caseFileCorrection";

  // form fields the guard and intake read from a submission (not kept as case facts)
  /** register-case: the clerk read the application back to the applicant (LDMAL art. 12) */
  public static final String APPLICATION_READ_BACK = "applicationReadBack";
  /** review-eligibility: the dispute is within the centre's scope */
  public static final String IN_SCOPE = "inScope";
  /** review-eligibility: the employer agrees to mediation */
  public static final String EMPLOYER_CONSENTS = "employerConsents";
  /** draft-agreement: the mediator confirms an agreed amount above the claim */
  public static final String AGREED_AMOUNT_ABOVE_CLAIM_CONFIRMED = "agreedAmountAboveClaimConfirmed";

  // FreeConsultation
  public static final String CONSULTANT_NAME = "consultantName";
  public static final String CONSULTANT_PHONE = "consultantPhone";
  /** the only copy of the caller's phone a consultation keeps */
  public static final String CONSULTANT_PHONE_MASKED = "consultantPhoneMasked";
  public static final String CONSULTATION_RESULT = "consultationResult";
  /** the LaborDisputeCase a consultation became */
  public static final String CASE_PROCESS_INSTANCE_ID = "caseProcessInstanceId";

  // NoticeDelivery
  public static final String NOTICE_ID = "noticeId";

  // what inbound messages set (referral.InboundMessage), besides ARBITRATION_ACCEPTED_DATE, CONFIRMATION_RESULT, AWARD_EXTENDED_UNTIL
  public static final String ARBITRATION_REFERENCE = "arbitrationReference";
  public static final String ARBITRATION_REJECTED_DATE = "arbitrationRejectedDate";
  public static final String AWARD_DATE = "awardDate";
  public static final String AWARD_REFERENCE = "awardReference";
  public static final String AWARD_EXTENSION_DATE = "awardExtensionDate";
  public static final String AWARD_EXTENSION_REFERENCE = "awardExtensionReference";
  public static final String COURT_RECEIPT_DATE = "courtReceiptDate";
  public static final String COURT_REFERENCE = "courtReference";
  public static final String PAYMENT_ORDER_DATE = "paymentOrderDate";
  public static final String PAYMENT_ORDER_REFERENCE = "paymentOrderReference";
  public static final String PAYMENT_ORDER_RESULT = "paymentOrderResult";
  public static final String CONFIRMATION_DECISION_DATE = "confirmationDecisionDate";
  public static final String CONFIRMATION_REFERENCE = "confirmationReference";

  // what POST /api/cases submits besides the first applicant (never process variables: party.PersonalDataInTransit)
  /** every applicant worker (name, idNumber, phone, claimAmount, representative), the first one included */
  public static final String APPLICANTS = "applicants";
  /** the agents (委托代理人) of either side: side, name, phone, applicantSeq */
  public static final String AGENTS = "agents";
  public static final String EMPLOYER_ADDRESS = "employerAddress";
  public static final String EMPLOYER_LEGAL_REPRESENTATIVE = "employerLegalRepresentative";
  /**
   * The start form's further applicants (a dynamic list of name, idNumber, phone, claimAmount,
   * representative): the applicants after the first, whose fields the form asks one by one
   * (applicantName…, {@link #APPLICANT_REPRESENTATIVE}); intake merges them into {@link #APPLICANTS}.
   */
  public static final String CO_APPLICANTS = "coApplicants";
  /** whether the first applicant (the form's applicantName…) is an elected representative (推举代表) */
  public static final String APPLICANT_REPRESENTATIVE = "applicantRepresentative";

  /** The personal data a form or the API may submit and the engine never keeps (party.PersonalDataInTransit). */
  public static final List<String> PERSONAL_DATA = List.of(APPLICANT_ID_NUMBER, APPLICANT_PHONE, EMPLOYER_PHONE, CONSULTANT_PHONE,
      APPLICANTS, AGENTS, EMPLOYER_ADDRESS, EMPLOYER_LEGAL_REPRESENTATIVE, CO_APPLICANTS, APPLICANT_REPRESENTATIVE);

  private CaseVariables() {}
}
