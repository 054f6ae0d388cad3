package cn.onedoor.mediation;

import cn.onedoor.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 记录调解情况, on completion: keeps each session's record (time, mode, place, result, notes, who
 * recorded it) through {@link MediationSessions}. The process variables hold only the latest
 * session; the case e-file and the timeline need them all.
 */
@Component("recordSessionListener")
class RecordSessionListener implements TaskListener {

  private final MediationSessions sessions;

  RecordSessionListener(MediationSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseVariables variables = CaseVariables.of(task);
    String caseNumber = variables.caseNumber();
    sessions.record(caseNumber, variables.text(CaseVariables.SESSION_TIME), variables.text(CaseVariables.SESSION_MODE),
        variables.text(CaseVariables.SESSION_PLACE), variables.requiredText(CaseVariables.SESSION_RESULT),
        variables.text(CaseVariables.SESSION_NOTES), task.getAssignee());
  }
}
