package cn.onedoor.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shared filters as Tasklist asks for them ({@code POST /engine-rest/filter/{id}/list}, HAL): each
 * entry carries 案号, 申请人, 被申请人 and 法定期限 for those who may see the task, and for nobody else.
 */
class CaseListsTests extends CaseProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void aMediatorsListsShowTheCaseOfEachTaskOfHerPool() throws IOException {
    ProcessInstance kase = acceptedCase("孙列表", "wages");
    String caseNumber = driver.businessKey(kase);
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");

    for (String filter : List.of(TasklistFilters.BY_DEADLINE, TasklistFilters.MY_POOLS)) {
      JsonNode task = onlyTask(list(mediator, filter, caseNumber));
      assertThat(task.path("taskDefinitionKey").asText()).isEqualTo("Task_ScheduleSession");
      assertThat(variables(task)).as(filter).containsEntry("caseNumber", caseNumber)
          .containsEntry("applicantName", "孙列表").containsEntry("employerName", "吉安市某某制衣有限公司")
          .containsEntry(CaseTaskListener.STATUTORY_DEADLINE, driver.dueDate(driver.task(kase, "Task_ScheduleSession")).toLocalDate().toString());
    }
  }

  @Test
  void anotherPoolsMediatorSeesNoneOfTheTasksAndTheSupervisorSeesThemAll() throws IOException {
    ProcessInstance union = acceptedCase("钱工会", "wages");
    ProcessInstance lawyers = acceptedCase("钱律师", "dismissal");
    HttpTestClient mediator2 = HttpTestClient.basic(port, "mediator2", "demo");
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");

    for (String filter : List.of(TasklistFilters.BY_DEADLINE, TasklistFilters.MY_POOLS, TasklistFilters.DUE_SOON)) {
      assertThat(list(mediator2, filter, driver.businessKey(union)).path("count").asLong()).as(filter).isZero();
    }
    assertThat(variables(onlyTask(list(mediator2, TasklistFilters.BY_DEADLINE, driver.businessKey(lawyers)))))
        .containsEntry("applicantName", "钱律师");
    assertThat(variables(onlyTask(list(supervisor, TasklistFilters.BY_DEADLINE, driver.businessKey(union)))))
        .containsEntry("applicantName", "钱工会").containsKey(CaseTaskListener.STATUTORY_DEADLINE);
  }

  @Test
  void tasklistsSearchFindsATaskByApplicantEmployerOrCaseNumberWithinThePoolOnly() throws IOException {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", "韩搜索",
        "employerName", "吉安市韩氏搜索五金有限公司"));
    driver.accept(kase);
    String caseNumber = driver.businessKey(kase);
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");
    HttpTestClient mediator2 = HttpTestClient.basic(port, "mediator2", "demo");

    for (String[] criterion : List.of(new String[] {"applicantName", "%韩搜%"}, new String[] {"employerName", "%韩氏搜索%"},
        new String[] {"caseNumber", caseNumber})) {
      String search = "{\"taskVariables\": [{\"name\": \"%s\", \"operator\": \"%s\", \"value\": \"%s\"}]}"
          .formatted(criterion[0], criterion[1].contains("%") ? "like" : "eq", criterion[1]);
      JsonNode found = search(mediator, TasklistFilters.BY_DEADLINE, search);
      assertThat(found.path("count").asLong()).as(criterion[0]).isOne();
      assertThat(variables(found.at("/_embedded/task/0"))).containsEntry("caseNumber", caseNumber);
      assertThat(search(mediator2, TasklistFilters.BY_DEADLINE, search).path("count").asLong()).as(criterion[0]).isZero();
    }
  }

  @Test
  void thePoolFiltersAskForTheUsersPoolsSortedByStatutoryDueDate() throws IOException {
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");
    for (String name : List.of(TasklistFilters.BY_DEADLINE, TasklistFilters.DUE_SOON, TasklistFilters.COLLECTIVE)) {
      Filter filter = engine.getFilterService().createFilterQuery().filterName(name).singleResult();
      JsonNode stored = JSON.readTree(mediator.get("/engine-rest/filter/" + filter.getId()).body());
      assertThat(stored.at("/query/candidateGroupsExpression").asText()).isEqualTo("${currentUserPools()}");
      assertThat(stored.at("/query/includeAssignedTasks").asBoolean()).isTrue();
      assertThat(stored.at("/query/sorting/0/sortBy").asText()).isEqualTo("dueDate");
      assertThat(stored.at("/query/sorting/0/sortOrder").asText()).isEqualTo("asc");
      assertThat(stored.at("/properties/variables").findValuesAsText("label")).containsExactly("案号", "申请人", "被申请人", "法定期限");
    }
    String config = Files.readString(Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js"));
    assertThat(config).contains("scripts/onedoor/default-sorting.js");
    assertThat(mediator.get("/camunda/app/tasklist/scripts/onedoor/default-sorting.js").body())
        .contains("sortBy: 'dueDate', sortOrder: 'asc'");
    assertThat(config).contains("scripts/onedoor/case-search-link.js");
    assertThat(mediator.get("/camunda/app/tasklist/scripts/onedoor/case-search-link.js").body()).contains("/cases/");
    HttpResponse<String> page = HttpTestClient.anonymous(port).get("/cases/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("查找案件").contains("cases.js");
  }

  @Test
  void theListedValuesCannotBeWrittenByStaff() throws IOException {
    ProcessInstance kase = acceptedCase("李不改", "wages");
    Task task = driver.task(kase, "Task_ScheduleSession");
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");

    HttpResponse<String> local = mediator.putJson("/engine-rest/task/" + task.getId() + "/localVariables/applicantName",
        "{\"value\": \"王冒名\", \"type\": \"String\"}");
    HttpResponse<String> submitted = mediator.postJson("/engine-rest/task/" + task.getId() + "/submit-form", """
        {"variables": {"sessionMode": {"value": "in_person"}, "sessionTime": {"value": "%sT09:30"},
          "sessionPlace": {"value": "中心第一调解室"}, "applicantName": {"value": "王冒名"}}}"""
        .formatted(driver.engineToday().plusDays(2)));

    assertThat(local.statusCode()).isBetween(400, 403);
    assertThat(submitted.statusCode()).isEqualTo(400);
    assertThat(submitted.body()).contains("applicantName");
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "applicantName")).isEqualTo("李不改");
  }

  /** A form field named like a listed copy would be written to the task's copy, not to the case: no task form has one. */
  @Test
  void noTaskFormOfACaseSubmitsAListedValue() throws IOException {
    Set<String> listed = Set.of("caseNumber", "applicantName", "employerName", CaseTaskListener.STATUTORY_DEADLINE);
    Set<String> notTaskFormsOfACase = Set.of("register-case.form", "start-consultation.form", "give-consultation.form");
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> !notTaskFormsOfACase.contains(f.getFileName().toString())).toList()) {
        List<String> keys = JSON.readTree(form.toFile()).findValuesAsText("key");
        assertThat(keys).as(form.toString()).doesNotContainAnyElementsOf(listed);
      }
    }
  }

  private ProcessInstance acceptedCase(String applicant, String disputeType) {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", applicant, "disputeType", disputeType));
    driver.accept(kase);
    return kase;
  }

  private JsonNode list(HttpTestClient user, String filterName, String caseNumber) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    HttpResponse<String> response = user.postHal("/engine-rest/filter/" + filter.getId() + "/list",
        "{\"processInstanceBusinessKey\": \"" + caseNumber + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode search(HttpTestClient user, String filterName, String body) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    HttpResponse<String> response = user.postHal("/engine-rest/filter/" + filter.getId() + "/list", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode onlyTask(JsonNode list) {
    assertThat(list.path("count").asLong()).as(list.toString()).isOne();
    return list.at("/_embedded/task/0");
  }

  private static Map<String, String> variables(JsonNode task) {
    Map<String, String> values = new HashMap<>();
    for (JsonNode variable : task.at("/_embedded/variable")) {
      values.put(variable.path("name").asText(), variable.path("value").asText());
    }
    return values;
  }
}
