package cn.onedoor.reporting;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.deadline.DeadlineView;
import cn.onedoor.register.CaseStage;
import cn.onedoor.register.RegisterFigures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What a supervisor watches today: open cases by stage, deadlines overdue or due soon, incidents and
 * open collective disputes. Reads the case register (indexed by status) and the engine's runtime
 * tables (open tasks, timers, incidents), never the history tables.
 */
@Service
public class OperationsView {

  /** Register stages of a case not yet closed, in the order a case passes them. */
  static final List<String> OPEN_STAGES = Arrays.stream(CaseStage.values())
      .filter(stage -> stage != CaseStage.CLOSED).map(CaseStage::code).toList();

  /** Register facts shown beside a case number. */
  public record CaseFacts(String caseNumber, String applicantName, String employerName, String disputeType,
                          int workerCount, String stage, String mediatorPool, String mediatorId,
                          LocalDate receivedOn, LocalDate mediationDeadline, String processInstanceId) {}

  public record StageCount(String stage, String label, long cases, long collective) {}

  /** A case whose nearest statutory deadline is past or within the window; {@code daysLeft} < 0 when overdue. */
  public record DueCase(String caseNumber, String deadlineName, LocalDateTime due, long daysLeft, boolean overdue,
                        CaseFacts facts) {}

  /** An open incident at its root cause, with the case it belongs to (null for a consultation). */
  public record OpenIncident(String id, String caseNumber, String processInstanceId, String processKey,
                             String processName, String activityId, String activityName, String incidentType,
                             String message, LocalDateTime occurredAt) {}

  private final RegisterFigures register;
  private final DeadlineView deadlines;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;

  OperationsView(RegisterFigures register, DeadlineView deadlines, RuntimeService runtime, RepositoryService repository,
                 JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.register = register;
    this.deadlines = deadlines;
    this.runtime = runtime;
    this.repository = repository;
  }

  /** Every open stage, with zero where no case stands, in process order. */
  public List<StageCount> openCasesByStage() {
    Map<String, long[]> counts = new HashMap<>();
    for (RegisterFigures.StageTotal total : register.stageTotals(OPEN_STAGES)) {
      counts.put(total.stage(), new long[] {total.cases(), total.collective()});
    }
    List<StageCount> stages = new ArrayList<>();
    for (String code : OPEN_STAGES) {
      long[] count = counts.getOrDefault(code, new long[2]);
      stages.add(new StageCount(code, CaseStage.fromCode(code).label(), count[0], count[1]));
    }
    return stages;
  }

  /**
   * Page {@code page} of {@code size} of the open cases whose nearest deadline is overdue or due within
   * {@code withinDays} days, most urgent first, with their number (the database picks them: issue #16).
   */
  public ReportPage<DueCase> dueCasePage(LocalDate today, int withinDays, int page, int size) {
    DeadlineView.Page due = deadlines.dueBy(today, today.plusDays(withinDays), size, (long) page * size);
    return new ReportPage<>(withFacts(due.items()), page, size, due.total());
  }

  /** Chunk {@code page} of {@code size} of the same, without their number (the export reads them all this way). */
  public List<DueCase> dueCases(LocalDate today, int withinDays, int page, int size) {
    return withFacts(deadlines.dueItems(today, today.plusDays(withinDays), size, (long) page * size));
  }

  private List<DueCase> withFacts(List<DeadlineView.CaseDeadline> due) {
    Map<String, CaseFacts> facts = facts(due.stream().map(DeadlineView.CaseDeadline::caseNumber).toList());
    return due.stream()
        .filter(deadline -> facts.containsKey(deadline.caseNumber()))
        .map(deadline -> new DueCase(deadline.caseNumber(), deadline.deadlineName(), deadline.due(), deadline.daysLeft(),
            deadline.overdue(), facts.get(deadline.caseNumber())))
        .toList();
  }

