package cn.onedoor.mediation;

import cn.onedoor.process.MediationVariables;
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
    MediationVariables variables = MediationVariables.of(task);
    String caseNumber = variables.caseNumber();
    sessions.record(caseNumber, variables.sessionTime(), variables.sessionMode(), variables.sessionPlace(),
        variables.requiredSessionResult(), variables.sessionNotes(), task.getAssignee());
  }
}
