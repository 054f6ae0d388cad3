package cn.onedoor.triage;

import static cn.onedoor.process.CaseVariables.EXPERT_CONSULTATION;
import static cn.onedoor.process.CaseVariables.MEDIATOR_POOL;
import static cn.onedoor.process.CaseVariables.PRIORITY;

import cn.onedoor.process.CaseFacts;
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
  public void notify(DelegateExecution execution) {
    CaseFacts facts = CaseFacts.of(execution);
    Map<String, Object> triage = facts.triage();
    if (triage == null || triage.get(MEDIATOR_POOL) == null) {
      throw new IllegalStateException("Decision_Triage matched no rule for case " + execution.getBusinessKey());
    }
    String pool = triage.get(MEDIATOR_POOL).toString();
    String priority = String.valueOf(triage.getOrDefault(PRIORITY, "normal"));
    facts.triaged(pool, priority, "high".equals(priority) ? HIGH_PRIORITY : NORMAL_PRIORITY,
        Boolean.TRUE.equals(triage.get(EXPERT_CONSULTATION)));
    register.recordTriage(facts.caseNumber(), pool, priority);
  }
}
