package cn.onedoor.mediation;

import cn.onedoor.process.MediationVariables;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 记录调解情况, on completion: keeps each session's record (time, mode, place, result, notes, who
 * recorded it) in table {@code mediation_session}. The process variables hold only the latest
 * session; the case e-file and the timeline need them all.
 */
@Component("recordSessionListener")
class RecordSessionListener implements TaskListener {

  private final JdbcTemplate jdbc;

  RecordSessionListener(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateTask task) {
    MediationVariables variables = MediationVariables.of(task);
    String caseNumber = variables.caseNumber();
    Integer last = jdbc.queryForObject("select coalesce(max(session_no), 0) from mediation_session where case_number = ?",
        Integer.class, caseNumber);
    jdbc.update("""
        insert into mediation_session (case_number, session_no, session_time, session_mode, place, result, notes, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        caseNumber, last + 1, variables.sessionTime(), variables.sessionMode(),
        variables.sessionPlace(), variables.requiredSessionResult(), variables.sessionNotes(), task.getAssignee(), OffsetDateTime.now());
  }
}
