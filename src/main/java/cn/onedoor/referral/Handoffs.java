package cn.onedoor.referral;

import cn.onedoor.external.CaseFileRejectedException;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.LocalServer;
import cn.onedoor.process.ReferralVariables;
import cn.onedoor.calendar.ChinaTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriUtils;

/**
 * Files a hand-off with the court or the arbitration commission from inside a service task: builds
 * the case e-file, sends it with the hand-off's idempotency key, and records the receipt in table
 * {@code handoff} (one row per key). A file the receiver declares invalid becomes the BPMN error
 * {@code CaseFileRejected} for the correction task; anything else that goes wrong is an exception,
 * so the job is retried and finally shows as an incident.
 */
@Service
public class Handoffs {

  public static final String ERROR_CASE_FILE_REJECTED = "CaseFileRejected";

  private static final Logger log = LoggerFactory.getLogger(Handoffs.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseFiles caseFiles;
  private final Map<ExternalSystem, FilingClient> clients;
  private final JdbcTemplate jdbc;
  private final LocalServer localServer;
  private final String callbackBaseUrl;

  Handoffs(CaseFiles caseFiles, List<FilingClient> clients, JdbcTemplate jdbc, LocalServer localServer,
      @Value("${onedoor.external.callback-base-url:}") String callbackBaseUrl) {
    this.caseFiles = caseFiles;
    this.clients = clients.stream().collect(Collectors.toMap(FilingClient::system, Function.identity()));
    this.jdbc = jdbc;
    this.localServer = localServer;
    this.callbackBaseUrl = callbackBaseUrl;
  }

  public FilingReceipt file(HandoffKind kind, DelegateExecution execution) {
    return file(kind, execution, Map.of());
  }

  /** {@code extra}: further top-level members of the request, such as the result of a report. */
  public FilingReceipt file(HandoffKind kind, DelegateExecution execution, Map<String, String> extra) {
    ReferralVariables variables = ReferralVariables.of(execution);
    String caseNumber = variables.caseNumber();
    String key = kind.idempotencyKey(execution.getProcessInstanceId());
    ObjectNode caseFile = caseFiles.build(caseNumber, kind.type(), variables);
    ObjectNode request = JSON.createObjectNode()
        .put("type", kind.type())
        .put("caseNumber", caseNumber)
        .put("idempotencyKey", key)
        .put("callbackUrl", callbackUrl(kind.target(), caseNumber));
    extra.forEach(request::put);
    request.set("caseFile", caseFile);
    FilingReceipt receipt;
    try {
      receipt = clients.get(kind.target()).file(key, request);
    } catch (CaseFileRejectedException e) {
      log.warn("Hand-off {} of case {} sent back by {}: {}", kind.type(), caseNumber, kind.target().id(), e.getMessage());
      throw new BpmnError(ERROR_CASE_FILE_REJECTED, e.getMessage());
    }
    record(caseNumber, kind, key, request, receipt, caseFile.path("checksum").path("value").asText());
    return receipt;
  }

  private String callbackUrl(ExternalSystem system, String caseNumber) {
    String base = callbackBaseUrl.isBlank() ? localServer.url("") : callbackBaseUrl.replaceAll("/+$", "");
    return base + "/api/callbacks/" + system.id() + "/cases/"
        + UriUtils.encodePathSegment(caseNumber, StandardCharsets.UTF_8) + "/messages/{message}";
  }

  private void record(String caseNumber, HandoffKind kind, String key, ObjectNode request, FilingReceipt receipt, String sha256) {
    Integer seen = jdbc.queryForObject("select count(*) from handoff where idempotency_key = ?", Integer.class, key);
    if (seen != null && seen > 0) {
      // the job filed it before and then failed to commit: the receiver answered with the same receipt
      log.info("Hand-off {} of case {} already recorded (key {}, receipt {})", kind.type(), caseNumber, key, receipt.receiptNumber());
      return;
    }
    jdbc.update("""
        insert into handoff (case_number, target, kind, idempotency_key, payload, receipt_number, file_sha256, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        caseNumber, kind.target().id(), kind.type(), key, request.toString(), receipt.receiptNumber(), sha256,
        // the engine's clock: the real time in production, the scenario's time in tests
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChinaTime.ZONE));
    log.info("Hand-off {} of case {} filed with {}: receipt {}{}", kind.type(), caseNumber, kind.target().id(),
        receipt.receiptNumber(), receipt.duplicate() ? " (the receiver had it already)" : "");
  }
}
