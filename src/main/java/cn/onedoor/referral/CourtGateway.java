package cn.onedoor.referral;

/**
 * The people's court's mediation platform. Each call carries an idempotency key that stays the same
 * across retries of one hand-off, so the court files it once.
 */
public interface CourtGateway {

  void referLitigation(String caseNumber, String idempotencyKey);

  void applyForPaymentOrder(String caseNumber, String idempotencyKey);

  /** A court-entrusted case's result; with the agreement (PDF) when mediation succeeded. */
  void reportMediationResult(String caseNumber, String mediationOutcome, String idempotencyKey);
}
