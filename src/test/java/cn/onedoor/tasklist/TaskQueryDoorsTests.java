package cn.onedoor.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every door to the task query answers the same through OneDoor's statement as through Camunda's:
 * {@code /engine-rest/task} (list, count, POST with sorting by a variable, or-queries, another pool's
 * candidate group, hostile paging) and Tasklist's filters, as mediators of two pools, the supervisor
 * and a clerk. Only who may see a task is OneDoor's SQL; every criterion stays Camunda's.
 */
class TaskQueryDoorsTests extends CaseProcessTest {

  @LocalServerPort int port;

  @AfterEach
  void oneDoorsStatementsAgain() {
    InboxQueryPlugin.setEnabled(true);
  }

  @Test
  void restAnswersAreTheSameThroughBothStatementsForEveryRole() {
    List<ProcessInstance> cases = new ArrayList<>();
    for (String[] kase : List.of(new String[] {"甲工资", "wages"}, new String[] {"乙工资", "wages"},
        new String[] {"丙解除", "dismissal"}, new String[] {"丁社保", "social_insurance"})) {
      ProcessInstance instance = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", kase[0], "disputeType", kase[1]));
      driver.accept(instance);
      cases.add(instance);
    }
    String caseNumber = driver.businessKey(cases.get(0));
    Filter byDeadline = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.BY_DEADLINE).singleResult();
    List<String[]> calls = List.of(
        new String[] {"GET", "/engine-rest/task?sortBy=dueDate&sortOrder=asc"},
        new String[] {"GET", "/engine-rest/task/count"},
        new String[] {"GET", "/engine-rest/task?candidateGroup=mediator-lawyer"},
        new String[] {"GET", "/engine-rest/task?processInstanceBusinessKey=" + caseNumber},
        new String[] {"GET", "/engine-rest/task?firstResult=0&maxResults=2147483647"},
        new String[] {"GET", "/engine-rest/task?sortBy=nonsense&sortOrder=asc"},
        new String[] {"POST", "/engine-rest/task", "{\"sorting\":[{\"sortBy\":\"processVariable\",\"sortOrder\":\"asc\","
            + "\"parameters\":{\"variable\":\"applicantName\",\"type\":\"String\"}}]}"},
        new String[] {"POST", "/engine-rest/task", "{\"orQueries\":[{\"candidateGroup\":\"mediator-union\",\"assignee\":\"mediator\"}]}"},
        new String[] {"POST", "/engine-rest/task/count", "{\"processVariables\":[{\"name\":\"applicantName\",\"operator\":\"like\",\"value\":\"%工资\"}]}"},
        new String[] {"POST", "/engine-rest/task", "{\"taskIdIn\":[\"' OR 1=1 --\"]}"},
        new String[] {"POST", "/engine-rest/filter/" + byDeadline.getId() + "/list?firstResult=0&maxResults=2147483647",
            "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}"},
        new String[] {"GET", "/engine-rest/filter/" + byDeadline.getId() + "/count"});

    int seenSomething = 0;
    for (String user : List.of("mediator", "mediator2", "supervisor", "clerk")) {
      HttpTestClient client = HttpTestClient.basic(port, user, "demo");
      for (String[] call : calls) {
        InboxQueryPlugin.setEnabled(false);
        HttpResponse<String> camunda = send(client, call);
        InboxQueryPlugin.setEnabled(true);
        long before = InboxTaskManager.RUN.get();
        HttpResponse<String> ours = send(client, call);
        String what = user + " " + String.join(" ", call);
        assertThat(ours.statusCode()).as(what).isEqualTo(camunda.statusCode());
        assertThat(sameAnswer(ours.body(), camunda.body())).as(what + "\nours:    " + ours.body() + "\nCamunda: " + camunda.body()).isTrue();
        assertThat(ours.statusCode()).as(what + ": " + ours.body()).isLessThan(500);
        if (ours.statusCode() == 200 && InboxTaskManager.RUN.get() > before) {
          seenSomething++;
        }
      }
    }
    // OneDoor's statement answered most of these calls (not the refused ones)
    assertThat(seenSomething).isGreaterThan(30);
  }

  @Test
  void negativeOrAbsurdPagingIsRefusedWithA400NamingTheParameter() {
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");
    for (String query : List.of("firstResult=-5", "maxResults=-1", "maxResults=abc", "firstResult=99999999999", "maxResults=")) {
      HttpResponse<String> response = mediator.get("/engine-rest/task?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.body()).as(query).contains("分页参数 " + query.substring(0, query.indexOf('=')));
    }
    assertThat(mediator.get("/engine-rest/task?firstResult=0&maxResults=2147483647").statusCode()).isEqualTo(200);
  }

  @Test
  void theDueDateIndexIsThereOnEveryDatabase() throws java.sql.SQLException {
    java.util.Set<String> indexes = new java.util.HashSet<>();
    try (java.sql.Connection connection = jdbc.getDataSource().getConnection()) {
      for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
        try (java.sql.ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (rows.next()) {
            indexes.add(String.valueOf(rows.getString("INDEX_NAME")).toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    assertThat(indexes).contains(InboxIndexes.NAME);
  }

  /**
   * The same tasks in the same order of the requested keys: tasks equal in them may come in another
   * order (Camunda settles ties by its distinct sort, OneDoor's statement by the task id), so the
   * calls ask for whole lists: a page cut among equal keys may hold other tasks of the same key.
   */
  private static boolean sameAnswer(String ours, String camunda) {
    String a = withoutReference(ours);
    String b = withoutReference(camunda);
    if (a.equals(b)) {
      return true;
    }
    try {
      var json = new com.fasterxml.jackson.databind.ObjectMapper();
      var x = json.readTree(a);
      var y = json.readTree(b);
      if (x.has("_embedded") && y.has("_embedded")) { // a filter's HAL list: its count and its tasks
        if (!x.path("count").equals(y.path("count"))) {
          return false;
        }
        x = x.path("_embedded").path("task");
        y = y.path("_embedded").path("task");
      }
      if (!x.isArray() || !y.isArray() || x.size() != y.size()) {
        return x.equals(y);
      }
      java.util.List<String> xs = new ArrayList<>();
      java.util.List<String> ys = new ArrayList<>();
      java.util.List<String> xDue = new ArrayList<>();
      java.util.List<String> yDue = new ArrayList<>();
      for (int i = 0; i < x.size(); i++) {
        xs.add(x.get(i).toString());
        ys.add(y.get(i).toString());
        xDue.add(x.get(i).path("due").asText());
        yDue.add(y.get(i).path("due").asText());
      }
      boolean sameTasks = new java.util.HashSet<>(xs).equals(new java.util.HashSet<>(ys));
      return sameTasks && xDue.equals(yDue);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static String withoutReference(String body) {
    return body.replaceAll("参考编号 [0-9A-F]+", "参考编号 …");
  }

  private static HttpResponse<String> send(HttpTestClient client, String[] call) {
    if (call[0].equals("GET")) {
      return client.get(call[1]);
    }
    return call[1].contains("/filter/") ? client.postHal(call[1], call[2]) : client.postJson(call[1], call[2]);
  }
}
