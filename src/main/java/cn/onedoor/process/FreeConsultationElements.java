package cn.onedoor.process;

/**
 * The element ids of FreeConsultation.bpmn that the main code names ({@code ElementIdsTests} checks each is an
 * element of processes/FreeConsultation.bpmn, and that no other main class spells an element id).
 */
public final class FreeConsultationElements {

  /** startEvent 收到咨询 */
  public static final String START_EVENT_CONSULTATION_REQUESTED = "StartEvent_ConsultationRequested";
  /** userTask 提供法律咨询 */
  public static final String TASK_GIVE_CONSULTATION = "Task_GiveConsultation";
  /** exclusiveGateway 转为案件? */
  public static final String GATEWAY_CONSULTATION_RESULT = "Gateway_ConsultationResult";
  /** endEvent 咨询结束 */
  public static final String END_EVENT_CONSULTATION_ONLY = "EndEvent_ConsultationOnly";
  /** serviceTask 转入案件登记 */
  public static final String TASK_FORWARD_TO_INTAKE = "Task_ForwardToIntake";
  /** endEvent 已转入案件登记 */
  public static final String END_EVENT_FORWARDED_TO_INTAKE = "EndEvent_ForwardedToIntake";

  private FreeConsultationElements() {}
}
