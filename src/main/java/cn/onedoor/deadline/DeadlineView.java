package cn.onedoor.deadline;

import cn.onedoor.calendar.ChinaTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * Open cases by days left to their next statutory deadline, overdue first. A case's deadlines are
 * the due dates of its open tasks and the due dates of its timers (mediation period, performance,
 * arbitration acceptance and award), all set by {@link Deadlines}.
 */
@Service
public class DeadlineView {

  /** One case's nearest deadline. {@code daysLeft} is negative when overdue. */
  public record CaseDeadline(String caseNumber, String deadlineName, LocalDateTime due, long daysLeft, boolean overdue) {}

  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final RepositoryService repository;

  DeadlineView(TaskService tasks, ManagementService management, RuntimeService runtime, RepositoryService repository) {
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.repository = repository;
  }

  public List<CaseDeadline> openCases(LocalDate today) {
    record Candidate(String processInstanceId, String name, Date due) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().active().dueAfter(new Date(0)).list()) {
      candidates.add(new Candidate(task.getProcessInstanceId(), task.getName(), task.getDueDate()));
    }
    Map<String, String> timerNames = new HashMap<>();
    for (Job job : management.createJobQuery().timers().active().list()) {
      String name = timerNames.computeIfAbsent(job.getJobDefinitionId(), id -> timerName(job));
      candidates.add(new Candidate(job.getProcessInstanceId(), name, job.getDuedate()));
    }
    Set<String> instanceIds = new HashSet<>();
    candidates.forEach(c -> instanceIds.add(c.processInstanceId()));
    Map<String, String> caseNumbers = new HashMap<>();
    if (!instanceIds.isEmpty()) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
        if (instance.getBusinessKey() != null) {
          caseNumbers.put(instance.getId(), instance.getBusinessKey());
        }
      }
    }
    Map<String, CaseDeadline> nearest = new HashMap<>();
    for (Candidate candidate : candidates) {
      String caseNumber = caseNumbers.get(candidate.processInstanceId());
      if (caseNumber == null) {
        continue;
      }
      LocalDateTime due = LocalDateTime.ofInstant(candidate.due().toInstant(), ChinaTime.ZONE);
      long daysLeft = ChronoUnit.DAYS.between(today, due.toLocalDate());
      CaseDeadline deadline = new CaseDeadline(caseNumber, candidate.name(), due, daysLeft, due.toLocalDate().isBefore(today));
      nearest.merge(caseNumber, deadline, (a, b) -> a.due().isBefore(b.due()) ? a : b);
    }
    return nearest.values().stream().sorted(Comparator.comparing(CaseDeadline::due)).toList();
  }

  private String timerName(Job job) {
    JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
    if (definition == null) {
      return "计时器";
    }
    FlowElement element = repository.getBpmnModelInstance(job.getProcessDefinitionId()).getModelElementById(definition.getActivityId());
    return element == null || element.getName() == null ? definition.getActivityId() : element.getName();
  }
}
