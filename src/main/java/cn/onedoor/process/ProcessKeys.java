package cn.onedoor.process;

/** Keys of the deployed process definitions, as in the {@code id} of each model's process. */
public final class ProcessKeys {

  public static final String LABOR_DISPUTE_CASE = "LaborDisputeCase";
  public static final String FREE_CONSULTATION = "FreeConsultation";
  public static final String NOTICE_DELIVERY = "NoticeDelivery";

  private ProcessKeys() {}
}
