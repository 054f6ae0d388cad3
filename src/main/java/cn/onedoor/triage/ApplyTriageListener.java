package cn.onedoor.triage;

import static cn.onedoor.process.CaseVariables.*;

import cn.onedoor.process.CaseVariables;
import cn.onedoor.register.CaseRegister;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After 分派调解资源: the decision's row ({@code triage}) becomes the case's pool, priority and
 * expert flag, and the register records the pool. The rules themselves live in Decision_Triage.dmn.
 */
@Component("applyTriageListener")
class ApplyTriageListener implements ExecutionListener {

  static final int HIGH_PRIORITY = 80;
  static final int NORMAL_PRIORITY = 50;

  private final CaseRegister register;

  ApplyTriageListener(CaseRegister register) {
    this.register = register;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    Map<String, Object> triage = (Map<String, Object>) execution.getVariable(TRIAGE);
    if (triage == null || triage.get("mediatorPool") == null) {
      throw new IllegalStateException("Decision_Triage matched no rule for case " + execution.getBusinessKey());
    }
    CaseVariables variables = CaseVariables.of(execution);
    String pool = triage.get("mediatorPool").toString();
    String priority = String.valueOf(triage.getOrDefault("priority", "normal"));
    variables.set(MEDIATOR_POOL, pool);
    variables.set(PRIORITY, priority);
    variables.set(TASK_PRIORITY, "high".equals(priority) ? HIGH_PRIORITY : NORMAL_PRIORITY);
    variables.set(EXPERT_CONSULTATION, Boolean.TRUE.equals(triage.get("expertConsultation")));
    execution.removeVariable(TRIAGE);
    register.recordTriage(variables.caseNumber(), pool, priority);
  }
}
