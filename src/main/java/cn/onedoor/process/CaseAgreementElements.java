package cn.onedoor.process;

/**
 * The ids of the flow nodes of processes/CaseAgreement.bpmn (the agreement's confirmation and
 * performance, called by LaborDisputeCase), for the code and the tests that name an element: task
 * definition keys, activity ids of jobs, end events. A test checks every constant against the model
 * (class name = process key + "Elements").
 */
public final class CaseAgreementElements {

  public static final String START_EVENT_AGREEMENT_REACHED = "StartEvent_AgreementReached";
  public static final String GATEWAY_CONFIRMATION_REQUESTED = "Gateway_ConfirmationRequested";
  public static final String GATEWAY_ASSIST_CONFIRMATION_JOIN = "Gateway_AssistConfirmationJoin";
  public static final String TASK_ASSIST_CONFIRMATION = "Task_AssistConfirmation";
  public static final String GATEWAY_CONFIRMATION_FILED = "Gateway_ConfirmationFiled";
  public static final String TASK_APPLY_FOR_CONFIRMATION = "Task_ApplyForConfirmation";
  public static final String BOUNDARY_EVENT_APPLY_FOR_CONFIRMATION_FILE_REJECTED = "BoundaryEvent_ApplyForConfirmationFileRejected";
  public static final String RECEIVE_TASK_CONFIRMATION_DECIDED = "ReceiveTask_ConfirmationDecided";
  public static final String GATEWAY_CONFIRMATION_JOIN = "Gateway_ConfirmationJoin";
  public static final String GATEWAY_PERFORMED_ON_THE_SPOT = "Gateway_PerformedOnTheSpot";
  public static final String END_EVENT_PERFORMED_ON_THE_SPOT = "EndEvent_PerformedOnTheSpot";
  public static final String TIMER_EVENT_PERFORMANCE_DUE = "TimerEvent_PerformanceDue";
  public static final String TASK_CONFIRM_PERFORMANCE = "Task_ConfirmPerformance";
  public static final String GATEWAY_AGREEMENT_PERFORMED = "Gateway_AgreementPerformed";
  public static final String END_EVENT_PERFORMED_AFTER_DUE_DATE = "EndEvent_PerformedAfterDueDate";
  public static final String INTERMEDIATE_THROW_EVENT_AGREEMENT_PARTLY_PERFORMED = "IntermediateThrowEvent_AgreementPartlyPerformed";
  public static final String GATEWAY_NON_PERFORMANCE_JOIN = "Gateway_NonPerformanceJoin";
  public static final String GATEWAY_PAYMENT_ORDER_AVAILABLE = "Gateway_PaymentOrderAvailable";
  public static final String END_EVENT_AGREEMENT_NOT_PERFORMED = "EndEvent_AgreementNotPerformed";
  public static final String GATEWAY_APPLY_FOR_PAYMENT_ORDER_JOIN = "Gateway_ApplyForPaymentOrderJoin";
  public static final String TASK_APPLY_FOR_PAYMENT_ORDER = "Task_ApplyForPaymentOrder";
  public static final String BOUNDARY_EVENT_APPLY_FOR_PAYMENT_ORDER_FILE_REJECTED = "BoundaryEvent_ApplyForPaymentOrderFileRejected";
  public static final String TASK_CORRECT_PAYMENT_ORDER_APPLICATION = "Task_CorrectPaymentOrderApplication";
  public static final String RECEIVE_TASK_PAYMENT_ORDER_DECIDED = "ReceiveTask_PaymentOrderDecided";
  public static final String END_EVENT_PAYMENT_ORDER_DECIDED = "EndEvent_PaymentOrderDecided";

  private CaseAgreementElements() {}
}
