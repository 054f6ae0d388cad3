package cn.onedoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseRecords;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code POST /api/cases} and the message endpoint, through HTTP as an online platform would call them. */
@OneDoorSpringTest
class CaseIntakeApiTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  static String application(String idNumber, String creditCode) {
    return """
        {"channel":"online",
         "applicant":{"name":"孙丽","idNumber":"%s","phone":"13912345678"},
         "employer":{"name":"吉安市某某电子有限公司","creditCode":"%s"},
         "claim":{"disputeType":"wages","amount":"8600.50","description":"拖欠2026年9月、10月工资","workerCount":1,"knownDate":"2026-11-05"}}
        """.formatted(idNumber, creditCode);
  }

  @Test
  void onlineApplicationIsRegisteredAndWaitsForReview() throws Exception {
    HttpResponse<String> response = clerk().postJson("/api/cases", application("360802198512120028", "91360821MA38ABCD13"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    String caseNumber = body.get("caseNumber").asText();
    assertThat(caseNumber).matches("吉劳调〔\\d{4}〕\\d{4}号");
    assertThat(body.get("limitationStatus").asText()).isEqualTo("OK");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ReviewEligibility").count()).isOne();
    assertThat(new CaseRecords(jdbc).register(caseNumber)).containsValue("online");
  }

  @Test
  void badApplicationGetsEveryErrorInChineseAndStoresNothing() throws Exception {
    int cases = count("case_register");
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

    HttpResponse<String> response = clerk().postJson("/api/cases", application("360802198512120027", "91360821MA38ABCD1X"));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("error").asText()).isEqualTo("invalid_application");
    assertThat(body.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("applicantIdNumber", "employerCreditCode");
    assertThat(body.get("message").asText()).contains("校验码");
    assertThat(count("case_register")).isEqualTo(cases);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void unreadableJsonIsA400NotAStackTrace() {
    HttpResponse<String> response = clerk().postJson("/api/cases", "{\"claim\": {\"workerCount\": \"many\"");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("unreadable_body").doesNotContain("Exception");
  }

  @Test
  void onlyIntakeRolesMayRegister() {
    assertThat(HttpTestClient.anonymous(port).postJson("/api/cases", "{}").statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").postJson("/api/cases", "{}").statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "supervisor", "demo").postJson("/api/cases", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void anOpenCaseOfTheSameWorkerAndEmployerIsShownNeverMerged() throws Exception {
    String first = JSON.readTree(clerk().postJson("/api/cases", application("360821197801011236", "91110000600037341L")).body())
        .get("caseNumber").asText();
    HttpResponse<String> second = clerk().postJson("/api/cases", application("360821197801011236", "91110000600037341L"));

    assertThat(second.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(second.body());
    assertThat(body.get("caseNumber").asText()).isNotEqualTo(first);
    assertThat(body.get("possibleDuplicates").findValuesAsText("")).isEmpty();
    assertThat(body.get("possibleDuplicates").toString()).contains(first);
  }

  @Test
  void concurrentRegistrationsGetUniqueGapFreeNumbers() throws Exception {
    int registrations = 16;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < registrations; i++) {
        calls.add(pool.submit(() -> clerk().postJson("/api/cases", application("11010519491231002X", "91360802MA35L0JX7X"))));
      }
      List<Integer> sequences = new ArrayList<>();
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String number = JSON.readTree(response.body()).get("caseNumber").asText();
        sequences.add(Integer.parseInt(number.replaceAll(".*〕(\\d{4})号", "$1")));
      }
      assertThat(sequences).doesNotHaveDuplicates();
      int min = sequences.stream().mapToInt(Integer::intValue).min().orElseThrow();
      int max = sequences.stream().mapToInt(Integer::intValue).max().orElseThrow();
      assertThat(max - min).as("no gaps among %s", sequences).isEqualTo(registrations - 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void messagesFromOutsideAreCheckedBeforeTheyReachACase() throws Exception {
    String caseNumber = JSON.readTree(clerk().postJson("/api/cases", application("110101199003078515", "91360800MA35XXXX14")).body())
        .get("caseNumber").asText();
    String encoded = java.net.URLEncoder.encode(caseNumber, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");

    HttpResponse<String> unknownCase = clerk().postJson("/api/cases/" + java.net.URLEncoder.encode("吉劳调〔2099〕9999号", java.nio.charset.StandardCharsets.UTF_8) + "/messages/award-issued", "{}");
    assertThat(unknownCase.statusCode()).isEqualTo(404);
    assertThat(unknownCase.body()).contains("unknown_case");

    HttpResponse<String> notWaiting = clerk().postJson("/api/cases/" + encoded + "/messages/award-issued", "{}");
    assertThat(notWaiting.statusCode()).isEqualTo(409);
    assertThat(notWaiting.body()).contains("当前不在等待");

    HttpResponse<String> futureDate = clerk().postJson("/api/cases/" + encoded + "/messages/award-issued", "{\"date\":\"2099-01-01\"}");
    assertThat(futureDate.statusCode()).isEqualTo(400);

    assertThat(clerk().postJson("/api/cases/" + encoded + "/messages/no-such-message", "{}").statusCode()).isEqualTo(404);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").postJson("/api/cases/" + encoded + "/messages/award-issued", "{}").statusCode())
        .isEqualTo(403);
  }

  @Test
  void apiIsDescribedInOpenApi() {
    HttpResponse<String> docs = HttpTestClient.anonymous(port).get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/cases").contains("/api/cases/{caseNumber}/messages/{message}").contains("IntakeRequest");
  }

  @Test
  void theSameIdempotencyKeyAndBodyGetTheFirstAnswerWithoutASecondCase() throws Exception {
    String key = "retry-" + java.util.UUID.randomUUID();
    int cases = count("case_register");

    HttpResponse<String> first = withKey(clerk(), key, application("360802198512120028", "91360821MA38ABCD13"));
    // the same body written differently (spacing, member order) is the same request
    HttpResponse<String> retry = withKey(clerk(), key, """
        {"claim":{"knownDate":"2026-11-05","workerCount":1,"description":"拖欠2026年9月、10月工资","amount":"8600.50","disputeType":"wages"},
         "employer":{"creditCode":"91360821MA38ABCD13","name":"吉安市某某电子有限公司"},
         "applicant":{"phone":"13912345678","idNumber":"360802198512120028","name":"孙丽"}, "channel":"online"}""");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(first.headers().firstValue("Idempotency-Key-Replayed")).hasValue("false");
    assertThat(retry.headers().firstValue("Idempotency-Key-Replayed")).hasValue("true");
    assertThat(count("case_register")).isEqualTo(cases + 1);
    assertThat(jdbc.queryForObject("select count(*) from idempotent_request where caller = 'clerk' and idempotency_key = ?",
        Integer.class, key)).isOne();
  }

  @Test
  void theSameIdempotencyKeyWithAnotherBodyIsAConflictAndRegistersNothing() {
    String key = "retry-" + java.util.UUID.randomUUID();
    assertThat(withKey(clerk(), key, application("360802198512120028", "91360821MA38ABCD13")).statusCode()).isEqualTo(201);
    int cases = count("case_register");

    HttpResponse<String> other = withKey(clerk(), key, application("110101199003078515", "91360821MA38ABCD13"));

    assertThat(other.statusCode()).isEqualTo(409);
    assertThat(other.body()).contains("idempotency_key_reused").contains("另一份不同的申请");
    assertThat(count("case_register")).isEqualTo(cases);
  }

  @Test
  void idempotencyKeysBelongToTheirCaller() throws Exception {
    String key = "shared-" + java.util.UUID.randomUUID();
    HttpResponse<String> clerks = withKey(clerk(), key, application("360802198512120028", "91360821MA38ABCD13"));
    HttpResponse<String> admins = withKey(HttpTestClient.basic(port, "admin", "demo"), key,
        application("360802198512120028", "91360821MA38ABCD13"));

    assertThat(clerks.statusCode()).isEqualTo(201);
    assertThat(admins.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(admins.body()).get("caseNumber").asText())
        .isNotEqualTo(JSON.readTree(clerks.body()).get("caseNumber").asText());
  }

  @Test
  void aBadIdempotencyKeyIsRefusedBeforeAnythingIsRegistered() {
    int cases = count("case_register");
    String body = application("360802198512120028", "91360821MA38ABCD13");

    HttpResponse<String> tooLong = withKey(clerk(), "k".repeat(201), body);
    HttpResponse<String> blank = withKey(clerk(), " ", body);

    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("invalid_idempotency_key").contains("最多 200 个字符");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(withKey(clerk(), "k".repeat(200), body).statusCode()).isEqualTo(201);
    assertThat(count("case_register")).isEqualTo(cases + 1);
    // a control character cannot travel in an HTTP header at all; the rule is checked directly
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IdempotentRequests.validKey("a\u0007b"))
        .hasMessageContaining("控制字符");
  }

  @Test
  void aFailedRegistrationLeavesNoKeySoTheCorrectedApplicationMayUseIt() {
    String key = "fix-" + java.util.UUID.randomUUID();
    HttpResponse<String> bad = withKey(clerk(), key, application("360802198512120027", "91360821MA38ABCD13"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(jdbc.queryForObject("select count(*) from idempotent_request where idempotency_key = ?", Integer.class, key)).isZero();

    assertThat(withKey(clerk(), key, application("360802198512120028", "91360821MA38ABCD13")).statusCode()).isEqualTo(201);
  }

  @Test
  void concurrentRequestsWithOneIdempotencyKeyRegisterOneCase() throws Exception {
    String key = "race-" + java.util.UUID.randomUUID();
    String body = application("360802198512120028", "91360821MA38ABCD13");
    int cases = count("case_register");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(pool.submit(() -> withKey(clerk(), key, body)));
      }
      java.util.Set<String> caseNumbers = new java.util.HashSet<>();
      for (Future<HttpResponse<String>> call : calls) {
        HttpResponse<String> response = call.get();
        // the stored answer, or 409 while the first is still registering
        assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
        if (response.statusCode() == 201) {
          caseNumbers.add(JSON.readTree(response.body()).get("caseNumber").asText());
        } else {
          assertThat(response.body()).contains("正在处理");
        }
      }
      assertThat(caseNumbers).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("case_register")).isEqualTo(cases + 1);
  }

  private static HttpResponse<String> withKey(HttpTestClient client, String key, String json) {
    return client.send(client.request("/api/cases").header("Content-Type", "application/json")
        .header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpTestClient clerk() {
    return HttpTestClient.basic(port, "clerk", "demo");
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
