package cn.onedoor.referral;

import cn.onedoor.api.ApiException;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.external.ExternalSystem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed callbacks a case accepted (table {@code inbound_message}, owned here). A callback for a
 * case that waits for it is applied at once; one for a case that will wait for it but does not yet
 * (the hand-over job that sent the file has not committed, an earlier message of the same hand-off
 * is still on its way) is kept as {@code buffered} and applied when the case reaches the wait state
 * ({@link #drain}, called after the commit that got it there and by {@link InboundSweep}). A message
 * is applied once: the row is claimed by an update in the transaction that correlates it, and the
 * sender's message id (or, without one, the callback's signature) is unique.
 */
@Component
class CallbackInbox {

  static final String APPLIED = "applied";
  static final String BUFFERED = "buffered";
  static final String REFUSED = "refused";

  /** What the sender is told, and what a supervisor sees. */
  record Received(String id, String caseNumber, String message, String state, String processInstanceId, String info) {}

  /** One row, for supervisors. */
  record Row(String id, String sender, String caseNumber, String message, String state, OffsetDateTime receivedAt,
             int attempts, String lastError, OffsetDateTime appliedAt, String processInstanceId) {}

  private static final Logger log = LoggerFactory.getLogger(CallbackInbox.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS =
      "id, sender, case_number, message, state, received_at, attempts, last_error, applied_at, process_instance_id";

  private final JdbcTemplate jdbc;
  private final CaseMessages messages;
  private final CaseReadiness readiness;
  private final TransactionTemplate newTransaction;

  CallbackInbox(JdbcTemplate jdbc, CaseMessages messages, CaseReadiness readiness, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.readiness = readiness;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The key a message is applied once by: the sender's message id when it names one, else the signature receipt. */
  static String dedupKey(ExternalMessage body, String receiptKey) {
    return body != null && body.messageId() != null ? CanonicalJson.sha256("message-id\n" + body.messageId()) : receiptKey;
  }

  /**
   * Takes a verified callback, in the caller's transaction: applies it, keeps it, answers what an
   * earlier delivery of the same message got, or refuses it (4xx) when it can never apply.
   */
  Received receive(ExternalSystem sender, String dedupKey, String caseNumber, InboundMessage inbound, ExternalMessage body) {
    Optional<Received> earlier = findByKey(sender, dedupKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    ExternalMessage resolved = withDate(body);
    Map<String, Object> variables = messages.variables(inbound, resolved);
    if (!messages.caseExists(caseNumber)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "unknown_case", "案号不存在：" + caseNumber);
    }
    String id = UUID.randomUUID().toString();
    switch (readiness.of(caseNumber, inbound.messageName())) {
      case CLOSED -> throw new ApiException(HttpStatus.GONE, "case_closed",
          "案件 " + caseNumber + " 已结案，不再接收消息（" + inbound.path() + "），请勿重发");
      case NOT_EXPECTED -> throw new ApiException(HttpStatus.CONFLICT, "not_expected",
          "案件 " + caseNumber + " 当前阶段不会等待该消息（" + inbound.path() + "），请勿自动重发，请与调处中心核对案件所处阶段");
      case WAITING -> {
        String instance;
        try {
          instance = messages.correlate(caseNumber, inbound, variables);
        } catch (MessageRefusedException e) {
          throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_message", e.getMessage());
        } catch (MismatchingMessageCorrelationException e) {
          // another message of the case was taken meanwhile; nothing was written
          throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "case_busy", "案件 " + caseNumber + " 正在处理其他消息，请稍后以相同内容重发");
        }
        insert(id, sender, dedupKey, caseNumber, inbound, resolved, APPLIED, instance);
        return new Received(id, caseNumber, inbound.path(), APPLIED, instance, "消息已处理");
      }
      default -> {
        insert(id, sender, dedupKey, caseNumber, inbound, resolved, BUFFERED, null);
        log.info("Callback {} from {} for case {} came before the case waits for it: buffered as {}",
            inbound.path(), sender.id(), caseNumber, id);
        afterCommit(() -> drain(caseNumber));
        return buffered(id, caseNumber, inbound.path());
      }
    }
  }

  private static Received buffered(String id, String caseNumber, String message) {
    return new Received(id, caseNumber, message, BUFFERED, null,
        "案件尚未进入等待该消息的环节，消息已暂存（编号 " + id + "），案件就绪后自动处理，无需重发");
  }

  /** The message as it stands now (an earlier answer may have been "buffered"). */
  Optional<Received> current(String id) {
    return jdbc.query("select id, case_number, message, state, process_instance_id, last_error from inbound_message where id = ?",
        (rs, i) -> received(rs), id).stream().findFirst();
  }

  /** The message an earlier delivery with the same key brought, as it stands now. */
  Optional<Received> earlier(ExternalSystem sender, String dedupKey) {
    return findByKey(sender, dedupKey);
  }

  private Optional<Received> findByKey(ExternalSystem sender, String dedupKey) {
    return jdbc.query("""
        select id, case_number, message, state, process_instance_id, last_error from inbound_message
        where sender = ? and dedup_key = ?""", (rs, i) -> received(rs), sender.id(), dedupKey).stream().findFirst();
  }

  private static Received received(ResultSet rs) throws SQLException {
    String state = rs.getString(4);
    return switch (state) {
      case BUFFERED -> buffered(rs.getString(1), rs.getString(2), rs.getString(3));
      case APPLIED -> new Received(rs.getString(1), rs.getString(2), rs.getString(3), state, rs.getString(5), "消息已处理");
      default -> new Received(rs.getString(1), rs.getString(2), rs.getString(3), state, null, "消息未能处理：" + rs.getString(6));
    };
  }

  /**
   * Applies the case's buffered messages that it now waits for, oldest first, each in its own
   * transaction; marks as refused those it can no longer take. Safe to run anywhere, any number of
   * times, on any node at once: a message is claimed by the update that counts the attempt.
   */
  void drain(String caseNumber) {
    List<String> ids = jdbc.queryForList(
        "select id from inbound_message where case_number = ? and state = ? order by received_at, id", String.class, caseNumber, BUFFERED);
    for (String id : ids) {
      try {
        newTransaction.executeWithoutResult(status -> applyIfReady(id));
      } catch (MessageRefusedException e) {
        refuse(id, e.getMessage());
      } catch (RuntimeException e) {
        log.warn("Buffered message {} of case {} not applied yet: {}", id, caseNumber, e.toString());
        newTransaction.executeWithoutResult(status -> jdbc.update(
            "update inbound_message set attempts = attempts + 1, last_error = ? where id = ? and state = ?",
            shorten(e.getMessage()), id, BUFFERED));
      }
    }
  }

  private void applyIfReady(String id) {
    // the claim: on a second node (or a second drain) this waits for the first and then finds no buffered row
    if (jdbc.update("update inbound_message set attempts = attempts + 1 where id = ? and state = ?", id, BUFFERED) != 1) {
      return;
    }
    Map<String, Object> row = jdbc.queryForMap("select case_number, message, payload from inbound_message where id = ?", id);
    String caseNumber = (String) row.get("case_number");
    InboundMessage inbound = InboundMessage.byPath((String) row.get("message"))
        .orElseThrow(() -> new IllegalStateException("inbound_message " + id + " names no known message"));
    switch (readiness.of(caseNumber, inbound.messageName())) {
      case WAITING -> {
        String instance = messages.correlate(caseNumber, inbound, inbound.variables(parse((String) row.get("payload")), Deadlines.today()));
        jdbc.update("update inbound_message set state = ?, applied_at = ?, process_instance_id = ?, last_error = null where id = ?",
            APPLIED, OffsetDateTime.now(), instance, id);
        log.info("Buffered message {} ({}) applied to case {}", id, inbound.path(), caseNumber);
      }
      case LATER -> { } // still on its way: the attempt is counted, the row stays buffered
      case CLOSED -> markRefused(id, "案件已结案");
      case NOT_EXPECTED -> markRefused(id, "案件已不再等待该消息（" + inbound.path() + "）");
    }
  }

  private void refuse(String id, String why) {
    newTransaction.executeWithoutResult(status -> markRefused(id, why));
  }

  private void markRefused(String id, String why) {
    jdbc.update("update inbound_message set state = ?, last_error = ? where id = ?", REFUSED, shorten(why), id);
    log.warn("Buffered message {} refused: {}", id, why);
  }

  /** Drains every case with buffered messages; returns how many messages were buffered before. */
  int sweep() {
    List<String> cases = jdbc.queryForList("select distinct case_number from inbound_message where state = ?", String.class, BUFFERED);
    int before = (int) buffered();
    cases.forEach(this::drain);
    return before;
  }

  long buffered() {
    Long count = jdbc.queryForObject("select count(*) from inbound_message where state = ?", Long.class, BUFFERED);
    return count == null ? 0 : count;
  }

  List<Row> list(String state, String caseNumber, int limit) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from inbound_message where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (state != null) {
      sql.append(" and state = ?");
      args.add(state);
    }
    if (caseNumber != null) {
      sql.append(" and case_number = ?");
      args.add(caseNumber);
    }
    sql.append(" order by received_at desc, id fetch first ").append(limit).append(" rows only");
    return jdbc.query(sql.toString(), (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getInt(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
        rs.getString(10)), args.toArray());
  }

  private void insert(String id, ExternalSystem sender, String dedupKey, String caseNumber, InboundMessage inbound,
                      ExternalMessage body, String state, String instance) {
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.update("""
        insert into inbound_message (id, sender, dedup_key, case_number, message, message_name, payload, received_at, state,
          attempts, applied_at, process_instance_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, sender.id(), dedupKey, caseNumber, inbound.path(), inbound.messageName(), json(body), now, state,
        APPLIED.equals(state) ? 1 : 0, APPLIED.equals(state) ? now : null, instance);
  }

  /** A body without a date means "today": fixed now, so a message applied later keeps the day it came. */
  private static ExternalMessage withDate(ExternalMessage body) {
    ExternalMessage m = body == null ? new ExternalMessage(null, null, null, null, null, null) : body;
    if (m.date() != null && !m.date().isBlank()) {
      return m;
    }
    return new ExternalMessage(Deadlines.today().toString(), m.reference(), m.result(), m.note(), m.extendedUntil(), m.messageId());
  }

  private static void afterCommit(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return; // the sweep will find it
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        try {
          work.run();
        } catch (RuntimeException e) {
          log.warn("Draining buffered messages after commit failed (the sweep tries again): {}", e.toString());
        }
      }
    });
  }

  /** Drains the case after the current transaction commits (the case then waits for its next message). */
  void drainAfterCommit(String caseNumber) {
    afterCommit(() -> drain(caseNumber));
  }

  private static ExternalMessage parse(String payload) {
    try {
      return JSON.readValue(payload, ExternalMessage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("inbound_message holds no message body", e);
    }
  }

  private static String json(ExternalMessage body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String shorten(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }
}
