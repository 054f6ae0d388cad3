package cn.onedoor.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.OneDoorSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared Tasklist filters: present once, readable by staff, each showing what its name says. */
@OneDoorSpringTest
class TasklistFiltersTests {

  @Autowired ProcessEngine engine;

  @Test
  void everyRoleSeesTheSharedFiltersSortedByDueDate() {
    List<Filter> filters = engine.getFilterService().createFilterQuery().list();
    assertThat(filters).extracting(Filter::getName).containsOnlyOnce(TasklistFilters.MY_TASKS, TasklistFilters.MY_POOLS,
        TasklistFilters.DUE_SOON, TasklistFilters.COLLECTIVE, TasklistFilters.BY_DEADLINE);
    Filter myPools = filters.stream().filter(f -> f.getName().equals(TasklistFilters.MY_POOLS)).findFirst().orElseThrow();
    assertThat(myPools.getProperties()).containsKey("variables");
    assertThat(myPools.getProperties().get("variables").toString()).contains("caseNumber", "applicantName");

    engine.getIdentityService().setAuthentication("mediator", List.of("mediator-union"));
    try {
      assertThat(engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_POOLS).count()).isOne();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void poolFilterShowsAMediatorHerPoolsUnclaimedTasksOnly() {
    CaseFixtures cases = new CaseFixtures(engine);
    Task union = cases.caseAtMediation("mediator-union");
    Task lawyers = cases.caseAtMediation("mediator-lawyer");
    Filter myPools = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MY_POOLS).singleResult();

    engine.getIdentityService().setAuthentication("mediator", List.of("mediator-union"));
    try {
      List<Task> visible = engine.getFilterService().list(myPools.getId());
      assertThat(visible).extracting(Task::getId).contains(union.getId()).doesNotContain(lawyers.getId());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aMediatorsInboxIsCheckedTaskByTaskAndSortedByTheTasksOwnDueDate() {
    // issue #16: with "auto" Camunda joins the user's authorization rows to the tasks, every task of
    // her pool against every authorization of her pool (seconds at 5,000 open cases, docs/benchmarks.md)
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("always");
    assertThat(configuration.isCmmnEnabled()).isFalse();
    assertThat(configuration.isStandaloneTasksEnabled()).isFalse();

    CaseFixtures cases = new CaseFixtures(engine);
    Task union = cases.caseAtMediation("mediator-union");
    Task lawyers = cases.caseAtMediation("mediator-lawyer");
    Filter byDeadline = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.BY_DEADLINE).singleResult();
    List<Task> visible;
    long count;
    engine.getIdentityService().setAuthentication("mediator", List.of("mediator-union"));
    try {
      // Tasklist adds its own sorting (created, newest first); the filter's due date comes first
      visible = engine.getFilterService().list(byDeadline.getId(), engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc());
      count = engine.getFilterService().count(byDeadline.getId());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(visible).extracting(Task::getId).contains(union.getId()).doesNotContain(lawyers.getId());
    assertThat(count).isEqualTo(visible.size());
    assertThat(visible).allSatisfy(task -> assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("mediator-union")));
    assertThat(visible.stream().map(Task::getDueDate).filter(java.util.Objects::nonNull).toList()).isSorted();
  }

  @Test
  void collectiveFilterFindsCasesOfMoreThanTenWorkers() {
    Map<String, Object> application = CaseFixtures.walkInCase();
    application.put("workerCount", 15L);
    String instance = engine.getRuntimeService().startProcessInstanceByKey("LaborDisputeCase", application).getId();
    Filter collective = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.COLLECTIVE).singleResult();

    List<Task> visible = engine.getFilterService().list(collective.getId());
    assertThat(visible).extracting(Task::getProcessInstanceId).contains(instance);
  }
}
