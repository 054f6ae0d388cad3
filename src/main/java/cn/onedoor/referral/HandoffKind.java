package cn.onedoor.referral;

import cn.onedoor.external.ExternalSystem;

/** Every filing the centre makes with the court or the arbitration commission. */
public enum HandoffKind {
  LITIGATION_REFERRAL(ExternalSystem.COURT, "litigation-referral"),
  PAYMENT_ORDER_APPLICATION(ExternalSystem.COURT, "payment-order"),
  JUDICIAL_CONFIRMATION_APPLICATION(ExternalSystem.COURT, "judicial-confirmation"),
  MEDIATION_RESULT_REPORT(ExternalSystem.COURT, "mediation-result"),
  ARBITRATION_REFERRAL(ExternalSystem.ARBITRATION, "arbitration-referral"),
  ARBITRATION_REVIEW_APPLICATION(ExternalSystem.ARBITRATION, "arbitration-review");

  private final ExternalSystem target;
  private final String keyPrefix;

  HandoffKind(ExternalSystem target, String keyPrefix) {
    this.target = target;
    this.keyPrefix = keyPrefix;
  }

  public ExternalSystem target() {
    return target;
  }

  /** litigation_referral, …: the {@code type} of the request and the {@code purpose} of the e-file. */
  public String type() {
    return name().toLowerCase();
  }

  /**
   * The idempotency key: the same for every retry of one hand-off (a job retried, a retry from
   * Cockpit, a resend after correction), different for the next hand-off of the same kind.
   */
  public String idempotencyKey(String processInstanceId) {
    return keyPrefix + ":" + processInstanceId;
  }
}
