package cn.onedoor.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.CaseRecords;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import cn.onedoor.support.RoleMatrix;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The write doors of {@code /engine-rest} a hostile staff user would try, role by role: each cell is
 * the HTTP status expected, and every refusal leaves the cases as they were (the task still open,
 * the register row and the variables unchanged, no notice). "-" = the role has no such task (an
 * administrator's BPMN error on a task without a catching boundary is the engine's own error).
 * The read doors and the webapps are in {@code AuthorizationMatrixTests}.
 */
@OneDoorSpringTest
class WriteDoorsMatrixTests {

  private static final String MATRIX = """
      door                               admin  clerk  mediator  mediator2  lawyer  supervisor
      COMPLETE_OWN_TASK_WITH_OTHER_CASE  400    400    400       400        -       403
      SUBMIT_FORM_WITH_UNKNOWN_FIELD     400    400    400       400        -       403
      COMPLETE_OWN_TASK_BAD_VALUE        400    400    400       400        -       403
      SET_TASK_VARIABLE                  204    403    403       403        -       403
      SET_INSTANCE_VARIABLES             204    403    403       403        403     403
      START_WITH_BUSINESS_KEY            200    400    403       403        400     403
      START_WITH_INSTRUCTIONS            200    403    403       403        403     403
      START_WITH_UNKNOWN_FIELD           200    400    403       403        400     403
      THROW_BPMN_ERROR_ON_OWN_TASK       -      403    403       403        -       403
      EXECUTE_CLEANUP_JOB                204    403    403       403        403     403
      REDATE_CLEANUP_JOB                 204    403    403       403        403     403
      SUSPEND_CLEANUP_JOB                204    403    403       403        403     403
      VERIFY_ANOTHER_USERS_PASSWORD      200    403    403       403        403     403
      """;

  private static final Map<String, String> OWN_POOL = Map.of("admin", "mediator-union", "mediator", "mediator-union",
      "mediator2", "mediator-lawyer", "supervisor", "mediator-union");

