package cn.onedoor.process;

/**
 * The ids of the flow nodes of processes/LaborDisputeCase.bpmn (the case process), for the code and the tests
 * that name an element: task definition keys, activity ids of jobs, end events. A test checks every
 * constant against the model (class name = process key + "Elements").
 */
public final class LaborDisputeCaseElements {

  public static final String START_EVENT_CASE_RECEIVED = "StartEvent_CaseReceived";
  public static final String TASK_REGISTER_CASE = "Task_RegisterCase";
  public static final String TASK_REVIEW_ELIGIBILITY = "Task_ReviewEligibility";
  public static final String GATEWAY_ELIGIBILITY_DECISION = "Gateway_EligibilityDecision";
  public static final String TASK_NOTIFY_NOT_ACCEPTED = "Task_NotifyNotAccepted";
  public static final String END_EVENT_NOT_ACCEPTED = "EndEvent_NotAccepted";
  public static final String TASK_NOTIFY_EMPLOYER_REFUSED = "Task_NotifyEmployerRefused";
  public static final String END_EVENT_EMPLOYER_REFUSED = "EndEvent_EmployerRefused";
  public static final String TASK_NOTIFY_ACCEPTED = "Task_NotifyAccepted";
  public static final String BUSINESS_RULE_TASK_TRIAGE_CASE = "BusinessRuleTask_TriageCase";
  public static final String GATEWAY_COLLECTIVE = "Gateway_Collective";
  public static final String TASK_ALERT_COLLECTIVE_DISPUTE = "Task_AlertCollectiveDispute";
  public static final String GATEWAY_COLLECTIVE_JOIN = "Gateway_CollectiveJoin";
  public static final String GATEWAY_EXPERT_CONSULTATION = "Gateway_ExpertConsultation";
  public static final String TASK_HOLD_EXPERT_CONSULTATION = "Task_HoldExpertConsultation";
  public static final String GATEWAY_EXPERT_CONSULTATION_JOIN = "Gateway_ExpertConsultationJoin";
  public static final String CALL_ACTIVITY_MEDIATION = "CallActivity_Mediation";
  public static final String GATEWAY_COURT_ENTRUSTED = "Gateway_CourtEntrusted";
  public static final String GATEWAY_REPORT_RESULT_TO_COURT_JOIN = "Gateway_ReportResultToCourtJoin";
  public static final String TASK_REPORT_RESULT_TO_COURT = "Task_ReportResultToCourt";
  public static final String GATEWAY_COURT_ENTRUSTED_JOIN = "Gateway_CourtEntrustedJoin";
  public static final String GATEWAY_MEDIATION_OUTCOME = "Gateway_MediationOutcome";
  public static final String END_EVENT_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String TASK_NOTIFY_AGREEMENT_REACHED = "Task_NotifyAgreementReached";
  public static final String CALL_ACTIVITY_AGREEMENT = "CallActivity_Agreement";
  public static final String GATEWAY_AGREEMENT_OUTCOME = "Gateway_AgreementOutcome";
  public static final String END_EVENT_SETTLED = "EndEvent_Settled";
  public static final String END_EVENT_SETTLED_AFTER_DEFERRED_PERFORMANCE = "EndEvent_SettledAfterDeferredPerformance";
  public static final String END_EVENT_PAYMENT_ORDER = "EndEvent_PaymentOrder";
  public static final String GATEWAY_ARBITRATION_JOIN = "Gateway_ArbitrationJoin";
  public static final String CALL_ACTIVITY_ARBITRATION_REFERRAL = "CallActivity_ArbitrationReferral";
  public static final String GATEWAY_ARBITRATION_RESULT = "Gateway_ArbitrationResult";
  public static final String END_EVENT_AWARD_RECEIVED = "EndEvent_AwardReceived";
  public static final String CALL_ACTIVITY_LITIGATION_REFERRAL = "CallActivity_LitigationReferral";
  public static final String END_EVENT_REFERRED_TO_COURT = "EndEvent_ReferredToCourt";
  public static final String BOUNDARY_EVENT_REPORT_RESULT_TO_COURT_FILE_REJECTED = "BoundaryEvent_ReportResultToCourtFileRejected";
  public static final String TASK_CORRECT_RESULT_REPORT = "Task_CorrectResultReport";

  private LaborDisputeCaseElements() {}
}
