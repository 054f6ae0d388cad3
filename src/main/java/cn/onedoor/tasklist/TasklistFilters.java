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
 * due date and show the case number and the applicant.
 */
@Component
@Order(20)
class TasklistFilters extends AbstractCamundaConfiguration {

  static final String MY_TASKS = "我的待办";
  static final String MY_POOLS = "本组待认领";
  static final String DUE_SOON = "三日内到期";
  static final String COLLECTIVE = "集体争议";
  static final String BY_DEADLINE = "全部待办（按法定期限）";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    FilterService filters = engine.getFilterService();
    TaskService tasks = engine.getTaskService();
    ensure(filters, MY_TASKS, 1, "指派给我的任务，按法定期限排序",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(filters, MY_POOLS, 2, "我所在调解员组、尚未认领的任务",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensure(filters, DUE_SOON, 3, "三日内到期或已逾期的任务",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
    ensure(filters, COLLECTIVE, 4, "涉及十人以上劳动者的集体争议（优先处置）",
        tasks.createTaskQuery().processVariableValueEquals(CaseVariables.COLLECTIVE_DISPUTE, true));
    ensure(filters, BY_DEADLINE, 5, "我有权查看的全部任务，逾期在前",
        tasks.createTaskQuery());
  }

  private static void ensure(FilterService filters, String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name);
    filter.setQuery(query.orderByDueDate().asc());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", CaseVariables.CASE_NUMBER, "label", "案号"),
        Map.of("name", CaseVariables.APPLICANT_NAME, "label", "申请人"),
        Map.of("name", CaseVariables.EMPLOYER_NAME, "label", "被申请人")));
    filter.setProperties(properties);
    filters.saveFilter(filter);
  }
}
