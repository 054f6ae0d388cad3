package cn.onedoor.process;

/**
 * The element ids of LitigationReferral.bpmn that the main code names ({@code ElementIdsTests} checks each is an
 * element of processes/LitigationReferral.bpmn, and that no other main class spells an element id).
 */
public final class LitigationReferralElements {

  /** startEvent 开始引导诉讼 */
  public static final String START_EVENT_LITIGATION_STARTED = "StartEvent_LitigationStarted";
  /** serviceTask 向法院移送案件 */
  public static final String TASK_HAND_OVER_TO_COURT = "Task_HandOverToCourt";
  /** receiveTask 等待法院签收 */
  public static final String RECEIVE_TASK_COURT_RECEIPT = "ReceiveTask_CourtReceipt";
  /** serviceTask 发送移送法院通知 */
  public static final String TASK_NOTIFY_REFERRED_TO_COURT = "Task_NotifyReferredToCourt";
  /** endEvent 法院已签收 */
  public static final String END_EVENT_COURT_RECEIVED = "EndEvent_CourtReceived";
  /** boundaryEvent 材料被退回 */
  public static final String BOUNDARY_EVENT_HAND_OVER_TO_COURT_FILE_REJECTED = "BoundaryEvent_HandOverToCourtFileRejected";
  /** userTask 补正移送材料 */
  public static final String TASK_CORRECT_COURT_REFERRAL = "Task_CorrectCourtReferral";
  /** message CourtReceiptConfirmed */
  public static final String MESSAGE_COURT_RECEIPT_CONFIRMED = "Message_CourtReceiptConfirmed";
  /** error 移交材料被退回 */
  public static final String ERROR_CASE_FILE_REJECTED = "Error_CaseFileRejected";

  private LitigationReferralElements() {}
}
