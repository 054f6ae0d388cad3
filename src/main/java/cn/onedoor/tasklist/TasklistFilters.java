package cn.onedoor.tasklist;

import cn.onedoor.process.CaseVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's shared filters, created at every start when missing (by name; an administrator's
 * changes to an existing filter are kept). Everyone may read them; what each shows is still limited
 * by the user's authorizations, so a mediator sees her pools' tasks only. All sort by the statutory
 * due date and show 案号, 申请人, 被申请人 and 法定期限 (task-local copies, {@link CaseTaskListener}).
 * The pool filters ask for the user's pools ({@code ${currentUserPools()}}, {@link InboxFunctions}),
 * so a mediator's query never scans another pool's tasks. A filter saved by an earlier release (no
 * {@code onedoorVersion} property, or a lower one) is brought up to this definition once.
 */
@Component
@Order(20)
class TasklistFilters extends AbstractCamundaConfiguration {

  static final String MY_TASKS = "我的待办";
  static final String MY_POOLS = "本组待认领";
  static final String DUE_SOON = "三日内到期";
  static final String COLLECTIVE = "集体争议";
  static final String BY_DEADLINE = "全部待办（按法定期限）";
  /** The version of the definitions below; a stored filter of a lower version is rewritten. */
  static final int VERSION = 2;
  static final String VERSION_PROPERTY = "onedoorVersion";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    FilterService filters = engine.getFilterService();
    TaskService tasks = engine.getTaskService();
    ensure(filters, MY_TASKS, 1, "指派给我的任务，按法定期限排序",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(filters, MY_POOLS, 2, "我所在调解员组、尚未认领的任务",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensure(filters, DUE_SOON, 3, "三日内到期或已逾期的任务",
        tasks.createTaskQuery().taskCandidateGroupInExpression(POOLS).includeAssignedTasks()
            .dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
    ensure(filters, COLLECTIVE, 4, "涉及十人以上劳动者的集体争议（优先处置）",
        tasks.createTaskQuery().taskCandidateGroupInExpression(POOLS).includeAssignedTasks()
            .processVariableValueEquals(CaseVariables.COLLECTIVE_DISPUTE, true));
    ensure(filters, BY_DEADLINE, 5, "我所在各组的全部任务（含已指派），逾期在前；中心负责人看全中心",
        tasks.createTaskQuery().taskCandidateGroupInExpression(POOLS).includeAssignedTasks());
  }

  private static final String POOLS = "${" + InboxFunctions.CURRENT_USER_POOLS + "()}";

  private static void ensure(FilterService filters, String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter != null && filter.getProperties() != null
        && filter.getProperties().get(VERSION_PROPERTY) instanceof Number version && version.intValue() >= VERSION) {
      return;
    }
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    filter.setQuery(query.orderByDueDate().asc());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put(VERSION_PROPERTY, VERSION);
    properties.put("variables", List.of(
        Map.of("name", CaseVariables.CASE_NUMBER, "label", "案号"),
        Map.of("name", CaseVariables.APPLICANT_NAME, "label", "申请人"),
        Map.of("name", CaseVariables.EMPLOYER_NAME, "label", "被申请人"),
        Map.of("name", CaseTaskListener.STATUTORY_DEADLINE, "label", "法定期限")));
    filter.setProperties(properties);
    filters.saveFilter(filter);
  }
}
