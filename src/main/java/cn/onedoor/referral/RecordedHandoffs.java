package cn.onedoor.referral;

import cn.onedoor.agreement.AgreementDocuments;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
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

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final AgreementDocuments agreements;

  RecordedHandoffs(JdbcTemplate jdbc, AgreementDocuments agreements) {
    this.jdbc = jdbc;
    this.agreements = agreements;
  }

  @Override
  public void referLitigation(String caseNumber, String idempotencyKey) {
    record(caseNumber, "court", "litigation_referral", idempotencyKey, payload(caseNumber));
  }

  @Override
  public void applyForPaymentOrder(String caseNumber, String idempotencyKey) {
    record(caseNumber, "court", "payment_order_application", idempotencyKey, payload(caseNumber));
  }

  @Override
  public void reportMediationResult(String caseNumber, String mediationOutcome, String idempotencyKey) {
    ObjectNode payload = payload(caseNumber);
    payload.put("result", mediationOutcome);
    record(caseNumber, "court", "mediation_result_report", idempotencyKey, payload);
  }

  @Override
  public void handOver(String caseNumber, String idempotencyKey) {
    record(caseNumber, "arbitration", "arbitration_referral", idempotencyKey, payload(caseNumber));
  }

  /** The case number and, where the case has one, the signed agreement as PDF with its SHA-256. */
  private ObjectNode payload(String caseNumber) {
    ObjectNode payload = JSON.createObjectNode().put("caseNumber", caseNumber);
    agreements.pdf(caseNumber).ifPresent(pdf -> payload.putObject("agreement")
        .put("fileName", "调解协议书-" + caseNumber + ".pdf")
        .put("contentType", "application/pdf")
        .put("sha256", sha256(pdf))
        .put("base64", Base64.getEncoder().encodeToString(pdf)));
    return payload;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void record(String caseNumber, String target, String kind, String key, ObjectNode payload) {
    Integer seen = jdbc.queryForObject("select count(*) from handoff where idempotency_key = ?", Integer.class, key);
    if (seen != null && seen > 0) {
      log.info("Hand-off {} of case {} already filed (key {})", kind, caseNumber, key);
      return;
    }
    jdbc.update("insert into handoff (case_number, target, kind, idempotency_key, payload, created_at) values (?, ?, ?, ?, ?, ?)",
        caseNumber, target, kind, key, payload.toString(), OffsetDateTime.now());
    log.info("Hand-off {} of case {} to {}", kind, caseNumber, target);
  }
}
