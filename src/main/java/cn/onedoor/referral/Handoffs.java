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
 * Files a hand-off with the court or the arbitration commission in three steps, so that no database
 * connection is held while the other side is called (issue #16): {@link #prepare} builds the case
 * e-file and the request (reads only), {@link #send} makes the HTTP call (no transaction),
 * {@link #record} writes the receipt into table {@code handoff} (one row per idempotency key) in the
 * transaction that completes the task. {@link HandoffWorker} runs them for the external tasks of the
 * models; {@link #file(HandoffKind, DelegateExecution)} runs all three inside a job, for instances of
 * older model versions still waiting at an asynchronous service task.
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

  /** A filing ready to go: the request as it will be sent, its key and the e-file's checksum. */
  record Filing(HandoffKind kind, String caseNumber, String idempotencyKey, ObjectNode request, String fileSha256) {}

  /**
   * In a job (older model versions): prepare, send and record in the job's transaction; a refused
   * file is the BPMN error {@code CaseFileRejected}.
   */
  public FilingReceipt file(HandoffKind kind, DelegateExecution execution) {
    return file(kind, execution, Map.of());
  }

  /** {@code extra}: further top-level members of the request, such as the result of a report. */
  public FilingReceipt file(HandoffKind kind, DelegateExecution execution, Map<String, String> extra) {
    ReferralVariables variables = ReferralVariables.of(execution);
    Filing filing = prepare(kind, variables.caseNumber(), execution.getProcessInstanceId(), variables, extra);
    FilingReceipt receipt;
    try {
      receipt = send(filing);
    } catch (CaseFileRejectedException e) {
      throw new BpmnError(ERROR_CASE_FILE_REJECTED, e.getMessage());
    }
    record(filing, receipt);
    return receipt;
  }

  /**
   * Builds the e-file and the request; reads the register, the parties, the sessions, the documents
   * and the engine's history, writes nothing. The key depends only on the kind and the process
   * instance, so a retry, a resend after correction and a second worker send the same key.
   */
  Filing prepare(HandoffKind kind, String caseNumber, String processInstanceId, ReferralVariables variables,
      Map<String, String> extra) {
    String key = kind.idempotencyKey(processInstanceId);
    ObjectNode caseFile = caseFiles.build(caseNumber, kind.type(), variables);
    ObjectNode request = JSON.createObjectNode()
        .put("type", kind.type())
        .put("caseNumber", caseNumber)
        .put("idempotencyKey", key)
        .put("callbackUrl", callbackUrl(kind.target(), caseNumber));
    extra.forEach(request::put);
    request.set("caseFile", caseFile);
    return new Filing(kind, caseNumber, key, request, caseFile.path("checksum").path("value").asText());
  }

  /**
   * The HTTP call; {@link CaseFileRejectedException} for a file the receiver (or our own schema
   * check) refuses, {@link cn.onedoor.external.ExternalSystemUnavailableException} for anything else.
   */
  FilingReceipt send(Filing filing) {
    try {
      return clients.get(filing.kind().target()).file(filing.idempotencyKey(), filing.request());
    } catch (CaseFileRejectedException e) {
      log.warn("Hand-off {} of case {} sent back by {}: {}", filing.kind().type(), filing.caseNumber(),
          filing.kind().target().id(), e.getMessage());
      throw e;
    }
  }

  private String callbackUrl(ExternalSystem system, String caseNumber) {
    String base = callbackBaseUrl.isBlank() ? localServer.url("") : callbackBaseUrl.replaceAll("/+$", "");
    return base + "/api/callbacks/" + system.id() + "/cases/"
        + UriUtils.encodePathSegment(caseNumber, StandardCharsets.UTF_8) + "/messages/{message}";
  }

  /**
   * Our record of the filing, once per key: a retry after a commit that was lost (the receiver
   * answered it with the first receipt, {@code duplicate}) finds the row and adds none.
   */
  void record(Filing filing, FilingReceipt receipt) {
    HandoffKind kind = filing.kind();
    String caseNumber = filing.caseNumber();
    String key = filing.idempotencyKey();
    Integer seen = jdbc.queryForObject("select count(*) from handoff where idempotency_key = ?", Integer.class, key);
    if (seen != null && seen > 0) {
      // the job filed it before and then failed to commit: the receiver answered with the same receipt
      log.info("Hand-off {} of case {} already recorded (key {}, receipt {})", kind.type(), caseNumber, key, receipt.receiptNumber());
      return;
    }
    jdbc.update("""
        insert into handoff (case_number, target, kind, idempotency_key, payload, receipt_number, file_sha256, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        caseNumber, kind.target().id(), kind.type(), key, filing.request().toString(), receipt.receiptNumber(), filing.fileSha256(),
        // the engine's clock: the real time in production, the scenario's time in tests
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChinaTime.ZONE));
    log.info("Hand-off {} of case {} filed with {}: receipt {}{}", kind.type(), caseNumber, kind.target().id(),
        receipt.receiptNumber(), receipt.duplicate() ? " (the receiver had it already)" : "");
  }
}
