package cn.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.external.CallbackSignatures;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The callback endpoint trusts nobody by login: only a body signed with the system's shared secret,
 * recently, for a message that system may send, about a case that exists and waits for it.
 */
class CallbackTests extends CaseProcessTest {

  static final String COURT_SECRET = "demo-court-callback-secret";
  static final String ARBITRATION_SECRET = "demo-arbitration-callback-secret";

  @LocalServerPort int port;
  HttpTestClient outsider;
  String caseNumber;

  @BeforeEach
  void caseWaitingForTheCommission() {
    outsider = HttpTestClient.anonymous(port);
    ProcessInstance kase = driver.failedMediation();
    driver.executeJob(kase, "Task_HandOverToArbitration");
    caseNumber = driver.businessKey(kase);
  }

  @Test
  void aCorrectlySignedCallbackIsDelivered() {
    HttpResponse<String> response = callback("arbitration", caseNumber, "arbitration-accepted", "{\"reference\":\"仲受〔2026〕7号\"}",
        ARBITRATION_SECRET, now());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .activityId("Gateway_AwaitAward").count()).isOne();
  }

  @Test
  void aBodySignedForOneCaseAndMessageIsRefusedOnAnyOtherPath() {
    String body = "{\"reference\":\"仲受〔2026〕7号\"}";
    String timestamp = now();
    String signature = CallbackSignatures.sign(ARBITRATION_SECRET, "POST",
        signedPath("arbitration", caseNumber, "arbitration-accepted"), timestamp, body);
    String otherCase = driver.businessKey(driver.registerThroughStartForm(CaseDriver.walkIn()));

    for (String other : new String[] {path("arbitration", otherCase, "arbitration-accepted"),
        path("arbitration", caseNumber, "arbitration-rejected"), path("court", caseNumber, "arbitration-accepted")}) {
      HttpResponse<String> response = send(other, timestamp, signature, body);
      assertThat(response.statusCode()).as(other + ": " + response.body()).isEqualTo(401);
      assertThat(response.body()).contains("签名无效");
    }
    assertStillWaitingForAcceptance();
    // on its own path the same signature is good
    assertThat(send(path("arbitration", caseNumber, "arbitration-accepted"), timestamp, signature, body).statusCode()).isEqualTo(200);
  }

  @Test
  void aSignatureMadeForAnotherMethodIsRefused() {
    String timestamp = now();
    String signature = CallbackSignatures.sign(ARBITRATION_SECRET, "PUT",
        signedPath("arbitration", caseNumber, "arbitration-accepted"), timestamp, "{}");
    HttpResponse<String> response = send(path("arbitration", caseNumber, "arbitration-accepted"), timestamp, signature, "{}");
    assertThat(response.statusCode()).isEqualTo(401);
    assertStillWaitingForAcceptance();
  }

  @Test
  void theSameCallbackSentAgainGetsTheFirstAnswerAndIsAppliedOnce() {
    String body = "{\"reference\":\"仲受〔2026〕8号\"}";
    String timestamp = now();

    HttpResponse<String> first = callback("arbitration", caseNumber, "arbitration-accepted", body, ARBITRATION_SECRET, timestamp);
    HttpResponse<String> again = callback("arbitration", caseNumber, "arbitration-accepted", body, ARBITRATION_SECRET, timestamp);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(first.headers().firstValue("X-OneDoor-Replayed")).isEmpty();
    assertThat(again.headers().firstValue("X-OneDoor-Replayed")).hasValue("true");
    assertThat(receiptsOf(caseNumber)).isOne();
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .activityId("Gateway_AwaitAward").count()).isOne();
    // a new callback (new timestamp) of the same message is a new attempt: the case no longer waits for it
    HttpResponse<String> later = callback("arbitration", caseNumber, "arbitration-accepted", body, ARBITRATION_SECRET,
        Long.toString(Instant.now().getEpochSecond() + 1));
    assertThat(later.statusCode()).isEqualTo(409);
  }

  @Test
  void theSameCallbackArrivingConcurrentlyIsAppliedOnce() throws Exception {
    String body = "{\"reference\":\"仲受〔2026〕9号\"}";
    String timestamp = now();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<HttpResponse<String>>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(pool.submit(() -> callback("arbitration", caseNumber, "arbitration-accepted", body, ARBITRATION_SECRET, timestamp)));
      }
      java.util.Set<String> answers = new java.util.HashSet<>();
      for (var call : calls) {
        HttpResponse<String> response = call.get();
        // 200 (applied or answered from the first), or 409 while the first is still being applied
        assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
        if (response.statusCode() == 200) {
          answers.add(response.body());
        }
      }
      assertThat(answers).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(receiptsOf(caseNumber)).isOne();
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .activityId("Gateway_AwaitAward").count()).isOne();
  }

  @Test
  void aWrongSignatureIsRefusedAndTheCaseDoesNotMove() {
    HttpResponse<String> response = callback("arbitration", caseNumber, "arbitration-accepted", "{}", "guessed-secret", now());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("签名无效");
    assertStillWaitingForAcceptance();
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() {
    String timestamp = now();
    String signature = CallbackSignatures.sign(ARBITRATION_SECRET, "POST",
        signedPath("arbitration", caseNumber, "arbitration-accepted"), timestamp, "{\"reference\":\"A\"}");
    HttpResponse<String> response = outsider.send(outsider.request(path("arbitration", caseNumber, "arbitration-accepted"))
        .header("Content-Type", "application/json")
        .header(CallbackSignatures.TIMESTAMP_HEADER, timestamp)
        .header(CallbackSignatures.SIGNATURE_HEADER, signature)
        .POST(HttpRequest.BodyPublishers.ofString("{\"reference\":\"B\"}")));
    assertThat(response.statusCode()).isEqualTo(401);
    assertStillWaitingForAcceptance();
  }

  @Test
  void anOldTimestampIsRefusedSoACapturedCallbackCannotBeReplayed() {
    String old = Long.toString(Instant.now().minusSeconds(600).getEpochSecond());
    HttpResponse<String> response = callback("arbitration", caseNumber, "arbitration-accepted", "{}", ARBITRATION_SECRET, old);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("时间戳超出允许范围");
  }

  @Test
  void missingSignatureHeadersAreRefused() {
    HttpResponse<String> response = outsider.postJson(path("arbitration", caseNumber, "arbitration-accepted"), "{}");
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aSystemMayOnlySendItsOwnMessages() {
    // the court's secret is valid, but acceptance by arbitration is not the court's to announce
    HttpResponse<String> response = callback("court", caseNumber, "arbitration-accepted", "{}", COURT_SECRET, now());
    assertThat(response.statusCode()).isEqualTo(403);
    assertStillWaitingForAcceptance();
  }

  @Test
  void anUnknownCaseIsRefused() {
    HttpResponse<String> response = callback("arbitration", "吉劳调〔2026〕9999号", "arbitration-accepted", "{}", ARBITRATION_SECRET, now());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("案号不存在");
  }

  @Test
  void aCaseNotWaitingForTheMessageAnswersConflict() {
    HttpResponse<String> response = callback("arbitration", caseNumber, "award-issued", "{}", ARBITRATION_SECRET, now());
    assertThat(response.statusCode()).isEqualTo(409);
  }

  @Test
  void aBodyOutsideTheSchemaIsRefused() {
    HttpResponse<String> response = callback("arbitration", caseNumber, "arbitration-accepted", "{\"decidedBy\":\"x\"}",
        ARBITRATION_SECRET, now());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("请求体不符合约定格式");
  }

  /** LDMAL art. 43: accepted 21 September, 45 days end on 5 November, the extension at most on 20 November. */
  @Test
  void theCommissionsNotifiedAwardExtensionIsTakenAndRefusedBeyondTheLegalMaximum() {
    assertThat(callback("arbitration", caseNumber, "arbitration-accepted", "{}", ARBITRATION_SECRET, now()).statusCode()).isEqualTo(200);
    assertThat(awardDeadline()).isEqualTo("2026-11-05");

    HttpResponse<String> beyond = callback("arbitration", caseNumber, "award-period-extended",
        "{\"reference\":\"仲延〔2026〕3号\",\"extendedUntil\":\"2026-11-21\"}", ARBITRATION_SECRET, now());
    assertThat(beyond.statusCode()).as(beyond.body()).isEqualTo(400);
    assertThat(beyond.body()).contains("超过法定最长期限 2026-11-20").doesNotContain("Exception");
    assertThat(awardDeadline()).isEqualTo("2026-11-05");

    HttpResponse<String> within = callback("arbitration", caseNumber, "award-period-extended",
        "{\"reference\":\"仲延〔2026〕3号\",\"extendedUntil\":\"2026-11-20\"}", ARBITRATION_SECRET, now());
    assertThat(within.statusCode()).as(within.body()).isEqualTo(200);
    assertThat(awardDeadline()).isEqualTo("2026-11-20");
  }

  private Object awardDeadline() {
    return engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(
        engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber).activityId("Gateway_AwaitAward")
            .singleResult().getProcessInstanceId()).variableName("awardDeadline").singleResult().getValue();
  }

  @Test
  void anUnknownSystemIsNotFound() {
    HttpResponse<String> response = callback("bank", caseNumber, "arbitration-accepted", "{}", ARBITRATION_SECRET, now());
    assertThat(response.statusCode()).isEqualTo(404);
  }

  private void assertStillWaitingForAcceptance() {
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .activityId("Gateway_AwaitAcceptance").count()).isOne();
  }

  private HttpResponse<String> callback(String system, String kase, String message, String body, String secret, String timestamp) {
    return send(path(system, kase, message), timestamp,
        CallbackSignatures.sign(secret, "POST", signedPath(system, kase, message), timestamp, body), body);
  }

  private HttpResponse<String> send(String path, String timestamp, String signature, String body) {
    return outsider.send(outsider.request(path)
        .header("Content-Type", "application/json")
        .header(CallbackSignatures.TIMESTAMP_HEADER, timestamp)
        .header(CallbackSignatures.SIGNATURE_HEADER, signature)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** The path as sent: the case number percent-encoded. */
  private static String path(String system, String kase, String message) {
    return "/api/callbacks/" + system + "/cases/" + URLEncoder.encode(kase, StandardCharsets.UTF_8) + "/messages/" + message;
  }

  /** The path as signed (docs/handoffs.md): decoded, from /api/callbacks/ on. */
  private static String signedPath(String system, String kase, String message) {
    return "/api/callbacks/" + system + "/cases/" + kase + "/messages/" + message;
  }

  private int receiptsOf(String kase) {
    return jdbc.queryForObject("select count(*) from callback_receipt where case_number = ?", Integer.class, kase);
  }

  private static String now() {
    return Long.toString(Instant.now().getEpochSecond());
  }
}
