package cn.onedoor.process;

/**
 * The element ids of NoticeDelivery.bpmn that the main code names ({@code ElementIdsTests} checks each is an
 * element of processes/NoticeDelivery.bpmn, and that no other main class spells an element id).
 */
public final class NoticeDeliveryElements {

  /** startEvent 通知已生成 */
  public static final String START_EVENT_NOTICE_QUEUED = "StartEvent_NoticeQueued";
  /** serviceTask 发送短信或邮件 */
  public static final String TASK_DELIVER_NOTICE = "Task_DeliverNotice";
  /** endEvent 已交网关发送 */
  public static final String END_EVENT_NOTICE_DELIVERED = "EndEvent_NoticeDelivered";

  private NoticeDeliveryElements() {}
}
