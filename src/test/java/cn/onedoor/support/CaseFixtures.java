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
    variables.put("knownDate", "2026-11-01");
    return variables;
  }

  /** A case waiting for the clerk's eligibility review. */
  public Task caseAtEligibilityReview() {
    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE, walkInCase());
    return taskOf(instance.getId());
  }

  /** A case waiting for mediation by the given pool. */
  public Task caseAtMediation(String mediatorPool) {
    Task review = caseAtEligibilityReview();
    engine.getTaskService().complete(review.getId(), Map.of("mediatorPool", mediatorPool));
    return taskOf(review.getProcessInstanceId());
  }

  public Task taskOf(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }
}