  /** A page of the open collective disputes, oldest first, with their number. */
  public ReportPage<CaseFacts> collectiveDisputes(int page, int size) {
    List<CaseFacts> items = register.collective(OPEN_STAGES, (long) page * size, size).stream().map(OperationsView::facts).toList();
    return new ReportPage<>(items, page, size, register.collectiveCount(OPEN_STAGES));
  }

  /**
   * Open incidents where they arose (a failed job in a called process also marks the call activity
   * above it; only the root cause is listed), newest first, with the case number from the business key:
   * one page, the database picking it, with the number of root causes.
   */
  public ReportPage<OpenIncident> incidents(int page, int size) {
    List<Root> roots = jdbc.query(ROOT_INCIDENTS + " order by INCIDENT_TIMESTAMP_ desc, ID_ offset " + (long) page * size
        + " rows fetch next " + size + " rows only", OperationsView::root);
    Long total = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT where ID_ = ROOT_CAUSE_INCIDENT_ID_", Long.class);
    return new ReportPage<>(describe(roots), page, size, total == null ? 0 : total);
  }

  private static final String ROOT_INCIDENTS = """
      select ID_, PROC_INST_ID_, PROC_DEF_ID_, ACTIVITY_ID_, FAILED_ACTIVITY_ID_, INCIDENT_TYPE_, INCIDENT_MSG_, INCIDENT_TIMESTAMP_
      from ACT_RU_INCIDENT where ID_ = ROOT_CAUSE_INCIDENT_ID_""";

  /** An incident that is its own root cause, as ACT_RU_INCIDENT holds it. */
  private record Root(String id, String processInstanceId, String processDefinitionId, String activityId, String failedActivityId,
                      String type, String message, java.sql.Timestamp at) {}

  private static Root root(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Root(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getString(7), rs.getTimestamp(8));
  }

  private List<OpenIncident> describe(List<Root> roots) {
    Set<String> instanceIds = roots.stream().map(Root::processInstanceId).filter(id -> id != null)
        .collect(Collectors.toSet());
    Map<String, String> caseNumbers = new HashMap<>();
    if (!instanceIds.isEmpty()) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
        caseNumbers.put(instance.getId(), instance.getBusinessKey());
      }
    }
    Map<String, ProcessDefinition> definitions = new HashMap<>();
    List<OpenIncident> incidents = new ArrayList<>();
    for (Root incident : roots) {
      ProcessDefinition definition = incident.processDefinitionId() == null ? null
          : definitions.computeIfAbsent(incident.processDefinitionId(), repository::getProcessDefinition);
      String activityId = incident.failedActivityId() != null ? incident.failedActivityId() : incident.activityId();
      incidents.add(new OpenIncident(incident.id(), caseNumbers.get(incident.processInstanceId()),
          incident.processInstanceId(), definition == null ? null : definition.getKey(),
          definition == null ? null : definition.getName(), activityId, activityName(definition, activityId),
          incident.type(), incident.message(),
          LocalDateTime.ofInstant(incident.at().toInstant(), ChinaTime.ZONE)));
    }
    return incidents;
  }

  /** Register facts of the given cases, by case number (cases not in the register are left out). */
  Map<String, CaseFacts> facts(Collection<String> caseNumbers) {
    Map<String, CaseFacts> facts = new LinkedHashMap<>();
    register.entries(caseNumbers).forEach((caseNumber, entry) -> facts.put(caseNumber, facts(entry)));
    return facts;
  }

  private static CaseFacts facts(RegisterFigures.Entry e) {
    return new CaseFacts(e.caseNumber(), e.applicantName(), e.employerName(), e.disputeType(), e.workerCount(), e.stage(),
        e.mediatorPool(), e.mediatorId(), e.receivedOn(), e.mediationDeadline(), e.processInstanceId());
  }

  private String activityName(ProcessDefinition definition, String activityId) {
    if (definition == null || activityId == null) {
      return activityId;
    }
    FlowElement element = repository.getBpmnModelInstance(definition.getId()).getModelElementById(activityId);
    return element == null || element.getName() == null ? activityId : element.getName();
  }
}