  enum Door {
    COMPLETE_OWN_TASK_WITH_OTHER_CASE, SUBMIT_FORM_WITH_UNKNOWN_FIELD, COMPLETE_OWN_TASK_BAD_VALUE, SET_TASK_VARIABLE,
    SET_INSTANCE_VARIABLES, START_WITH_BUSINESS_KEY, START_WITH_INSTRUCTIONS, START_WITH_UNKNOWN_FIELD,
    THROW_BPMN_ERROR_ON_OWN_TASK, EXECUTE_CLEANUP_JOB, REDATE_CLEANUP_JOB, SUSPEND_CLEANUP_JOB, VERIFY_ANOTHER_USERS_PASSWORD
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  static Stream<Arguments> matrix() {
    return RoleMatrix.cells(MATRIX).stream().map(cell -> Arguments.of(cell.get()[0],
        Door.valueOf((String) cell.get()[1]), Integer.parseInt((String) cell.get()[2])));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("matrix")
  void eachRoleGetsExactlyTheStatusTheMatrixSays(String user, Door door, int expected) {
    HttpTestClient http = HttpTestClient.basic(port, user, "demo");
    CaseFixtures cases = new CaseFixtures(engine);
    CaseRecords records = new CaseRecords(jdbc);
    Task own = needsTask(door) ? ownTask(user, cases) : null;
    Task other = cases.caseAtMediation("mediator-lawyer");
    String otherCase = businessKey(other);
    Map<String, Object> otherBefore = records.register(otherCase);
    Map<String, Object> ownBefore = own == null ? null : records.register(businessKey(own));
    int noticesBefore = records.count("select count(*) from notification");

    HttpResponse<String> response = attempt(http, user, door, own, otherCase);

    assertThat(response.statusCode()).as("%s %s: %s", user, door, response.body()).isEqualTo(expected);
    assertThat(response.body()).as("no internals in the answer")
        .doesNotContain("org.camunda", "java.", "Exception:", "###", "SQL");
    if (expected >= 400) {
      assertThat(records.register(otherCase)).as("the other case is untouched").isEqualTo(otherBefore);
      if (own != null) {
        assertThat(engine.getTaskService().createTaskQuery().taskId(own.getId()).count()).as("own task still open").isEqualTo(1);
        assertThat(records.register(businessKey(own))).as("own case row untouched").isEqualTo(ownBefore);
        assertThat(engine.getRuntimeService().getVariable(own.getProcessInstanceId(), "caseNumber"))
            .as("the case keeps its number").isEqualTo(businessKey(own));
      }
      assertThat(records.count("select count(*) from notification")).as("no notice went out").isEqualTo(noticesBefore);
    }
  }

  private HttpResponse<String> attempt(HttpTestClient http, String user, Door door, Task own, String otherCase) {
    Job cleanup = door.name().endsWith("CLEANUP_JOB") ? cleanupJob() : null;
    return switch (door) {
      case COMPLETE_OWN_TASK_WITH_OTHER_CASE -> http.postJson("/engine-rest/task/" + own.getId() + "/complete",
          "{\"variables\":" + formOf(own, "\"caseNumber\":{\"value\":\"" + otherCase + "\"},") + "}");
      case SUBMIT_FORM_WITH_UNKNOWN_FIELD -> http.postJson("/engine-rest/task/" + own.getId() + "/submit-form",
          "{\"variables\":" + formOf(own, "\"outcome\":{\"value\":\"withdrawn\"},") + "}");
      case COMPLETE_OWN_TASK_BAD_VALUE -> http.postJson("/engine-rest/task/" + own.getId() + "/complete",
          "{\"variables\":" + badFormOf(own) + "}");
      case SET_TASK_VARIABLE -> http.putJson("/engine-rest/task/" + own.getId() + "/variables/mediationDeadline",
          "{\"value\":\"2027-06-30\",\"type\":\"String\"}");
      case SET_INSTANCE_VARIABLES -> http.postJson("/engine-rest/process-instance/" + new CaseFixtures(engine)
          .caseAtEligibilityReview().getProcessInstanceId() + "/variables",
          "{\"modifications\":{\"claimAmount\":{\"value\":\"1.00\",\"type\":\"String\"}}}");
      case START_WITH_BUSINESS_KEY -> http.postJson("/engine-rest/process-definition/key/LaborDisputeCase/start",
          startBody("\"businessKey\":\"" + otherCase + "\","));
      case START_WITH_INSTRUCTIONS -> http.postJson("/engine-rest/process-definition/key/LaborDisputeCase/start",
          startBody("\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_RegisterCase\"}],"));
      case START_WITH_UNKNOWN_FIELD -> http.postJson("/engine-rest/process-definition/key/LaborDisputeCase/start",
          startBody("").replace("\"variables\":{", "\"variables\":{\"" + (user.equals("admin") ? "note" : "outcome")
              + "\":{\"value\":\"settled\"},"));
      case THROW_BPMN_ERROR_ON_OWN_TASK -> http.postJson("/engine-rest/task/" + own.getId() + "/bpmnError",
          "{\"errorCode\":\"CaseFileRejected\"}");
      case EXECUTE_CLEANUP_JOB -> http.postJson("/engine-rest/job/" + cleanup.getId() + "/execute", "{}");
      case REDATE_CLEANUP_JOB -> http.putJson("/engine-rest/job/" + cleanup.getId() + "/duedate",
          "{\"duedate\":\"2030-01-01T00:00:00.000+0800\"}");
      case SUSPEND_CLEANUP_JOB -> suspendAndRestore(http, cleanup);
      case VERIFY_ANOTHER_USERS_PASSWORD -> http.postJson("/engine-rest/identity/verify",
          "{\"username\":\"no-such-user\",\"password\":\"guess\"}");
    };
  }

  private HttpResponse<String> suspendAndRestore(HttpTestClient http, Job cleanup) {
    HttpResponse<String> response = http.putJson("/engine-rest/job/" + cleanup.getId() + "/suspended", "{\"suspended\":true}");
    engine.getManagementService().activateJobById(cleanup.getId());
    return response;
  }

  private Job cleanupJob() {
    List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
    if (jobs.isEmpty()) {
      engine.getHistoryService().cleanUpHistoryAsync();
      jobs = engine.getHistoryService().findHistoryCleanupJobs();
    }
    assertThat(jobs).as("history cleanup job").isNotEmpty();
    return jobs.get(0);
  }

  private static boolean needsTask(Door door) {
    return door.name().contains("TASK") || door.name().startsWith("COMPLETE") || door.name().startsWith("SUBMIT");
  }

  private static Task ownTask(String user, CaseFixtures cases) {
    String pool = OWN_POOL.get(user);
    return pool == null ? cases.caseAtEligibilityReview() : cases.caseAtMediation(pool);
  }

  private String businessKey(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }

  /** The task's own form, valid, plus {@code extra}. */
  private static String formOf(Task task, String extra) {
    if ("Task_ReviewEligibility".equals(task.getTaskDefinitionKey())) {
      return "{" + extra + "\"inScope\":{\"value\":true},\"employerConsents\":{\"value\":true}}";
    }
    return "{" + extra + "\"sessionMode\":{\"value\":\"in_person\"},\"sessionTime\":{\"value\":\"" + tomorrow()
        + "T09:30\"},\"sessionPlace\":{\"value\":\"中心第一调解室\"}}";
  }

  /** The task's own form with values it refuses: the employer asked though out of scope and no reason given, a session in 1999. */
  private static String badFormOf(Task task) {
    if ("Task_ReviewEligibility".equals(task.getTaskDefinitionKey())) {
      return "{\"inScope\":{\"value\":false},\"employerConsents\":{\"value\":false}}";
    }
    return "{\"sessionMode\":{\"value\":\"in_person\"},\"sessionTime\":{\"value\":\"1999-01-01T09:30\"},\"sessionPlace\":{\"value\":\"中心第一调解室\"}}";
  }

  private static String tomorrow() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
  }

  /** A complete walk-in application as the start form would submit it, plus {@code extra} request fields. */
  private static String startBody(String extra) {
    StringBuilder json = new StringBuilder("{" + extra + "\"variables\":{");
    CaseFixtures.walkInCase().forEach((name, value) -> json.append('"').append(name).append("\":{\"value\":")
        .append(value instanceof String ? "\"" + value + "\"" : value).append("},"));
    json.setLength(json.length() - 1);
    return json.append("}}").toString();
  }
}
