package cn.onedoor.migration;

import cn.onedoor.api.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration of running cases from one version of a process to another, over Camunda's migration API:
 * the generated plan ({@code mapEqualActivities}, event triggers updated), a check of every running
 * case against it (the migration is run in a transaction that is rolled back, so the answer is the
 * engine's own), and the
 * migration of the movable cases one by one, each in its own transaction, so a blocked case does not
 * stop the others. A step the target version removed is left by instance modification: the case is
 * moved, within its source version, to the source step that maps to the stated target step, then
 * migrated. Camunda keeps a migrated task's old name; the names are set to the target version's.
 */
@Service
public class CaseMigration {

  private static final Logger log = LoggerFactory.getLogger(CaseMigration.class);
  /** At most this many cases are checked or migrated in one request. */
  static final int MAX_CASES = 1000;

  public record Instruction(List<String> sourceActivityIds, List<String> targetActivityIds, String sourceName,
                            String targetName, boolean updateEventTrigger) {}

  public record Unmapped(String activityId, String name, String type, long runningCases) {}

  public record Plan(DefinitionInfo source, DefinitionInfo target, List<Instruction> instructions,
                     List<Unmapped> unmappedActivities, List<String> planErrors) {}

  public record DefinitionInfo(String id, String key, String name, int version, String versionTag, String deploymentId,
                               String deploymentName, String deploymentSource, long runningCases) {}

  public record CaseCheck(String processInstanceId, String caseNumber, List<String> activeActivities, boolean movable,
                          List<String> reasons, Map<String, String> removedStepsUsed) {}

  public record Check(Plan plan, int total, int movable, int blocked, List<CaseCheck> cases) {}

  public record TaskRename(String taskId, String activityId, String from, String to) {}

  public record CaseResult(String processInstanceId, String caseNumber, boolean migrated, List<String> reasons,
                           Map<String, String> removedStepsUsed, List<TaskRename> renamedTasks) {}

  public record Report(DefinitionInfo source, DefinitionInfo target, int total, int migrated, int failed,
                       List<CaseResult> cases) {}

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;

  CaseMigration(ProcessEngine engine, PlatformTransactionManager transactionManager) {
    this.engine = engine;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  public List<DefinitionInfo> definitions(String key) {
    var query = engine.getRepositoryService().createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
        .orderByProcessDefinitionVersion().desc();
    if (key != null && !key.isBlank()) {
      query.processDefinitionKey(key);
    }
    return query.listPage(0, 500).stream().map(this::info).toList();
  }

  public Plan plan(String sourceId, String targetId) {
    ProcessDefinition source = definition(sourceId, "原版本");
    ProcessDefinition target = definition(targetId, "目标版本");
    if (source.getId().equals(target.getId())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "same_definition", "原版本和目标版本相同，无需迁移。");
    }
    if (!source.getKey().equals(target.getKey())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "different_process",
          "原版本（" + source.getKey() + "）和目标版本（" + target.getKey() + "）不是同一个流程，只能在同一流程的版本之间迁移。");
    }
    BpmnModelInstance sourceModel = engine.getRepositoryService().getBpmnModelInstance(source.getId());
    BpmnModelInstance targetModel = engine.getRepositoryService().getBpmnModelInstance(target.getId());
    List<String> errors = new ArrayList<>();
    List<Instruction> instructions = new ArrayList<>();
    Set<String> mapped = new LinkedHashSet<>();
    try {
      for (MigrationInstruction instruction : build(source.getId(), target.getId()).getInstructions()) {
        instructions.add(new Instruction(List.of(instruction.getSourceActivityId()), List.of(instruction.getTargetActivityId()),
            name(sourceModel, instruction.getSourceActivityId()), name(targetModel, instruction.getTargetActivityId()),
            instruction.isUpdateEventTrigger()));
        mapped.add(instruction.getSourceActivityId());
      }
    } catch (MigrationPlanValidationException e) {
      for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
        errors.add("步骤 " + report.getMigrationInstruction().getSourceActivityId() + " → "
            + report.getMigrationInstruction().getTargetActivityId() + "：" + String.join("；", report.getFailures()));
      }
      e.getValidationReport().getVariableReports().forEach((name, report) ->
          errors.add("变量 " + name + "：" + String.join("；", report.getFailures())));
    }
    Map<String, Long> running = new LinkedHashMap<>();
    for (ActivityStatistics statistics : engine.getManagementService().createActivityStatisticsQuery(source.getId()).list()) {
      running.put(statistics.getId(), (long) statistics.getInstances());
    }
    List<Unmapped> unmapped = new ArrayList<>();
    for (FlowNode node : waitStates(sourceModel)) {
      if (!mapped.contains(node.getId())) {
        unmapped.add(new Unmapped(node.getId(), node.getName(), node.getElementType().getTypeName(),
            running.getOrDefault(node.getId(), 0L)));
      }
    }
    return new Plan(info(source), info(target), instructions, unmapped, errors);
  }

  /** Every running case of the source version, checked against the plan (nothing is changed). */
  public Check check(String sourceId, String targetId, Map<String, String> removedSteps, Collection<String> only) {
    Plan plan = plan(sourceId, targetId);
    Map<String, String> removed = removedSteps(plan, removedSteps);
    List<CaseCheck> cases = new ArrayList<>();
    for (ProcessInstance instance : instances(sourceId, only)) {
      Outcome outcome = attempt(plan, instance, removed, true);
      cases.add(new CaseCheck(instance.getId(), instance.getBusinessKey(), outcome.active, outcome.reasons.isEmpty(),
          outcome.reasons, outcome.removedUsed));
    }
    int movable = (int) cases.stream().filter(CaseCheck::movable).count();
    return new Check(plan, cases.size(), movable, cases.size() - movable, cases);
  }

  /** Migrates every movable running case (or those named), one transaction each; the report says which moved. */
  public Report migrate(String sourceId, String targetId, Map<String, String> removedSteps, Collection<String> only) {
    Plan plan = plan(sourceId, targetId);
    Map<String, String> removed = removedSteps(plan, removedSteps);
    List<CaseResult> results = new ArrayList<>();
    for (ProcessInstance instance : instances(sourceId, only)) {
      Outcome outcome = attempt(plan, instance, removed, false);
      results.add(new CaseResult(instance.getId(), instance.getBusinessKey(), outcome.reasons.isEmpty(), outcome.reasons,
          outcome.removedUsed, outcome.renamed));
    }
    int migrated = (int) results.stream().filter(CaseResult::migrated).count();
    log.info("Migration {} -> {}: {} of {} cases migrated", sourceId, targetId, migrated, results.size());
    return new Report(plan.source(), plan.target(), results.size(), migrated, results.size() - migrated, results);
  }

  private static final class Outcome {
    final List<String> reasons = new ArrayList<>();
    final Map<String, String> removedUsed = new LinkedHashMap<>();
    final List<TaskRename> renamed = new ArrayList<>();
    List<String> active = List.of();
  }

  private Outcome attempt(Plan plan, ProcessInstance instance, Map<String, String> removed, boolean dryRun) {
    Outcome outcome = new Outcome();
    RuntimeService runtime = engine.getRuntimeService();
    outcome.active = runtime.getActiveActivityIds(instance.getId());
    if (!plan.planErrors().isEmpty()) {
      outcome.reasons.add("迁移计划本身无效：" + String.join("；", plan.planErrors()));
      return outcome;
    }
    Map<String, String> unmappedNames = new LinkedHashMap<>();
    plan.unmappedActivities().forEach(u -> unmappedNames.put(u.activityId(), u.name()));
    for (String activity : outcome.active) {
      if (unmappedNames.containsKey(activity) && !removed.containsKey(activity)) {
        outcome.reasons.add("案件停在「" + label(unmappedNames.get(activity), activity) + "」，目标版本中没有这一步骤："
            + "请在 removedSteps 中指定它应转到的目标步骤");
      }
    }
    if (!outcome.reasons.isEmpty()) {
      return outcome;
    }
    try {
      // one database transaction per case; each engine call is a command of its own inside it (so the
      // migration sees what the modification created), and the check rolls it all back
      transactions.executeWithoutResult(status -> {
        for (String activity : outcome.active) {
          String targetStep = removed.get(activity);
          if (targetStep != null && unmappedNames.containsKey(activity)) {
            String sourceStep = sourceOf(plan, targetStep);
            runtime.createProcessInstanceModification(instance.getId())
                .cancelAllForActivity(activity).startBeforeActivity(sourceStep)
                .setAnnotation("迁移：原步骤 " + activity + " 在目标版本中已删除，转到 " + targetStep).execute();
            outcome.removedUsed.put(activity, targetStep);
          }
        }
        MigrationPlan migrationPlan = build(plan.source().id(), plan.target().id());
        runtime.newMigration(migrationPlan).processInstanceIds(instance.getId()).execute();
        if (dryRun) {
          status.setRollbackOnly();
        } else {
          outcome.renamed.addAll(renameTasks(instance.getId(), plan.target().id()));
        }
      });
    } catch (MigratingProcessInstanceValidationException e) {
      outcome.removedUsed.clear();
      outcome.renamed.clear();
      outcome.reasons.addAll(reasons(e.getValidationReport()));
    } catch (RuntimeException e) {
      outcome.removedUsed.clear();
      outcome.renamed.clear();
      outcome.reasons.add("引擎拒绝迁移：" + e.getMessage());
    }
    return outcome;
  }

  private static List<String> reasons(MigratingProcessInstanceValidationReport report) {
    List<String> reasons = new ArrayList<>();
    report.getFailures().forEach(f -> reasons.add("案件：" + f));
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      reasons.add("步骤 " + activity.getSourceScopeId() + "：" + String.join("；", activity.getFailures()));
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      reasons.add("步骤 " + transition.getSourceScopeId() + "（异步等待）：" + String.join("；", transition.getFailures()));
    }
    return reasons;
  }

  /** Camunda keeps a migrated task's name; the target version's name is what the step is now called. */
  private List<TaskRename> renameTasks(String processInstanceId, String targetDefinitionId) {
    BpmnModelInstance target = engine.getRepositoryService().getBpmnModelInstance(targetDefinitionId);
    List<TaskRename> renamed = new ArrayList<>();
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
      String name = name(target, task.getTaskDefinitionKey());
      if (name != null && !name.equals(task.getName())) {
        renamed.add(new TaskRename(task.getId(), task.getTaskDefinitionKey(), task.getName(), name));
        task.setName(name);
        engine.getTaskService().saveTask(task);
      }
    }
    return renamed;
  }

  private MigrationPlan build(String sourceId, String targetId) {
    return engine.getRuntimeService().createMigrationPlan(sourceId, targetId).mapEqualActivities().updateEventTriggers().build();
  }

  private static String sourceOf(Plan plan, String targetStep) {
    return plan.instructions().stream().filter(i -> i.targetActivityIds().contains(targetStep))
        .map(i -> i.sourceActivityIds().get(0)).findFirst().orElseThrow();
  }

  /** removedSteps: source activity (unmapped) -> target activity (mapped); checked against the plan. */
  private static Map<String, String> removedSteps(Plan plan, Map<String, String> requested) {
    Map<String, String> removed = new LinkedHashMap<>();
    if (requested == null) {
      return removed;
    }
    Set<String> unmapped = new LinkedHashSet<>();
    plan.unmappedActivities().forEach(u -> unmapped.add(u.activityId()));
    requested.forEach((from, to) -> {
      if (from == null || !unmapped.contains(from)) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_removed_step",
            "removedSteps 中的 " + from + " 不是原版本中目标版本没有的步骤（可选：" + String.join("、", unmapped) + "）");
      }
      if (to == null || plan.instructions().stream().noneMatch(i -> i.targetActivityIds().contains(to))) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_removed_step_target",
            "removedSteps 中 " + from + " 的目标步骤 " + to + " 不是目标版本中与原版本对应的步骤");
      }
      removed.put(from, to);
    });
    return removed;
  }

  private List<ProcessInstance> instances(String sourceId, Collection<String> only) {
    var query = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(sourceId);
    if (only != null && !only.isEmpty()) {
      query.processInstanceIds(new LinkedHashSet<>(only));
    }
    long count = query.count();
    if (count > MAX_CASES) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "too_many_cases",
          "原版本有 " + count + " 件运行中的案件，一次最多处理 " + MAX_CASES + " 件：请用 processInstanceIds 分批进行。");
    }
    return query.orderByProcessInstanceId().asc().list();
  }

  private ProcessDefinition definition(String id, String role) {
    if (id == null || id.isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "missing_definition", "请指定" + role + "（流程定义 ID）。");
    }
    if (id.length() > 200) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_definition", role + "的流程定义 ID 过长。");
    }
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    if (definition == null) {
      throw new ApiException(HttpStatus.NOT_FOUND, "unknown_definition", role + "不存在：没有 ID 为 " + id + " 的流程定义。");
    }
    return definition;
  }

  private DefinitionInfo info(ProcessDefinition definition) {
    RepositoryService repository = engine.getRepositoryService();
    var deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
    long running = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
    return new DefinitionInfo(definition.getId(), definition.getKey(), definition.getName(), definition.getVersion(), definition.getVersionTag(),
        definition.getDeploymentId(), deployment == null ? null : deployment.getName(),
        deployment == null ? null : deployment.getSource(), running);
  }

  /** The steps a case can wait at: tasks it waits in, catch events, event gateways, called processes, async steps. */
  private static List<FlowNode> waitStates(BpmnModelInstance model) {
    List<FlowNode> nodes = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean waits = node instanceof UserTask || node instanceof ReceiveTask || node instanceof CallActivity
          || node instanceof SubProcess || node instanceof IntermediateCatchEvent || node instanceof EventBasedGateway
          || (node instanceof BoundaryEvent boundary && boundary.getEventDefinitions().stream().anyMatch(definition ->
              definition instanceof TimerEventDefinition || definition instanceof MessageEventDefinition
                  || definition instanceof SignalEventDefinition || definition instanceof ConditionalEventDefinition))
          || node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter();
      if (waits) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  private static String name(BpmnModelInstance model, String activityId) {
    FlowNode node = activityId == null ? null : model.getModelElementById(activityId);
    return node == null ? null : node.getName();
  }

  private static String label(String name, String id) {
    return name == null ? id : name + "（" + id + "）";
  }
}
