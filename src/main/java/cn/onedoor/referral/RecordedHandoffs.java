package cn.onedoor.referral;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Hand-offs recorded in our database (table {@code handoff}), one row per idempotency key: what
 * the court and the arbitration commission received. It stands in for the HTTP clients of the
 * external systems until those are configured, and is what tests assert.
 */
@Service
class RecordedHandoffs implements CourtGateway, ArbitrationGateway {

  private static final Logger log = LoggerFactory.getLogger(RecordedHandoffs.class);

  private final JdbcTemplate jdbc;

  RecordedHandoffs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void referLitigation(String caseNumber, String idempotencyKey) {
    record(caseNumber, "court", "litigation_referral", idempotencyKey, "{\"caseNumber\":\"" + caseNumber + "\"}");
  }

  @Override
  public void applyForPaymentOrder(String caseNumber, String idempotencyKey) {
    record(caseNumber, "court", "payment_order_application", idempotencyKey, "{\"caseNumber\":\"" + caseNumber + "\"}");
  }

  @Override
  public void reportMediationResult(String caseNumber, String mediationOutcome, String agreementDocumentId, String idempotencyKey) {
    record(caseNumber, "court", "mediation_result_report", idempotencyKey,
        "{\"caseNumber\":\"" + caseNumber + "\",\"result\":\"" + mediationOutcome + "\",\"agreement\":"
            + (agreementDocumentId == null ? "null" : "\"" + agreementDocumentId + "\"") + "}");
  }

  @Override
  public void handOver(String caseNumber, String idempotencyKey) {
    record(caseNumber, "arbitration", "arbitration_referral", idempotencyKey, "{\"caseNumber\":\"" + caseNumber + "\"}");
  }

  private void record(String caseNumber, String target, String kind, String key, String payload) {
    Integer seen = jdbc.queryForObject("select count(*) from handoff where idempotency_key = ?", Integer.class, key);
    if (seen != null && seen > 0) {
      log.info("Hand-off {} of case {} already filed (key {})", kind, caseNumber, key);
      return;
    }
    jdbc.update("insert into handoff (case_number, target, kind, idempotency_key, payload, created_at) values (?, ?, ?, ?, ?, ?)",
        caseNumber, target, kind, key, payload, OffsetDateTime.now());
    log.info("Hand-off {} of case {} to {}", kind, caseNumber, target);
  }
}
