package cn.onedoor.process;

/** Keys of the deployed process definitions, as in the {@code id} of each model's process. */
public final class ProcessKeys {

  public static final String LABOR_DISPUTE_CASE = "LaborDisputeCase";
  public static final String FREE_CONSULTATION = "FreeConsultation";
  public static final String NOTICE_DELIVERY = "NoticeDelivery";
  public static final String CASE_MEDIATION = "CaseMediation";
  public static final String ARBITRATION_REFERRAL = "ArbitrationReferral";
  public static final String LITIGATION_REFERRAL = "LitigationReferral";
  public static final String CASE_AGREEMENT = "CaseAgreement";

  private ProcessKeys() {}
}
