package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.register.CaseNotFoundException;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's operational views and the case timeline, over HTTP as the page calls them: open
 * cases by stage, deadlines overdue or due soon, incidents, open collective disputes, labels.
 */
class OperationsApiTests extends CaseProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired CaseTimeline timelines;

  @Test
  void openCasesAreCountedByStageWithTheirCollectiveDisputes() throws Exception {
    JsonNode before = get("/api/reports/open-cases");
    ProcessInstance collective = driver.registerThroughStartForm(CaseDriver.walkIn("workerCount", 12L));
    String stage = (String) records.register(driver.businessKey(collective)).get("status");

    JsonNode after = get("/api/reports/open-cases");

    assertThat(after.findValuesAsText("stage"))
        .containsExactly("registered", "accepted", "mediating", "agreement", "arbitration", "litigation");
    assertThat(after.findValuesAsText("label")).containsExactly("已登记", "已受理", "调解中", "已达成协议", "移交仲裁", "引导诉讼");
    assertThat(stage).isEqualTo("registered");
    assertThat(count(after, stage, "cases")).isEqualTo(count(before, stage, "cases") + 1);
    assertThat(count(after, stage, "collective")).isEqualTo(count(before, stage, "collective") + 1);
  }

  @Test
  void collectiveDisputesListOpenCasesOnly() throws Exception {
    ProcessInstance open = driver.registerThroughStartForm(CaseDriver.walkIn("workerCount", 15L, "applicantName", "周集体"));
    String openNumber = driver.businessKey(open);
    jdbc.update("""
        insert into case_register (case_number, case_year, case_seq, channel, applicant_name, applicant_id_masked,
          applicant_id_hash, employer_name, employer_credit_code, dispute_type, claimed_amount, worker_count, collective,
          status, outcome, received_on, closed_on, created_at, updated_at)
        values (?, 1998, ?, 'window', '已结集体', 'x', 'x', '某厂', '91360802MA35L0JX7X', 'wages', 1, 30, true, 'closed', 'withdrawn',
          ?, ?, ?, ?)""",
        "DASH-CLOSED-" + System.nanoTime(), (int) (System.nanoTime() % 100000), java.sql.Date.valueOf("2026-01-05"),
        java.sql.Date.valueOf("2026-02-05"), OffsetDateTime.now(), OffsetDateTime.now());

    JsonNode disputes = get("/api/reports/collective-disputes?size=200").get("items");

    JsonNode row = byCaseNumber(disputes, openNumber);
    assertThat(row.get("applicantName").asText()).isEqualTo("周集体");
    assertThat(row.get("workerCount").asInt()).isEqualTo(15);
    assertThat(row.get("stage").asText()).isEqualTo("registered");
    assertThat(row.get("receivedOn").asText()).isEqualTo("2026-09-21");
    assertThat(row.get("processInstanceId").asText()).isEqualTo(open.getId());
    assertThat(disputes.findValuesAsText("applicantName")).doesNotContain("已结集体");
    assertThat(disputes.findValuesAsText("workerCount").stream().mapToInt(Integer::parseInt).min().orElse(10)).isGreaterThanOrEqualTo(10);
  }

  @Test
  void incidentsArePagedWithTheirTotalTheDatabasePickingThePage() throws Exception {
    Task session = new CaseFixtures(engine).caseAtMediation("mediator-union");
    List<Incident> created = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        created.add(engine.getRuntimeService().createIncident("onedoorProbe", session.getExecutionId(), "probe", "分页" + i));
      }
      long roots = engine.getRuntimeService().createIncidentQuery().list().stream()
          .filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId())).count();

      List<String> seen = new ArrayList<>();
      for (int page = 0; page * 2 < roots; page++) {
        JsonNode one = get("/api/reports/incidents?page=" + page + "&size=2");
        assertThat(one.get("page").asInt()).isEqualTo(page);
        assertThat(one.get("size").asInt()).isEqualTo(2);
        assertThat(one.get("total").asLong()).isEqualTo(roots);
        assertThat(one.get("items").size()).isEqualTo((int) Math.min(2, roots - page * 2L));
        one.get("items").forEach(row -> seen.add(row.get("id").asText()));
      }
      assertThat(seen).doesNotHaveDuplicates().hasSize((int) roots)
          .containsAll(created.stream().map(Incident::getId).toList());
      assertThat(get("/api/reports/incidents?page=" + roots).get("items")).isEmpty();
      assertThat(get("/api/reports/incidents").get("size").asInt()).isEqualTo(50);
    } finally {
      // resolving one probe on an execution may take its siblings with it
      created.stream().filter(incident -> engine.getRuntimeService().createIncidentQuery().incidentId(incident.getId()).count() > 0)
          .forEach(incident -> engine.getRuntimeService().resolveIncident(incident.getId()));
    }
  }

  @Test
  void collectiveDisputesArePagedOldestFirstWithTheirTotal() throws Exception {
    for (int i = 0; i < 3; i++) {
      driver.registerThroughStartForm(CaseDriver.walkIn("workerCount", 11L + i, "applicantName", "分页集体" + i));
    }
    long total = jdbc.queryForObject("select count(*) from case_register where collective and status <> 'closed'", Long.class);
    assertThat(total).isGreaterThanOrEqualTo(3);

    List<String> seen = new ArrayList<>();
    List<String> received = new ArrayList<>();
    for (int page = 0; page * 2 < total; page++) {
      JsonNode one = get("/api/reports/collective-disputes?page=" + page + "&size=2");
      assertThat(one.get("total").asLong()).isEqualTo(total);
      assertThat(one.get("items").size()).isEqualTo((int) Math.min(2, total - page * 2L));
      one.get("items").forEach(row -> {
        seen.add(row.get("caseNumber").asText());
        received.add(row.get("receivedOn").asText());
      });
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize((int) total);
    assertThat(received).as("oldest first across the pages").isSorted();
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=-1", "size=0", "size=201", "size=abc", "page=x", "page=1.5", "size=-3"})
  void pagedReportsAnswerBadPagesWithAChinese400(String query) {
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    for (String path : List.of("/api/reports/incidents?", "/api/reports/collective-disputes?")) {
      var response = supervisor.get(path + query);
      assertThat(response.statusCode()).as(path + query).isEqualTo(400);
      assertThat(response.body()).contains(query.startsWith("page") ? "bad_page" : "bad_size").contains("之间的整数");
    }
    assertThat(supervisor.get("/api/reports/incidents?size=200").statusCode()).isEqualTo(200);
  }

  @Test
  void deadlinesListCasesOverdueOrDueWithinTheWindow() throws Exception {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());   // review due Thursday 24 September
    String caseNumber = driver.businessKey(kase);

    JsonNode firstPage = get("/api/reports/deadlines?size=200");
    JsonNode dueSoon = byCaseNumber(firstPage.get("items"), caseNumber);
    assertThat(dueSoon.get("deadlineName").asText()).isEqualTo("审查受理条件");
    assertThat(dueSoon.get("due").asText()).startsWith("2026-09-24T23:59:59");
    assertThat(dueSoon.get("daysLeft").asLong()).isEqualTo(3);
    assertThat(dueSoon.get("overdue").asBoolean()).isFalse();
    assertThat(dueSoon.get("facts").get("applicantName").asText()).isEqualTo("赵小红");
    assertThat(dueSoon.get("facts").get("employerName").asText()).isEqualTo("吉安市某某制衣有限公司");
    assertThat(dueSoon.get("facts").get("processInstanceId").asText()).isEqualTo(kase.getId());
    assertThat(get("/api/reports/deadlines?days=2&size=200").get("items").findValuesAsText("caseNumber")).doesNotContain(caseNumber);
    // a page at a time, in the same order, with the number of all of them
    long total = firstPage.get("total").asLong();
    assertThat(total).isGreaterThanOrEqualTo(firstPage.get("items").size()).isPositive();
    List<String> paged = new ArrayList<>();
    for (int page = 0; page * 2L < Math.min(total, 200); page++) {
      JsonNode one = get("/api/reports/deadlines?page=" + page + "&size=2");
      assertThat(one.get("total").asLong()).isEqualTo(total);
      assertThat(one.get("size").asInt()).isEqualTo(2);
      one.get("items").forEach(item -> paged.add(item.get("caseNumber").asText()));
    }
    List<String> first = new ArrayList<>();
    firstPage.get("items").forEach(item -> first.add(item.get("caseNumber").asText()));
    assertThat(paged).isEqualTo(first);

    driver.today(LocalDate.of(2026, 9, 25));
    JsonNode overdue = byCaseNumber(get("/api/reports/deadlines?days=0&size=200").get("items"), caseNumber);
    assertThat(overdue.get("overdue").asBoolean()).isTrue();
    assertThat(overdue.get("daysLeft").asLong()).isEqualTo(-1);

    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    assertThat(supervisor.get("/api/reports/deadlines?days=31").statusCode()).isEqualTo(400);
    assertThat(supervisor.get("/api/reports/deadlines?days=abc").body()).contains("bad_days").contains("0 至 30");
    for (String query : List.of("size=201", "size=0", "page=-1", "page=x", "size=1e3")) {
      assertThat(supervisor.get("/api/reports/deadlines?" + query).statusCode()).as(query).isEqualTo(400);
    }
  }

  @Test
  void incidentsShowTheirCaseStepAndMessageOnceAtTheRootCause() throws Exception {
    // a step inside the called mediation process: the engine also marks the call activity above it
    Task session = new CaseFixtures(engine).caseAtMediation("mediator-union");
    String caseNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(session.getProcessInstanceId())
        .singleResult().getBusinessKey();
    String message = "短信网关无响应（测试）" + System.nanoTime();
    Incident incident = engine.getRuntimeService().createIncident("onedoorProbe", session.getExecutionId(), "probe", message);
    try {
      assertThat(engine.getRuntimeService().createIncidentQuery().rootCauseIncidentId(incident.getId()).list())
          .extracting(i -> i.getActivityId()).containsExactlyInAnyOrder("Task_ScheduleSession", "CallActivity_Mediation");

      List<JsonNode> listed = new ArrayList<>();
      get("/api/reports/incidents?size=200").get("items").forEach(row -> {
        if (caseNumber.equals(row.path("caseNumber").asText())) {
          listed.add(row);
        }
      });

      assertThat(listed).as("the case's incidents: the cause only, not its mark on the call activity").hasSize(1);
      JsonNode row = listed.get(0);
      assertThat(row.get("message").asText()).isEqualTo(message);
      assertThat(row.get("caseNumber").asText()).isEqualTo(caseNumber);
      assertThat(row.get("processKey").asText()).isEqualTo("CaseMediation");
      assertThat(row.get("processName").asText()).isEqualTo("调解");
      assertThat(row.get("activityId").asText()).isEqualTo("Task_ScheduleSession");
      assertThat(row.get("activityName").asText()).isEqualTo("安排调解会议");
      assertThat(row.get("incidentType").asText()).isEqualTo("onedoorProbe");
      assertThat(row.get("processInstanceId").asText()).isEqualTo(session.getProcessInstanceId());
      assertThat(row.get("occurredAt").asText()).startsWith("2026-09-21T09:00");

      JsonNode timeline = get("/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "/timeline");
      assertThat(timeline.get("incidents")).hasSize(1);
      assertThat(timeline.get("incidents").get(0).get("message").asText()).isEqualTo(message);
      assertThat(timeline.get("incidents").get(0).get("open").asBoolean()).isTrue();
    } finally {
      engine.getRuntimeService().resolveIncident(incident.getId());
    }
    assertThat(get("/api/reports/incidents?size=200").findValuesAsText("message")).doesNotContain(message);
  }

  @Test
  void timelineShowsTheCaseAndItsCalledProcessesInOrderWithoutGateways() throws Exception {
    Task session = new CaseFixtures(engine).caseAtMediation("mediator-union");
    ProcessInstance sub = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(session.getProcessInstanceId())
        .singleResult();
    String caseNumber = sub.getBusinessKey();
    String rootId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("LaborDisputeCase").singleResult().getId();

    JsonNode timeline = get("/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "/timeline");

    assertThat(timeline.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(timeline.get("processInstanceId").asText()).isEqualTo(rootId);
    assertThat(timeline.get("state").asText()).isEqualTo("办理中");
    List<String> steps = timeline.get("steps").findValuesAsText("activityId");
    assertThat(steps).containsSubsequence("StartEvent_CaseReceived", "Task_RegisterCase", "Task_ReviewEligibility",
        "CallActivity_Mediation", "StartEvent_MediationStarted", "Task_ScheduleSession");
    assertThat(steps).noneMatch(id -> id.startsWith("Gateway_"));
    JsonNode review = step(timeline, "Task_ReviewEligibility");
    assertThat(review.get("activityName").asText()).isEqualTo("审查受理条件");
    assertThat(review.get("kind").asText()).isEqualTo("人工办理");
    assertThat(review.get("end").isNull()).isFalse();
    JsonNode open = step(timeline, "Task_ScheduleSession");
    assertThat(open.get("processKey").asText()).isEqualTo("CaseMediation");
    assertThat(open.get("processInstanceId").asText()).isEqualTo(sub.getId());
    assertThat(open.has("end") && !open.get("end").isNull()).isFalse();
  }

  @Test
  void timelineOfAnUnknownCaseIs404InChinese() {
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    var response = supervisor.get("/api/cases/" + URLEncoder.encode("吉劳调〔1990〕9999号", StandardCharsets.UTF_8) + "/timeline");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("no_case").contains("案件登记簿中没有该案件");
  }

  @Test
  void aRegisteredCaseWithoutProcessRecordHasNoTimelineADomainExceptionAnswered404() {
    String caseNumber = "TIMELINE-NO-PROCESS-" + System.nanoTime();
    jdbc.update("""
        insert into case_register (case_number, case_year, case_seq, process_instance_id, channel, applicant_name,
          applicant_id_masked, applicant_id_hash, employer_name, employer_credit_code, dispute_type, claimed_amount,
          worker_count, collective, status, outcome, received_on, closed_on, created_at, updated_at)
        values (?, 1990, ?, 'no-such-process-instance', 'window', '无流程', 'x', 'x', '某厂', '91360802MA35L0JX7X', 'wages',
          1, 1, false, 'closed', 'withdrawn', ?, ?, ?, ?)""",
        caseNumber, (int) (System.nanoTime() % 100000), java.sql.Date.valueOf("1990-01-05"),
        java.sql.Date.valueOf("1990-02-05"), OffsetDateTime.now(), OffsetDateTime.now());

    // what a job (the case e-file) meets: a domain exception, no HTTP status
    assertThatThrownBy(() -> timelines.of(caseNumber)).isInstanceOf(CaseNotFoundException.class)
        .hasMessageContaining("没有该案件的流程记录");
    var response = HttpTestClient.basic(port, "supervisor", "demo").get("/api/cases/" + caseNumber + "/timeline");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("no_case").contains("案件登记簿中没有该案件的流程记录");
  }

  @Test
  void labelsNameEveryCodeInChinese() throws Exception {
    JsonNode labels = get("/api/reports/labels");
    assertThat(labels.get("channel").get("court_entrusted").asText()).isEqualTo("法院委派调解");
    assertThat(labels.get("disputeType").get("wages").asText()).isEqualTo("追索劳动报酬");
    assertThat(labels.get("mediatorPool").get("mediator-union").asText()).isEqualTo("工会法律服务工作者");
    assertThat(labels.get("stage").get("mediating").asText()).isEqualTo("调解中");
    assertThat(labels.get("mediator").get("mediator").asText()).isEqualTo("李明（mediator）");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/reports/open-cases", "/api/reports/deadlines", "/api/reports/incidents",
      "/api/reports/collective-disputes", "/api/reports/labels", "/api/reports/kpi?from=2025-01-01&to=2025-12-31"})
  void onlySupervisorsAndAdministratorsMayRead(String path) {
    assertThat(HttpTestClient.anonymous(port).get(path).statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get(path).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "clerk", "demo").get(path).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "admin", "demo").get(path).statusCode()).isIn(200, 404);
    assertThat(HttpTestClient.basic(port, "supervisor", "demo").get(path).statusCode()).isIn(200, 404);
  }

  @Test
  void theCockpitLoginSessionReadsTheViewsAsTheDashboardDoes() {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    browser.webappLogin("cockpit", "supervisor", "demo");
    assertThat(browser.get("/api/reports/open-cases").statusCode()).isEqualTo(200);
    HttpTestClient mediator = HttpTestClient.anonymous(port);
    mediator.webappLogin("tasklist", "mediator", "demo");
    assertThat(mediator.get("/api/me").statusCode()).isEqualTo(200);
    assertThat(mediator.get("/api/reports/open-cases").statusCode()).isEqualTo(403);
  }

  private JsonNode get(String path) throws Exception {
    var response = HttpTestClient.basic(port, "supervisor", "demo").get(path);
    assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static long count(JsonNode stages, String stage, String field) {
    for (JsonNode row : stages) {
      if (row.get("stage").asText().equals(stage)) {
        return row.get(field).asLong();
      }
    }
    throw new AssertionError("no stage " + stage);
  }

  private static JsonNode byCaseNumber(JsonNode rows, String caseNumber) {
    for (JsonNode row : rows) {
      if (row.get("caseNumber").asText().equals(caseNumber)) {
        return row;
      }
    }
    throw new AssertionError(caseNumber + " not in " + rows);
  }

  private static JsonNode step(JsonNode timeline, String activityId) {
    for (JsonNode step : timeline.get("steps")) {
      if (step.get("activityId").asText().equals(activityId)) {
        return step;
      }
    }
    throw new AssertionError(activityId + " not in the timeline");
  }
}
