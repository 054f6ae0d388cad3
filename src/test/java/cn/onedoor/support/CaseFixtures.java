package cn.onedoor.support;

import cn.onedoor.process.ProcessKeys;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Cases placed at a given step through the engine API, as system (no user, no authorization check). */
public final class CaseFixtures {

  private final ProcessEngine engine;

  public CaseFixtures(ProcessEngine engine) {
    this.engine = engine;
  }

  public static Map<String, Object> walkInCase() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("channel", "window");
    variables.put("applicantName", "赵小红");
    variables.put("applicantIdNumber", "110101199003078515");
    variables.put("applicantPhone", "13800138000");
    variables.put("employerName", "吉安市某某制衣有限公司");
    variables.put("employerCreditCode", "91360802MA35L0JX7X");
    variables.put("disputeType", "wages");
    variables.put("claimAmount", "12800.00");
    variables.put("claimDescription", "拖欠2026年8月至10月工资");
    variables.put("workerCount", 1L);
    variables.put("knownDate", "2026-08-31");
    variables.put("applicationReadBack", true);
    return variables;
  }

  /** A case waiting for the clerk's eligibility review. */
  public Task caseAtEligibilityReview() {
    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE, walkInCase());
    return taskOf(instance.getId());
  }

  /** Dispute types that Decision_Triage sends to each pool. */
  private static final Map<String, String> DISPUTE_TYPE_FOR_POOL = Map.of(
      "mediator-union", "wages", "mediator-lawyer", "dismissal", "mediator-grassroots", "social_insurance");

  /** A case accepted and waiting for its first mediation session, in the given pool. */
  public Task caseAtMediation(String mediatorPool) {
    Map<String, Object> variables = walkInCase();
    variables.put("disputeType", DISPUTE_TYPE_FOR_POOL.get(mediatorPool));
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE, variables);
    engine.getTaskService().complete(taskOf(instance.getId()).getId(), acceptance());
    Task session = taskOf(instance.getId());
    if (!"Task_ScheduleSession".equals(session.getTaskDefinitionKey())) {
      throw new IllegalStateException("Expected a mediation session task, got " + session.getTaskDefinitionKey());
    }
    return session;
  }

  /** What the clerk's review form submits for an accepted case. */
  public static Map<String, Object> acceptance() {
    return Map.of("inScope", true, "employerConsents", true);
  }

  /** The one open task of a case, wherever in its process tree (call activities share the business key). */
  public Task taskOf(String rootProcessInstanceId) {
    String caseNumber = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(rootProcessInstanceId).singleResult().getBusinessKey();
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }
}
