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
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true, "eligibilityDecision", "accepted");
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "调解不成，双方差距较大", "sessionResult", "no_agreement");
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
  void aWrongSignatureIsRefusedAndTheCaseDoesNotMove() {
    HttpResponse<String> response = callback("arbitration", caseNumber, "arbitration-accepted", "{}", "guessed-secret", now());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("签名无效");
    assertStillWaitingForAcceptance();
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() {
    String timestamp = now();
    String signature = CallbackSignatures.sign(ARBITRATION_SECRET, timestamp, "{\"reference\":\"A\"}");
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
    return outsider.send(outsider.request(path(system, kase, message))
        .header("Content-Type", "application/json")
        .header(CallbackSignatures.TIMESTAMP_HEADER, timestamp)
        .header(CallbackSignatures.SIGNATURE_HEADER, CallbackSignatures.sign(secret, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String path(String system, String kase, String message) {
    return "/api/callbacks/" + system + "/cases/" + URLEncoder.encode(kase, StandardCharsets.UTF_8) + "/messages/" + message;
  }

  private static String now() {
    return Long.toString(Instant.now().getEpochSecond());
  }
}
