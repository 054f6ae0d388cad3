package cn.onedoor.simulator;

import cn.onedoor.external.ExternalSystem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** What the simulated systems received (table {@code simulator_request}), one row per system and idempotency key. */
class SimulatorStore {

  /** One received filing or message. */
  record Received(long id, String system, String kind, String idempotencyKey, String caseNumber, String receiptNumber,
                  String summary, String body, OffsetDateTime receivedAt, int calls, String callback, OffsetDateTime callbackAt) {}

  /** The row and whether it was new. */
  record Stored(Received received, boolean duplicate) {}

  private static final RowMapper<Received> ROW = (rs, i) -> new Received(rs.getLong("id"), rs.getString("system"),
      rs.getString("kind"), rs.getString("idempotency_key"), rs.getString("case_number"), rs.getString("receipt_number"),
      rs.getString("summary"), rs.getString("body"), rs.getObject("received_at", OffsetDateTime.class), rs.getInt("calls"),
      rs.getString("callback"), rs.getObject("callback_at", OffsetDateTime.class));

  private final JdbcTemplate jdbc;

  SimulatorStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a call once per key; a repeat only counts the call and returns the first row. */
  Stored store(ExternalSystem system, String kind, String key, String caseNumber, String summary, String body,
      String receiptPrefix) {
    Optional<Received> seen = byKey(system, key);
    if (seen.isPresent()) {
      return repeat(seen.get());
    }
    try {
      jdbc.update("""
          insert into simulator_request (system, kind, idempotency_key, case_number, receipt_number, summary, body, received_at)
          values (?, ?, ?, ?, ?, ?, ?, ?)""", system.id(), kind, key, caseNumber, key, summary, body, OffsetDateTime.now());
    } catch (DuplicateKeyException e) {
      return repeat(byKey(system, key).orElseThrow());
    }
    Received row = byKey(system, key).orElseThrow();
    String receipt = receiptPrefix + String.format("%05d", row.id());
    jdbc.update("update simulator_request set receipt_number = ? where id = ?", receipt, row.id());
    return new Stored(byId(row.id()).orElseThrow(), false);
  }

  private Stored repeat(Received first) {
    jdbc.update("update simulator_request set calls = calls + 1 where id = ?", first.id());
    return new Stored(first, true);
  }

  Optional<Received> byKey(ExternalSystem system, String key) {
    return jdbc.query("select * from simulator_request where system = ? and idempotency_key = ?", ROW, system.id(), key)
        .stream().findFirst();
  }

  Optional<Received> byId(long id) {
    return jdbc.query("select * from simulator_request where id = ?", ROW, id).stream().findFirst();
  }

  List<Received> latest(String system, String caseNumber, int limit) {
    StringBuilder sql = new StringBuilder("select * from simulator_request where 1 = 1");
    List<Object> args = new java.util.ArrayList<>();
    if (system != null && !system.isBlank()) {
      sql.append(" and system = ?");
      args.add(system);
    }
    if (caseNumber != null && !caseNumber.isBlank()) {
      sql.append(" and case_number = ?");
      args.add(caseNumber);
    }
    sql.append(" order by id desc fetch first ").append(Math.max(1, Math.min(limit, 500))).append(" rows only");
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  void recordCallback(long id, String message) {
    jdbc.update("update simulator_request set callback = ?, callback_at = ? where id = ?", message, OffsetDateTime.now(), id);
  }
}
