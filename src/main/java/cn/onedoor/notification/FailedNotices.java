package cn.onedoor.notification;

import cn.onedoor.calendar.ChinaTime;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The notices {@link NoticeSender} gave up on after its last attempt ({@code status = 'failed'}): what
 * the supervisor dashboard lists beside the incidents, and a retry that queues one again. Access is
 * the caller's matter (the reports' endpoints: supervisors and administrators).
 */
@Service
public class FailedNotices {

  private static final Logger log = LoggerFactory.getLogger(FailedNotices.class);

  /** A failed notice: for whom (masked), how often it was tried and the gateway's last answer. */
  public record FailedNotice(long id, String caseNumber, String template, String recipientRole, String channel,
                             String recipientMasked, int attempts, String lastError, LocalDateTime failedAt) {}

  /** What a retry found. */
  public enum Retry { QUEUED, NOT_FOUND, NOT_FAILED }

  private final JdbcTemplate jdbc;

  FailedNotices(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Failed notices, the latest failure first. */
  public List<FailedNotice> page(long offset, int size) {
    return jdbc.query("""
        select id, case_number, template, recipient_role, channel, recipient_masked, attempts, last_error, failed_at
        from notification where status = 'failed' order by failed_at desc, id desc
        offset %d rows fetch next %d rows only""".formatted(offset, size),
        (rs, i) -> new FailedNotice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getInt(7), rs.getString(8),
            LocalDateTime.ofInstant(rs.getObject(9, OffsetDateTime.class).toInstant(), ChinaTime.ZONE)));
  }

  public long count() {
    Long count = jdbc.queryForObject("select count(*) from notification where status = 'failed'", Long.class);
    return count == null ? 0 : count;
  }

  /** Queues a failed notice again, due at once, with a fresh series of attempts. */
  public Retry retry(long id, String byUser) {
    int changed = jdbc.update("update notification set status = 'queued', attempts = 0, next_attempt_at = ?, failed_at = null"
        + " where id = ? and status = 'failed'", NoticeSender.now(), id);
    if (changed == 1) {
      log.info("Failed notice {} queued again by {}", id, byUser);
      return Retry.QUEUED;
    }
    Integer exists = jdbc.queryForObject("select count(*) from notification where id = ?", Integer.class, id);
    return exists != null && exists > 0 ? Retry.NOT_FAILED : Retry.NOT_FOUND;
  }
}
