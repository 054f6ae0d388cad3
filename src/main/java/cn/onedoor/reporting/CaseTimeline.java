package cn.onedoor.reporting;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.register.CaseNotFoundException;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.register.Outcome;
import cn.onedoor.security.PersonNames;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * One case's course from the engine's history: the steps of its process instance and of the
 * processes it called (mediation, arbitration, litigation), in the order they happened, and its
 * incidents. One case at a time, found through the register; never a scan of the history tables.
 */
@Service
public class CaseTimeline {

  public record Timeline(String caseNumber, String processInstanceId, String state, LocalDateTime started,
                         LocalDateTime ended, List<Step> steps, List<IncidentEntry> incidents) {}

  /**
   * A step: {@code end} is null while it is open; {@code canceled} when an event or a decision cut it
   * short; {@code assignee} the login of whoever did it, {@code assigneeName} her name (王芳).
   */
  public record Step(String processKey, String processName, String processInstanceId, String activityId,
                     String activityName, String activityType, String kind, LocalDateTime start, LocalDateTime end,
                     String assignee, boolean canceled, String assigneeName) {

    Step named(Map<String, String> names) {
      return assignee == null ? this : new Step(processKey, processName, processInstanceId, activityId, activityName,
          activityType, kind, start, end, assignee, canceled, names.getOrDefault(assignee, assignee));
    }
  }

  public record IncidentEntry(String activityId, String incidentType, String message, LocalDateTime created,
                              LocalDateTime ended, boolean open, String processInstanceId) {}

  private final CaseRegister register;
  private final HistoryService history;
  private final PersonNames names;

  CaseTimeline(CaseRegister register, HistoryService history, PersonNames names) {
    this.register = register;
    this.history = history;
    this.names = names;
  }

  /** The case's timeline; {@link CaseNotFoundException} when the register has no process record of it. */
  public Timeline of(String caseNumber) {
    String rootId = register.processInstanceId(caseNumber).orElse(null);
    HistoricProcessInstance root = rootId == null ? null
        : history.createHistoricProcessInstanceQuery().processInstanceId(rootId).singleResult();
    if (root == null) {
      return register.imported(caseNumber).map(dates -> imported(caseNumber, dates))
          .orElseThrow(() -> new CaseNotFoundException(caseNumber, "案件登记簿中没有该案件的流程记录：" + caseNumber));
    }
    List<HistoricProcessInstance> instances = new ArrayList<>();
    instances.add(root);
    instances.addAll(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root.getId()).list().stream()
        .filter(instance -> !instance.getId().equals(root.getId())).toList());

    record Ordered(Step step, int instance, int occurrence) {}
    List<Ordered> steps = new ArrayList<>();
    List<IncidentEntry> incidents = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      HistoricProcessInstance instance = instances.get(i);
      List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc()
          .list();
      for (int j = 0; j < activities.size(); j++) {
        HistoricActivityInstance activity = activities.get(j);
        String kind = kind(activity.getActivityType());
        if (kind == null) {
          continue;
        }
        steps.add(new Ordered(new Step(instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(), instance.getId(),
            activity.getActivityId(), activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName(),
            activity.getActivityType(), kind, time(activity.getStartTime()), time(activity.getEndTime()), activity.getAssignee(),
            activity.isCanceled(), null), i, j));
      }
      for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(instance.getId()).list()) {
        if (incident.getId().equals(incident.getRootCauseIncidentId())) {
          incidents.add(new IncidentEntry(incident.getActivityId(), incident.getIncidentType(), incident.getIncidentMessage(),
              time(incident.getCreateTime()), time(incident.getEndTime()), incident.isOpen(), instance.getId()));
        }
      }
    }
    // by time; at the same instant the process order (a called process after its call activity), then the engine's
    steps.sort(Comparator.comparing((Ordered o) -> o.step().start()).thenComparingInt(Ordered::instance)
        .thenComparingInt(Ordered::occurrence));
    incidents.sort(Comparator.comparing(IncidentEntry::created));
    Map<String, String> people = names.of(steps.stream().map(o -> o.step().assignee()).toList());
    return new Timeline(caseNumber, root.getId(), state(root.getState()), time(root.getStartTime()), time(root.getEndTime()),
        steps.stream().map(o -> o.step().named(people)).toList(), incidents);
  }

  /**
   * A case of the centre's earlier register (imports): no process, its steps are the register's
   * dates, each at the start of its day; state {@code IMPORTED}.
   */
  private static Timeline imported(String caseNumber, CaseRegister.ImportedDates dates) {
    List<Step> steps = new ArrayList<>();
    steps.add(registerStep("received", "收到申请", dates.received()));
    if (dates.accepted() != null) {
      steps.add(registerStep("accepted", "受理", dates.accepted()));
    }
    if (dates.agreement() != null) {
      steps.add(registerStep("agreement", "达成调解协议", dates.agreement()));
    }
    String outcome = dates.outcome() == null ? "结案" : "结案：" + Outcome.labelOf(dates.outcome());
    steps.add(registerStep("closed", outcome, dates.closed()));
    LocalDateTime importedAt = dates.importedAt() == null ? null
        : dates.importedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime();
    steps.add(new Step(null, "历史案件导入", null, "imported", "导入本系统", "import", "导入", importedAt, importedAt, null, false, null));
    return new Timeline(caseNumber, null, "已办结（历史导入）", steps.get(0).start(), steps.get(steps.size() - 2).end(), steps, List.of());
  }

  private static Step registerStep(String id, String name, LocalDate day) {
    LocalDateTime at = day == null ? null : day.atStartOfDay();
    return new Step(null, "原登记簿", null, id, name, "register", "登记簿", at, at, null, false, null);
  }

  private static final Map<String, String> KINDS = new HashMap<>();

  static {
    KINDS.put("startEvent", "开始");
    KINDS.put("messageStartEvent", "开始");
    KINDS.put("noneEndEvent", "结束");
    KINDS.put("terminateEndEvent", "结束");
    KINDS.put("errorEndEvent", "结束");
    KINDS.put("userTask", "人工办理");
    KINDS.put("serviceTask", "系统处理");
    KINDS.put("sendTask", "系统处理");
    KINDS.put("businessRuleTask", "规则决策");
    KINDS.put("callActivity", "子流程");
    KINDS.put("subProcess", "阶段");
    KINDS.put("receiveTask", "等待外部结果");
    KINDS.put("intermediateMessageCatch", "等待外部结果");
    KINDS.put("intermediateTimer", "期限");
    KINDS.put("boundaryTimer", "期限届满");
    KINDS.put("boundaryMessage", "收到外部消息");
    KINDS.put("boundaryError", "异常");
  }

  /** What a supervisor calls the step; null for gateways and other plumbing the timeline leaves out. */
  static String kind(String activityType) {
    if (activityType == null || activityType.endsWith("Gateway") || activityType.equals("multiInstanceBody")) {
      return null;
    }
    return KINDS.getOrDefault(activityType, "流程节点");
  }

  private static String state(String engineState) {
    return switch (engineState == null ? "" : engineState) {
      case HistoricProcessInstance.STATE_ACTIVE -> "办理中";
      case HistoricProcessInstance.STATE_SUSPENDED -> "已挂起";
      case HistoricProcessInstance.STATE_COMPLETED -> "已办结";
      case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED, HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> "已终止";
      default -> engineState;
    };
  }

  private static LocalDateTime time(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ChinaTime.ZONE);
  }
}
