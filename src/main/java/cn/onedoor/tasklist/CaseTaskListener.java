package cn.onedoor.tasklist;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.process.CaseVariables;
import cn.onedoor.register.CaseRegister;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * On every new task of a case: copies what the Tasklist lists show (案号, 申请人, 被申请人, 法定期限)
 * into task-local variables, which those who may see the task may read (Camunda lets READ on the
 * task read its own variables; the pools already hold that on their tasks, so no authorization is
 * added), and gives the task to the case's mediator (承办人) when the task is for the case's pool.
 * Task-local variables are written only here: the engine guard refuses variable writes to staff,
 * and a completed form's values go to the process, not to the task.
 */
@Component
class CaseTaskListener implements TaskListener {

  /** The statutory due date of the task as text ({@code yyyy-MM-dd}, Beijing time), task-local. */
  static final String STATUTORY_DEADLINE = "statutoryDeadline";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ChinaTime.ZONE);

  private final CaseRegister register;

  CaseTaskListener(CaseRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = Optional.ofNullable(task.getVariable(CaseVariables.CASE_NUMBER)).map(Object::toString)
        .orElse(task.getExecution().getProcessBusinessKey());
    if (caseNumber == null) {
      return;
    }
    task.setVariableLocal(CaseVariables.CASE_NUMBER, caseNumber);
    copy(task, CaseVariables.APPLICANT_NAME);
    copy(task, CaseVariables.EMPLOYER_NAME);
    if (task.getDueDate() != null) {
      task.setVariableLocal(STATUTORY_DEADLINE, DAY.format(task.getDueDate().toInstant()));
    }
    if (task.getAssignee() == null) {
      register.keepers(caseNumber)
          .filter(keepers -> keepers.mediatorId() != null && forPool(task, keepers.mediatorPool()))
          .ifPresent(keepers -> task.setAssignee(keepers.mediatorId()));
    }
  }

  private static void copy(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (value != null) {
      task.setVariableLocal(name, value.toString());
    }
  }

  private static boolean forPool(DelegateTask task, String pool) {
    return pool != null && task.getCandidates().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && Objects.equals(pool, link.getGroupId()));
  }
}
