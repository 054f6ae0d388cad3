package cn.onedoor.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.process.ProcessKeys;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.onedoor.referral.HandoffWorker;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives cases through the engine the way people do: the clerk submits the start form, users
 * complete their tasks under their own login (so candidate groups and authorizations count), and
 * the test plays the job executor and the clock.
 */
public final class CaseDriver {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final ProcessEngine engine;
  private final HandoffWorker handoffWorker;

  public CaseDriver(ProcessEngine engine) {
    this(engine, null);
  }

  /** With the hand-off worker, which runs the hand-offs (external tasks) when the test says so. */
  public CaseDriver(ProcessEngine engine, HandoffWorker handoffWorker) {
    this.engine = engine;
    this.handoffWorker = handoffWorker;
  }

  /** The engine's clock at nine in the morning of {@code date}, Beijing time. */
  public void today(LocalDate date) {
    ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(BEIJING).toInstant()));
  }

  public void resetClock() {
    ClockUtil.reset();
  }

  /** The clerk submits the start form of LaborDisputeCase. */
  public ProcessInstance registerThroughStartForm(Map<String, Object> form) {
    return as("clerk", List.of("intake-clerk"), () -> {
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(ProcessKeys.LABOR_DISPUTE_CASE).latestVersion().singleResult().getId();
      return engine.getFormService().submitStartForm(definitionId, form);
    });
  }

  /**
   * A client registers by {@code POST /api/cases}: the clerk's engine call as our API makes it, with the
   * request's variables (applicationReadBack included: {@code IntakeRequest} carries it, and a walk-in
   * application needs it).
   */
  public ProcessInstance registerThroughApi(Map<String, Object> application) {
    Map<String, Object> variables = new HashMap<>(application);
    return as("clerk", List.of("intake-clerk"), () -> cn.onedoor.integrity.CaseIntegrityPlugin.applicationCall(() ->
        engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE, variables)));
  }

  /**
   * A walk-in wage case (Decision_Triage: union pool) that {@code mediator} settled with 12000 yuan,
   * to be paid by 15 October 2026; the engine's clock must stand before 21 September 2026.
   */
  public String caseWithDeferredAgreement() {
    return caseWithDeferredAgreement(registerThroughStartForm(walkIn()));
  }

  /** {@link #caseWithDeferredAgreement()} of a case registered by {@code POST /api/cases} with these fields. */
  public String caseWithDeferredAgreement(Map<String, Object> application) {
    return caseWithDeferredAgreement(registerThroughApi(application));
  }

  private String caseWithDeferredAgreement(ProcessInstance kase) {
    List<String> union = List.of("mediator-union");
    accept(kase);
    complete(kase, "Task_ScheduleSession", "mediator", union,
        "sessionMode", "in_person", "sessionTime", "2026-09-21T14:30", "sessionPlace", "中心第一调解室");
    complete(kase, "Task_RecordSession", "mediator", union,
        "sessionNotes", "双方同意按12000元结清", "sessionResult", "agreement");
    // a case of several workers says what each is paid: the first worker all of it, the others nothing
    int workers = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey(kase)).list().stream()
        .map(t -> cn.onedoor.party.JsonValues.plain(engine.getTaskService().getVariable(t.getId(), "workerAmounts")))
        .filter(List.class::isInstance).mapToInt(rows -> ((List<?>) rows).size()).max().orElse(0);
    List<Map<String, String>> shares = new java.util.ArrayList<>();
    for (int seq = 1; seq <= workers; seq++) {
      shares.add(Map.of("worker", String.valueOf(seq), "amount", seq == 1 ? "12000" : "0"));
    }
    List<Object> draft = new java.util.ArrayList<>(List.of(
        "agreedAmount", "12000", "agreementItems", "被申请人支付申请人2026年8月至10月工资", "agreementPays", List.of("labour_remuneration"),
        "performanceMode", "deferred",
        "performanceDueDate", "2026-10-15", "confirmationType", "none"));
    if (!shares.isEmpty()) {
      draft.addAll(List.of("workerAmounts", shares));
    }
    complete(kase, "Task_DraftAgreement", "mediator", union, draft.toArray());
    return businessKey(kase);
  }

  /** The clerk accepts the case at its eligibility review: in scope, the employer consents. */
  public void accept(ProcessInstance kase) {
    complete(kase, "Task_ReviewEligibility", "clerk", List.of("intake-clerk"),
        "inScope", true, "employerConsents", true);
  }

  /**
   * {@code mediator} of the union pool meets the parties in person two days after the engine's today
   * and records that mediation failed: the case (a wage case, Decision_Triage: union pool) waits at
   * its hand-over to the arbitration commission ({@code Task_HandOverToArbitration}, an external task).
   */
  public void failMediation(ProcessInstance kase) {
    List<String> union = List.of("mediator-union");
    complete(kase, "Task_ScheduleSession", "mediator", union,
        "sessionMode", "in_person", "sessionTime", engineToday().plusDays(2) + "T09:30", "sessionPlace", "中心第一调解室");
    complete(kase, "Task_RecordSession", "mediator", union, "sessionNotes", "调解不成，双方差距较大", "sessionResult", "no_agreement");
  }

  /**
   * A walk-in wage case ({@link #walkIn} with {@code overrides}) registered today, accepted, whose
   * mediation failed ({@link #failMediation}): it waits at its hand-over to the commission.
   */
  public ProcessInstance failedMediation(Object... overrides) {
    ProcessInstance kase = registerThroughStartForm(walkIn(overrides));
    accept(kase);
    failMediation(kase);
    return kase;
  }

  /** A {@link #failedMediation} handed over to the commission today, which accepted it: the award period runs. */
  public ProcessInstance acceptedByArbitration(Object... overrides) {
    ProcessInstance kase = failedMediation(overrides);
    executeJob(kase, "Task_HandOverToArbitration");
    message(kase, "ArbitrationAccepted");
    return kase;
  }

  /** The engine's today, Beijing time. */
  public LocalDate engineToday() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING);
  }

  /**
   * A called referral process started on its own, with only its contract inputs, for a walk-in case
   * whose mediation failed (no agreement, union pool).
   */
  public ProcessInstance referralAfterFailedMediation(String processKey) {
    ProcessInstance registered = registerThroughStartForm(walkIn());
    return startCalledProcess(processKey, businessKey(registered), contractInputs(registered, processKey,
        Map.of("mediatorPool", "mediator-union", "mediationOutcome", "no_agreement")));
  }

  public static Map<String, Object> walkIn(Object... overrides) {
    Map<String, Object> form = new HashMap<>(CaseFixtures.walkInCase());
    for (int i = 0; i < overrides.length; i += 2) {
      form.put((String) overrides[i], overrides[i + 1]);
    }
    return form;
  }

  /** Completes the one open task of {@code taskKey} in the case's process tree as {@code user}. */
  public void complete(ProcessInstance root, String taskKey, String user, List<String> groups, Object... variables) {
    Task task = task(root, taskKey);
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    as(user, groups, () -> {
      engine.getTaskService().complete(task.getId(), values);
      return null;
    });
    runStepsAfterUserTasks(root);
  }

  /**
   * Steps behind an async boundary right after a user task (so that their failure is an incident, not
   * a 500 at the form): the job executor runs them seconds after the completion; the test does it at once.
   */
  public static final java.util.Set<String> ASYNC_AFTER_USER_TASKS = java.util.Set.of("Task_GenerateAgreementDocument");

  public void runStepsAfterUserTasks(ProcessInstance root) {
    runStepsAfterUserTasks(root.getId());
  }

  public void runStepsAfterUserTasks(String rootProcessInstanceId) {
    for (String activityId : ASYNC_AFTER_USER_TASKS) {
      engine.getManagementService().createJobQuery().rootProcessInstanceId(rootProcessInstanceId).activityId(activityId).list()
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  public Task task(ProcessInstance root, String taskKey) {
    String businessKey = businessKey(root);
    var query = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey);
    // a case's call activities share its business key; a consultation has none
    Task task = (businessKey == null ? query.processInstanceId(root.getId()) : query.processInstanceBusinessKey(businessKey)).singleResult();
    assertThat(task).as("open task %s of case %s", taskKey, businessKey(root)).isNotNull();
    return task;
  }

  public String businessKey(ProcessInstance root) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(root.getId())
        .singleResult().getBusinessKey();
  }

  /**
   * Runs the one due-or-not job waiting at {@code activityId} in the case, as the job executor would;
   * for a hand-off (an external task, {@link #HANDOFF_TASKS}) one round of the hand-off worker over
   * the case, as the worker would, which throws like a failed job did when the task failed (its
   * error message, the one an incident would show) and returns null.
   */
  public Job executeJob(ProcessInstance root, String activityId) {
    if (HANDOFF_TASKS.contains(activityId)) {
      runHandoff(root, activityId);
      return null;
    }
    Job job = job(root, activityId);
    engine.getManagementService().executeJob(job.getId());
    return job;
  }

  /** The service tasks that are external tasks of the hand-off worker (cn.onedoor.referral.HandoffTopic). */
  public static final java.util.Set<String> HANDOFF_TASKS = java.util.Set.of("Task_HandOverToArbitration", "Task_HandOverToCourt",
      "Task_ApplyForConfirmation", "Task_ApplyForPaymentOrder", "Task_ReportResultToCourt");

  /**
   * One round of the hand-off worker over the case, with its task at {@code activityId} unlocked first
   * (the test plays the clock: a failed task waits out its back-off, as a failed job waited for its due
   * date); throws {@link HandoffFailed} with the task's error message when the round failed it.
   */
  public HandoffWorker.Round runHandoff(ProcessInstance root, String activityId) {
    ExternalTask task = externalTask(root, activityId);
    if (task.getLockExpirationTime() != null) {
      engine.getExternalTaskService().unlock(task.getId());
    }
    HandoffWorker.Round round = handoffWorker().runOnce(businessKey(root));
    assertThat(round.worked()).as("hand-off %s of case %s worked", activityId, businessKey(root)).isPositive();
    if (round.failed() > 0) {
      ExternalTask failed = engine.getExternalTaskService().createExternalTaskQuery().externalTaskId(task.getId()).singleResult();
      throw new HandoffFailed(failed == null ? "(task gone)" : failed.getErrorMessage());
    }
    return round;
  }

  /** The hand-off external task waiting at {@code activityId} in the case's process tree. */
  public ExternalTask externalTask(ProcessInstance root, String activityId) {
    String[] instances = engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId())
        .unfinished().list().stream().map(instance -> instance.getId()).toArray(String[]::new);
    ExternalTask task = instances.length == 0 ? null : engine.getExternalTaskService().createExternalTaskQuery()
        .processInstanceIdIn(instances).activityId(activityId).singleResult();
    assertThat(task).as("external task at %s of case %s", activityId, businessKey(root)).isNotNull();
    return task;
  }

  public HandoffWorker handoffWorker() {
    if (handoffWorker == null) {
      throw new IllegalStateException("this CaseDriver was made without the hand-off worker: new CaseDriver(engine, handoffWorker)");
    }
    return handoffWorker;
  }

  /** A hand-off round that failed its task: the message is the task's error message (what the incident shows). */
  public static final class HandoffFailed extends RuntimeException {
    HandoffFailed(String message) {
      super(message);
    }
  }

  public Job job(ProcessInstance root, String activityId) {
    Job job = engine.getManagementService().createJobQuery().rootProcessInstanceId(root.getId())
        .activityId(activityId).singleResult();
    assertThat(job).as("job at %s of case %s", activityId, businessKey(root)).isNotNull();
    return job;
  }

  /** A timer's due date, as Beijing local time. */
  public LocalDateTime dueDate(Job job) {
    return LocalDateTime.ofInstant(job.getDuedate().toInstant(), BEIJING);
  }

  public LocalDateTime dueDate(Task task) {
    return LocalDateTime.ofInstant(task.getDueDate().toInstant(), BEIJING);
  }

  /** Correlates a message from outside by case number, as our message endpoint does. */
  public void message(ProcessInstance root, String messageName, Object... variables) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    engine.getRuntimeService().createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey(root))
        .setVariables(values).correlate();
  }

  public Object variable(ProcessInstance root, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(root.getId())
        .variableName(name).singleResult().getValue();
  }

  /**
   * A variable of the process the case called ({@code processKey}, e.g. LitigationReferral): what a
   * called process keeps for itself is not copied back to the case (see its contract in
   * docs/case-process.md).
   */
  public Object calledProcessVariable(ProcessInstance root, String processKey, String name) {
    String called = engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(root.getId())
        .processDefinitionKey(processKey).singleResult().getId();
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(called)
        .variableName(name).singleResult().getValue();
  }

  /** The running instance of the process the case called ({@code processKey}, e.g. CaseAgreement). */
  public ProcessInstance calledProcess(ProcessInstance root, String processKey) {
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(root.getId())
        .processDefinitionKey(processKey).singleResult();
    assertThat(called).as("running %s of case %s", processKey, businessKey(root)).isNotNull();
    return called;
  }

  /** The activities the process the case called ({@code processKey}) has passed so far, running or ended. */
  public java.util.List<String> passedIn(ProcessInstance root, String processKey) {
    String called = engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(root.getId())
        .processDefinitionKey(processKey).singleResult().getId();
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(called).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId).toList();
  }

  /**
   * The inputs of a called process's contract (the {@code camunda:in} sources of its call activity in
   * LaborDisputeCase.bpmn) for a registered case: each taken from the case's process, as the call
   * activity would pass it ({@code null} where the case has no such variable), except the values
   * given by hand for what the case sets later (the mediator pool, the mediation outcome, …).
   */
  public Map<String, Object> contractInputs(ProcessInstance registered, String processKey, Map<String, Object> byHand) {
    java.util.Set<String> inputs = CallContracts.ofModel().get(processKey).inputs();
    assertThat(inputs).as("inputs of %s", processKey).containsAll(byHand.keySet());
    Map<String, Object> caseVariables = engine.getRuntimeService().getVariables(registered.getId());
    Map<String, Object> values = new HashMap<>();
    for (String name : inputs) {
      values.put(name, byHand.containsKey(name) ? byHand.get(name) : caseVariables.get(name));
    }
    return values;
  }

  /**
   * Starts a called process on its own, as the case's call activity would: the case's business key
   * and exactly the inputs of its contract, no more, no fewer.
   */
  public ProcessInstance startCalledProcess(String processKey, String caseNumber, Map<String, Object> inputs) {
    assertThat(inputs.keySet()).as("the inputs of %s's contract", processKey)
        .containsExactlyInAnyOrderElementsOf(CallContracts.ofModel().get(processKey).inputs());
    return engine.getRuntimeService().createProcessInstanceByKey(processKey).businessKey(caseNumber)
        .setVariables(inputs).execute();
  }

  public <T> T as(String user, List<String> groups, java.util.function.Supplier<T> work) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
