package cn.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error answers of the engine REST API and the webapps' engine API carry no internals: a 5xx a
 * generic Chinese message with a reference (the original in the log), class names or SQL a generic
 * message for the status; the guard's markers set status and message. Camunda's {@code type} stays.
 */
@OneDoorSpringTest
class EngineErrorBodiesTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.ProcessEngine engine;

  @Test
  void aServerErrorGetsAGenericChineseMessageWithAReferenceAndKeepsItsType() throws Exception {
    JsonNode body = rewritten(500, "{\"type\":\"ProcessEngineException\",\"message\":\"ENGINE-03004 Exception while executing "
        + "Database Operation 'INSERT UserEntity[x]' with message '\\n### Error flushing statements.  Cause: "
        + "org.apache.ibatis.executor.BatchExecutorException: insert into ACT_ID_USER'\",\"code\":0}", 500);
    assertThat(body.get("type").asText()).isEqualTo("ProcessEngineException");
    assertThat(body.get("code").asInt()).isZero();
    assertThat(body.get("message").asText()).matches("服务器内部错误，请联系管理员（参考编号 [0-9A-F]{10}）");
  }

  @Test
  void aClientErrorWithClassNamesOrSqlGetsTheGenericMessageOfItsStatus() throws Exception {
    for (String leak : new String[] {"Cannot convert value 'x' to java.lang.Integer", "Bad: org.h2.jdbc.JdbcSQLDataException",
        "### Error querying database", "SQL state 22001", "failed: insert into ACT_RU_VARIABLE", "select * from x",
        "NullPointerException: boom", "boom\n\tat cn.onedoor.X.y(X.java:1)"}) {
      JsonNode body = rewritten(400, JSON.createObjectNode().put("type", "InvalidRequestException").put("message", leak).toString(), 400);
      assertThat(body.get("message").asText()).as(leak).isEqualTo("请求有误，请检查提交的内容。");
      assertThat(body.get("type").asText()).isEqualTo("InvalidRequestException");
    }
    assertThat(rewritten(404, "{\"type\":\"RestException\",\"message\":\"at org.camunda.X\"}", 404).get("message").asText())
        .isEqualTo("请求的对象不存在。");
  }

  @Test
  void aPlainClientErrorPassesUnchanged() {
    assertThat(EngineErrorBodies.rewrite(404, bytes("{\"type\":\"RestException\",\"message\":\"Process instance with id x does not exist\"}"),
        "GET /engine-rest/x")).isNull();
  }

  @Test
  void theBadRequestMarkerMakesA400WithTheTextAfterIt() throws Exception {
    JsonNode body = rewritten(500, JSON.createObjectNode().put("type", "ProcessEngineException")
        .put("message", "Cannot instantiate process definition LaborDisputeCase:1:abc: " + EngineErrorMarkers.badRequest("以下字段不允许提交：caseNumber"))
        .toString(), 400);
    assertThat(body.get("message").asText()).isEqualTo("以下字段不允许提交：caseNumber");
    assertThat(body.get("type").asText()).isEqualTo("ProcessEngineException");
  }

  @Test
  void theForbiddenMarkerMakesA403WithTheTextAfterIt() throws Exception {
    JsonNode body = rewritten(500, JSON.createObjectNode().put("type", "ProcessEngineException")
        .put("message", EngineErrorMarkers.FORBIDDEN + " 仅管理员可执行作业").toString(), 403);
    assertThat(body.get("message").asText()).isEqualTo("仅管理员可执行作业");
    // the text after a marker is checked too
    assertThat(rewritten(400, "{\"message\":\"[OD-400] java.lang.IllegalStateException: x\"}", 400).get("message").asText())
        .isEqualTo("请求有误，请检查提交的内容。");
  }

  @Test
  void theEnginesEnglishAuthorizationRefusalBecomesChineseWithThePermissionsItNames() throws Exception {
    JsonNode body = rewritten(403, "{\"type\":\"AuthorizationException\",\"message\":\"The user with id 'mediator' does not have one of "
        + "the following permissions: 'TASK_WORK' permission on resource 't1' of type 'Task' or 'UPDATE_TASK' permission on resource "
        + "'LaborDisputeCase' of type 'ProcessDefinition'\",\"userId\":\"mediator\",\"missingAuthorizations\":["
        + "{\"permissionName\":\"TASK_WORK\",\"resourceName\":\"Task\",\"resourceId\":\"t1\"},"
        + "{\"permissionName\":\"UPDATE_TASK\",\"resourceName\":\"ProcessDefinition\",\"resourceId\":\"LaborDisputeCase\"}]}", 403);
    assertThat(body.get("message").asText())
        .isEqualTo("您无权执行此操作：需要任务的“办理任务”权限或流程定义的“修改任务”权限。如需办理，请联系本组负责人或管理员。");
    // the webapps read these members: they stay
    assertThat(body.get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(body.get("missingAuthorizations")).hasSize(2);
    assertThat(rewritten(403, "{\"type\":\"AuthorizationException\",\"message\":\"no\"}", 403).get("message").asText())
        .isEqualTo("您无权执行此操作。");
  }

  @Test
  void aMediatorClaimingTheClerksTaskOverEngineRestIsRefusedInChinese() {
    cn.onedoor.support.CaseDriver driver = new cn.onedoor.support.CaseDriver(engine);
    String task = driver.task(driver.registerThroughStartForm(cn.onedoor.support.CaseDriver.walkIn()), "Task_ReviewEligibility").getId();
    HttpResponse<String> response = HttpTestClient.basic(port, "mediator", "demo")
        .postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"mediator\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("您无权执行此操作：需要").contains("AuthorizationException");
    assertThat(response.body()).doesNotContain("The user with id").doesNotContain("permission on resource");
  }

  @Test
  void aBodyThatIsNoJsonBecomesJson() throws Exception {
    JsonNode body = rewritten(500, "<html>java.lang.NullPointerException</html>", 500);
    assertThat(body.get("message").asText()).startsWith("服务器内部错误");
    assertThat(body.get("type").asText()).isEqualTo("ServerError");
  }

  @Test
  void aDatabaseErrorThroughEngineRestShowsNoInternals() throws Exception {
    // a user id beyond ACT_ID_USER.ID_ (64 characters): the insert fails in the database
    String user = "{\"profile\":{\"id\":\"" + "a".repeat(300) + "\",\"firstName\":\"A\",\"lastName\":\"B\"},\"credentials\":{\"password\":\"x\"}}";
    HttpResponse<String> response = HttpTestClient.basic(port, "admin", "demo").postJson("/engine-rest/user/create", user);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
    assertNoInternals(response.body());
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("message").asText()).startsWith("服务器内部错误，请联系管理员（参考编号 ");
    assertThat(body.has("type")).isTrue();
  }

  @Test
  void aDatabaseErrorThroughTheWebappsEngineApiShowsNoInternals() throws Exception {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    assertThat(browser.webappLogin("admin", "admin", "demo").statusCode()).isEqualTo(200);
    String user = "{\"profile\":{\"id\":\"" + "b".repeat(300) + "\",\"firstName\":\"A\",\"lastName\":\"B\"},\"credentials\":{\"password\":\"x\"}}";
    HttpResponse<String> response = browser.send(browser.request("/camunda/api/engine/engine/default/user/create")
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", browser.csrfToken())
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(user)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
    assertNoInternals(response.body());
  }

  @Test
  void aSuccessfulAnswerStreamsThroughUnchanged() {
    HttpResponse<String> response = HttpTestClient.basic(port, "admin", "demo").get("/engine-rest/process-definition?key=LaborDisputeCase");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"key\":\"LaborDisputeCase\"");
  }

  static void assertNoInternals(String body) {
    assertThat(body).doesNotContain("###").doesNotContain("org.").doesNotContain("java.").doesNotContain("SQL")
        .doesNotContain("Exception:").doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("select ");
  }

  private static JsonNode rewritten(int status, String body, int expectedStatus) throws Exception {
    EngineErrorBodies.Rewritten rewritten = EngineErrorBodies.rewrite(status, bytes(body), "POST /engine-rest/test");
    assertThat(rewritten).as(body).isNotNull();
    assertThat(rewritten.status()).isEqualTo(expectedStatus);
    return JSON.readTree(rewritten.body());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
