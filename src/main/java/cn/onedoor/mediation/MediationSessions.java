package cn.onedoor.mediation;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What each mediation session recorded (table {@code mediation_session}, owned by this module):
 * written when 记录调解情况 is completed ({@link RecordSessionListener}), read for the case e-file.
 * The one class that reads or writes the table. Runs in the caller's transaction.
 */
@Repository
public class MediationSessions {

  /** One session as recorded; {@code number} counts from 1 per case. */
  public record Session(int number, String time, String mode, String place, String result, String notes, String recordedBy) {}

  private final JdbcTemplate jdbc;

  MediationSessions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the case's next session. */
  void record(String caseNumber, String time, String mode, String place, String result, String notes, String recordedBy) {
    Integer last = jdbc.queryForObject("select coalesce(max(session_no), 0) from mediation_session where case_number = ?",
        Integer.class, caseNumber);
    jdbc.update("""
        insert into mediation_session (case_number, session_no, session_time, session_mode, place, result, notes, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseNumber, last + 1, time, mode, place, result, notes, recordedBy, OffsetDateTime.now());
  }

  /** The case's sessions in order. */
  public List<Session> of(String caseNumber) {
    return jdbc.query("""
        select session_no, session_time, session_mode, place, result, notes, recorded_by
        from mediation_session where case_number = ? order by session_no""",
        (rs, i) -> new Session(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7)), caseNumber);
  }
}
