package cn.onedoor.process;

/**
 * The element ids of CaseMediation.bpmn that the main code names ({@code ElementIdsTests} checks each is an
 * element of processes/CaseMediation.bpmn, and that no other main class spells an element id).
 */
public final class CaseMediationElements {

  /** subProcess 调解期间 */
  public static final String SUB_PROCESS_MEDIATION_PERIOD = "SubProcess_MediationPeriod";
  /** startEvent 调解期间开始 */
  public static final String START_EVENT_PERIOD_STARTED = "StartEvent_PeriodStarted";
  /** exclusiveGateway */
  public static final String GATEWAY_NEXT_SESSION = "Gateway_NextSession";
  /** userTask 安排调解会议 */
  public static final String TASK_SCHEDULE_SESSION = "Task_ScheduleSession";
  /** serviceTask 发送调解会议通知 */
  public static final String TASK_NOTIFY_SESSION_SCHEDULED = "Task_NotifySessionScheduled";
  /** userTask 记录调解情况 */
  public static final String TASK_RECORD_SESSION = "Task_RecordSession";
  /** exclusiveGateway 调解情况? */
  public static final String GATEWAY_SESSION_RESULT = "Gateway_SessionResult";
  /** userTask 制作调解协议书 */
  public static final String TASK_DRAFT_AGREEMENT = "Task_DraftAgreement";
  /** serviceTask 生成调解协议书 */
  public static final String TASK_GENERATE_AGREEMENT_DOCUMENT = "Task_GenerateAgreementDocument";
  /** endEvent 达成调解协议 */
  public static final String END_EVENT_AGREEMENT_REACHED = "EndEvent_AgreementReached";
  /** endEvent 双方同意延期 */
  public static final String END_EVENT_EXTENSION_AGREED = "EndEvent_ExtensionAgreed";
  /** endEvent 调解终结 */
  public static final String END_EVENT_MEDIATION_ENDED = "EndEvent_MediationEnded";
  /** startEvent 调解开始 */
  public static final String START_EVENT_MEDIATION_STARTED = "StartEvent_MediationStarted";
  /** exclusiveGateway */
  public static final String GATEWAY_ENTER_MEDIATION_PERIOD = "Gateway_EnterMediationPeriod";
  /** boundaryEvent 调解期限即将届满 */
  public static final String BOUNDARY_EVENT_MEDIATION_DEADLINE_APPROACHING = "BoundaryEvent_MediationDeadlineApproaching";
  /** boundaryEvent 调解期限届满 */
  public static final String BOUNDARY_EVENT_MEDIATION_PERIOD_EXPIRED = "BoundaryEvent_MediationPeriodExpired";
  /** serviceTask 发送期限提醒 */
  public static final String TASK_SEND_DEADLINE_REMINDER = "Task_SendDeadlineReminder";
  /** endEvent 已提醒 */
  public static final String END_EVENT_REMINDER_SENT = "EndEvent_ReminderSent";
  /** endEvent 调解期限届满未结 */
  public static final String END_EVENT_MEDIATION_EXPIRED = "EndEvent_MediationExpired";
  /** exclusiveGateway 同意延期? */
  public static final String GATEWAY_EXTENSION_AGREED = "Gateway_ExtensionAgreed";
  /** serviceTask 延长调解期限 */
  public static final String TASK_EXTEND_MEDIATION_PERIOD = "Task_ExtendMediationPeriod";
  /** endEvent 调解结束 */
  public static final String END_EVENT_MEDIATION_FINISHED = "EndEvent_MediationFinished";

  private CaseMediationElements() {}
}
