package cn.onedoor.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.OneDoorSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
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
  void collectiveFilterFindsCasesOfMoreThanTenWorkers() {
    Map<String, Object> application = CaseFixtures.walkInCase();
    application.put("workerCount", 15L);
    String instance = engine.getRuntimeService().startProcessInstanceByKey("LaborDisputeCase", application).getId();
    Filter collective = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.COLLECTIVE).singleResult();

    List<Task> visible = engine.getFilterService().list(collective.getId());
    assertThat(visible).extracting(Task::getProcessInstanceId).contains(instance);
  }
}
