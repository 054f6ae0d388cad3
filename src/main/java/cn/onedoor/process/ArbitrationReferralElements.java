package cn.onedoor.process;

/**
 * The element ids of ArbitrationReferral.bpmn that the main code names ({@code ElementIdsTests} checks each is an
 * element of processes/ArbitrationReferral.bpmn, and that no other main class spells an element id).
 */
public final class ArbitrationReferralElements {

  /** startEvent 开始移交仲裁 */
  public static final String START_EVENT_REFERRAL_STARTED = "StartEvent_ReferralStarted";
  /** serviceTask 向仲裁委移交案件 */
  public static final String TASK_HAND_OVER_TO_ARBITRATION = "Task_HandOverToArbitration";
  /** serviceTask 发送移交仲裁通知 */
  public static final String TASK_NOTIFY_REFERRED_TO_ARBITRATION = "Task_NotifyReferredToArbitration";
  /** eventBasedGateway 等待受理决定 */
  public static final String GATEWAY_AWAIT_ACCEPTANCE = "Gateway_AwaitAcceptance";
  /** intermediateCatchEvent 仲裁委已受理 */
  public static final String MESSAGE_EVENT_ARBITRATION_ACCEPTED = "MessageEvent_ArbitrationAccepted";
  /** intermediateCatchEvent 仲裁委不予受理 */
  public static final String MESSAGE_EVENT_ARBITRATION_REJECTED = "MessageEvent_ArbitrationRejected";
  /** intermediateCatchEvent 受理期限届满 */
  public static final String TIMER_EVENT_ACCEPTANCE_PERIOD_EXPIRED = "TimerEvent_AcceptancePeriodExpired";
  /** serviceTask 登记仲裁受理 */
  public static final String TASK_RECORD_ARBITRATION_ACCEPTANCE = "Task_RecordArbitrationAcceptance";
  /** endEvent 仲裁不予受理 */
  public static final String END_EVENT_NOT_ACCEPTED = "EndEvent_NotAccepted";
  /** endEvent 逾期未作受理决定 */
  public static final String END_EVENT_NO_ACCEPTANCE_DECISION = "EndEvent_NoAcceptanceDecision";
  /** eventBasedGateway 等待仲裁裁决 */
  public static final String GATEWAY_AWAIT_AWARD = "Gateway_AwaitAward";
  /** intermediateCatchEvent 收到仲裁裁决 */
  public static final String MESSAGE_EVENT_AWARD_ISSUED = "MessageEvent_AwardIssued";
  /** intermediateCatchEvent 审理期限延长 */
  public static final String MESSAGE_EVENT_AWARD_PERIOD_EXTENDED = "MessageEvent_AwardPeriodExtended";
  /** intermediateCatchEvent 审理期限届满 */
  public static final String TIMER_EVENT_AWARD_PERIOD_EXPIRED = "TimerEvent_AwardPeriodExpired";
  /** endEvent 收到裁决 */
  public static final String END_EVENT_AWARD_RECEIVED = "EndEvent_AwardReceived";
  /** serviceTask 延长审理期限 */
  public static final String TASK_EXTEND_AWARD_PERIOD = "Task_ExtendAwardPeriod";
  /** endEvent 逾期未作裁决 */
  public static final String END_EVENT_NO_AWARD_IN_TIME = "EndEvent_NoAwardInTime";
  /** boundaryEvent 材料被退回 */
  public static final String BOUNDARY_EVENT_HAND_OVER_TO_ARBITRATION_FILE_REJECTED = "BoundaryEvent_HandOverToArbitrationFileRejected";
  /** userTask 补正移交材料 */
  public static final String TASK_CORRECT_ARBITRATION_REFERRAL = "Task_CorrectArbitrationReferral";
  /** message ArbitrationAccepted */
  public static final String MESSAGE_ARBITRATION_ACCEPTED = "Message_ArbitrationAccepted";
  /** message ArbitrationRejected */
  public static final String MESSAGE_ARBITRATION_REJECTED = "Message_ArbitrationRejected";
  /** message AwardIssued */
  public static final String MESSAGE_AWARD_ISSUED = "Message_AwardIssued";
  /** message AwardPeriodExtended */
  public static final String MESSAGE_AWARD_PERIOD_EXTENDED = "Message_AwardPeriodExtended";
  /** error 移交材料被退回 */
  public static final String ERROR_CASE_FILE_REJECTED = "Error_CaseFileRejected";

  private ArbitrationReferralElements() {}
}
