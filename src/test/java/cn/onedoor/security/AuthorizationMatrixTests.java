package cn.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import cn.onedoor.support.RoleMatrix;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every action, through the real entry points: the engine REST API (what
 * Tasklist, Cockpit and Camunda Modeler call) and the webapp login. Y = allowed, N = denied,
 * - = the role has no such task.
 */
@OneDoorSpringTest
class AuthorizationMatrixTests {

  private static final String MATRIX = """
      action                     admin  clerk  mediator  mediator2  lawyer  supervisor
      START_CASE                 Y      Y      N         N          Y       N
      SEE_OWN_TASK               Y      Y      Y         Y          -       -
      COMPLETE_OWN_TASK          Y      Y      Y         Y          -       -
      SEE_OTHER_POOL_TASK        Y      N      N         N          N       Y
      COMPLETE_OTHER_POOL_TASK   Y      N      N         N          N       N
      READ_INSTANCE              Y      N      N         N          N       Y
      READ_HISTORY               Y      N      N         N          N       Y
      DELETE_INSTANCE            Y      N      N         N          N       N
      MODIFY_INSTANCE            Y      N      N         N          N       N
      SUSPEND_INSTANCE           Y      N      N         N          N       N
      DEPLOY_MODEL               Y      N      N         N          N       N
      OPEN_TASKLIST              Y      Y      Y         Y          Y       Y
      OPEN_COCKPIT               Y      N      N         N          N       Y
      OPEN_ADMIN                 Y      N      N         N          N       N
      """;

  /** The pool whose tasks each demo user works; the clerk's own task is the eligibility review. */
  private static final Map<String, String> OWN_POOL = Map.of("mediator", "mediator-union", "mediator2", "mediator-lawyer");
  private static final Map<String, String> OTHER_POOL = Map.of("mediator2", "mediator-union");

  enum Action {
    START_CASE, SEE_OWN_TASK, COMPLETE_OWN_TASK, SEE_OTHER_POOL_TASK, COMPLETE_OTHER_POOL_TASK,
    READ_INSTANCE, READ_HISTORY, DELETE_INSTANCE, MODIFY_INSTANCE, SUSPEND_INSTANCE, DEPLOY_MODEL,
    OPEN_TASKLIST, OPEN_COCKPIT, OPEN_ADMIN
  }

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  static Stream<Arguments> matrix() {
    return RoleMatrix.cells(MATRIX).stream().map(cell -> Arguments.of(cell.get()[0],
        Action.valueOf((String) cell.get()[1]), cell.get()[2].equals("Y")));
  }

  @ParameterizedTest(name = "{0} {1} allowed={2}")
  @MethodSource("matrix")
  void roleMayDoExactlyWhatTheMatrixSays(String user, Action action, boolean expectedAllowed) {
    assertThat(attempt(user, action)).as("%s tries %s", user, action).isEqualTo(expectedAllowed);
  }

  private boolean attempt(String user, Action action) {
    HttpTestClient http = HttpTestClient.basic(port, user, "demo");
    CaseFixtures cases = new CaseFixtures(engine);
    return switch (action) {
      case START_CASE -> allowed(http.postJson("/engine-rest/process-definition/key/LaborDisputeCase/start",
          startCaseBody()), 200);
      case SEE_OWN_TASK -> sees(http, ownTask(user, cases));
      case COMPLETE_OWN_TASK -> completes(http, ownTask(user, cases));
      case SEE_OTHER_POOL_TASK -> sees(http, cases.caseAtMediation(OTHER_POOL.getOrDefault(user, "mediator-lawyer")));
      case COMPLETE_OTHER_POOL_TASK -> completes(http, cases.caseAtMediation(OTHER_POOL.getOrDefault(user, "mediator-lawyer")));
      case READ_INSTANCE -> allowed(http.get("/engine-rest/process-instance/" + cases.caseAtEligibilityReview().getProcessInstanceId()), 200);
      case READ_HISTORY -> allowed(http.get("/engine-rest/history/process-instance/" + cases.caseAtEligibilityReview().getProcessInstanceId()), 200);
      case DELETE_INSTANCE -> allowed(http.delete("/engine-rest/process-instance/" + cases.caseAtEligibilityReview().getProcessInstanceId()), 204);
      case MODIFY_INSTANCE -> allowed(http.postJson("/engine-rest/process-instance/" + cases.caseAtEligibilityReview().getProcessInstanceId() + "/modification",
          "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ReviewEligibility\"}]}"), 204);
      case SUSPEND_INSTANCE -> allowed(http.putJson("/engine-rest/process-instance/" + cases.caseAtEligibilityReview().getProcessInstanceId() + "/suspended",
          "{\"suspended\":true}"), 204);
      case DEPLOY_MODEL -> allowed(http.postMultipart("/engine-rest/deployment/create",
          Map.of("deployment-name", "matrix-" + user, "enable-duplicate-filtering", "false"),
          "MatrixProbe.bpmn", probeModel(user)), 200);
      case OPEN_TASKLIST -> allowed(HttpTestClient.anonymous(port).webappLogin("tasklist", user, "demo"), 200);
      case OPEN_COCKPIT -> allowed(HttpTestClient.anonymous(port).webappLogin("cockpit", user, "demo"), 200);
      case OPEN_ADMIN -> allowed(HttpTestClient.anonymous(port).webappLogin("admin", user, "demo"), 200);
    };
  }

  /** A complete walk-in application as the start form would submit it. */
  private static String startCaseBody() {
    StringBuilder json = new StringBuilder("{\"variables\":{");
    CaseFixtures.walkInCase().forEach((name, value) -> json.append('"').append(name).append("\":{\"value\":")
        .append(value instanceof String ? "\"" + value + "\"" : value).append("},"));
    json.setLength(json.length() - 1);
    return json.append("}}").toString();
  }

  private static Task ownTask(String user, CaseFixtures cases) {
    String pool = OWN_POOL.get(user);
    return pool == null ? cases.caseAtEligibilityReview() : cases.caseAtMediation(pool);
  }

  private static boolean sees(HttpTestClient http, Task task) {
    HttpResponse<String> response = http.get("/engine-rest/task?processInstanceId=" + task.getProcessInstanceId());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body().contains(task.getId());
  }

  private static boolean completes(HttpTestClient http, Task task) {
    // what the task's own form submits (a task takes nothing else), so that the case moves on
    String variables = "Task_ReviewEligibility".equals(task.getTaskDefinitionKey())
        ? """
          {"inScope":{"value":true},"employerConsents":{"value":true}}"""
        : """
          {"sessionMode":{"value":"in_person"},"sessionTime":{"value":"%s"},"sessionPlace":{"value":"中心第一调解室"}}"""
            .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1) + "T09:30");
    return allowed(http.postJson("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":" + variables + "}"), 204);
  }

  /** Allowed on the expected success status, denied on 403 or 404; anything else is a defect. */
  private static boolean allowed(HttpResponse<String> response, int success) {
    int status = response.statusCode();
    if (status == success) {
      return true;
    }
    if (status == 403 || status == 404) {
      return false;
    }
    return fail("Unexpected status %d: %s", status, response.body());
  }

  private static byte[] probeModel(String user) {
    String id = "MatrixProbe_" + user;
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://onedoor.cn/test">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Probe" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id)).getBytes(StandardCharsets.UTF_8);
  }
}
