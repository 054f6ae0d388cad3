package cn.onedoor.support;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a case left in our tables, read back for assertions: register row, notices, hand-offs. */
public final class CaseRecords {

  public record StoredNotice(String template, String recipientRole, String channel, String recipientMasked, String body) {}

  private final JdbcTemplate jdbc;

  public CaseRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Map<String, Object> register(String caseNumber) {
    return jdbc.queryForMap("select * from case_register where case_number = ?", caseNumber);
  }

  public List<StoredNotice> notices(String caseNumber) {
    return jdbc.query("select template, recipient_role, channel, recipient_masked, body from notification where case_number = ? order by id",
        (rs, i) -> new StoredNotice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)), caseNumber);
  }

  public List<String> noticeTemplates(String caseNumber) {
    return notices(caseNumber).stream().map(StoredNotice::template).distinct().toList();
  }

  /** What the simulated court, commission or gateway received about a case, oldest first (as stored by it). */
  public List<com.fasterxml.jackson.databind.JsonNode> received(String system, String caseNumber) {
    return jdbc.queryForList("select body from simulator_request where system = ? and case_number = ? order by id",
        String.class, system, caseNumber).stream().map(CaseRecords::json).toList();
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<String> handoffs(String caseNumber) {
    return jdbc.queryForList("select kind from handoff where case_number = ? order by id", String.class, caseNumber);
  }

  public int count(String sql, Object... args) {
    Integer count = jdbc.queryForObject(sql, Integer.class, args);
    return count == null ? 0 : count;
  }
}
