package cn.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.external.CallbackSignatures;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ready to receive: a callback that comes before its case waits for it (the hand-over job has not
 * committed, its answer was lost) is kept, answered 202, and applied once when the case gets there;
 * one that can never apply is refused with a 4xx that says so.
 */
class InboundBufferTests extends CaseProcessTest {

  private static final String ARBITRATION_SECRET = CallbackTests.ARBITRATION_SECRET;
  private static final String COURT_SECRET = CallbackTests.COURT_SECRET;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired InboundSweep sweep;
  HttpTestClient outsider;
  ProcessInstance kase;
  String caseNumber;

  /** Mediation failed; the job that hands the case to the commission is due but has not run. */
  @BeforeEach
  void caseAboutToBeHandedToTheCommission() {
    outsider = HttpTestClient.anonymous(port);
    kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK,
        "inScope", true, "employerConsents", true);
    driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-23T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "调解不成，双方差距较大", "sessionResult", "no_agreement");
    caseNumber = driver.businessKey(kase);
  }

  @Test
  void anAcceptanceBeforeTheHandOverCommitsIsBufferedThenAppliedOnce() throws Exception {
    String body = "{\"reference\":\"仲受〔2026〕21号\"}";
    String timestamp = now();
    HttpResponse<String> early = callback("arbitration", "arbitration-accepted", body, ARBITRATION_SECRET, timestamp);

    assertThat(early.statusCode()).as(early.body()).isEqualTo(202);
    JsonNode answer = JSON.readTree(early.body());
    String id = answer.path("id").asText();
    assertThat(answer.path("state").asText()).isEqualTo("buffered");
    assertThat(answer.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(answer.path("info").asText()).contains("消息已暂存", id, "无需重发");
    assertThat(state(id)).isEqualTo("buffered");
    assertThat(awaitingAward()).isZero();
    // supervisors see it, with the count on the system status; a clerk does not
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    HttpResponse<String> listing = supervisor.get("/api/inbound-messages?state=buffered&caseNumber="
        + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8));
    assertThat(listing.statusCode()).isEqualTo(200);
    assertThat(listing.body()).contains(id, "arbitration-accepted");
    assertThat(JSON.readTree(supervisor.get("/api/system/status").body()).path("figures").path("inboundMessagesBuffered").asLong())
        .isPositive();
    assertThat(HttpTestClient.basic(port, "clerk", "demo").get("/api/inbound-messages").statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "admin", "demo").get("/api/inbound-messages?caseNumber="
        + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8)).body()).contains(id);
    HttpResponse<String> badState = supervisor.get("/api/inbound-messages?state=lost");
    assertThat(badState.statusCode()).isEqualTo(400);
    assertThat(badState.body()).contains("state 应为");

    driver.executeJob(kase, "Task_HandOverToArbitration");

    assertThat(awaitingAward()).isOne();
    assertThat(state(id)).isEqualTo("applied");
    assertThat(timesAccepted()).isOne();
    assertThat(driver.calledProcessVariable(kase, "ArbitrationReferral", "arbitrationReference")).isEqualTo("仲受〔2026〕21号");
    // the same callback again: answered as it stands now, not applied again
    HttpResponse<String> again = callback("arbitration", "arbitration-accepted", body, ARBITRATION_SECRET, timestamp);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.headers().firstValue("X-OneDoor-Replayed")).hasValue("true");
    assertThat(JSON.readTree(again.body()).path("id").asText()).isEqualTo(id);
    sweep.sweep();
    assertThat(timesAccepted()).isOne();
  }

  @Test
  void aMessageDeliveredTwiceWithTheSameMessageIdIsAppliedOnce() throws Exception {
    String body = "{\"reference\":\"仲受〔2026〕22号\",\"messageId\":\"ARB-" + UUID.randomUUID() + "\"}";
    HttpResponse<String> first = callback("arbitration", "arbitration-accepted", body, ARBITRATION_SECRET, now());
    // the answer was lost: the commission signs the same message again, later
    HttpResponse<String> second = callback("arbitration", "arbitration-accepted", body, ARBITRATION_SECRET, later(1));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
    assertThat(second.headers().firstValue("X-OneDoor-Replayed")).hasValue("true");
    String id = JSON.readTree(first.body()).path("id").asText();
    assertThat(JSON.readTree(second.body()).path("id").asText()).isEqualTo(id);
    assertThat(rowsOf(caseNumber)).isOne();

    driver.executeJob(kase, "Task_HandOverToArbitration");
    HttpResponse<String> third = callback("arbitration", "arbitration-accepted", body, ARBITRATION_SECRET, later(2));

    assertThat(third.statusCode()).as(third.body()).isEqualTo(200);
    assertThat(third.headers().firstValue("X-OneDoor-Replayed")).hasValue("true");
    assertThat(rowsOf(caseNumber)).isOne();
    assertThat(timesAccepted()).isOne();
    assertThat(awaitingAward()).isOne();
  }

  @Test
  void aCallbackForAClosedCaseIsRefusedAsFinal() {
    driver.executeJob(kase, "Task_HandOverToArbitration");
    assertThat(callback("arbitration", "arbitration-rejected", "{}", ARBITRATION_SECRET, now()).statusCode()).isEqualTo(200);
    // the court's receipt comes before the job that files the case at the court has committed
    HttpResponse<String> receipt = callback("court", "court-receipt", "{\"reference\":\"（2026）吉0102民初88号\"}", COURT_SECRET, now());
    assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(202);
    driver.executeJob(kase, "Task_HandOverToCourt");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(kase.getId()).count()).isZero();

    HttpResponse<String> late = callback("court", "court-receipt", "{\"reference\":\"（2026）吉0102民初89号\"}", COURT_SECRET, later(1));

    assertThat(late.statusCode()).as(late.body()).isEqualTo(410);
    assertThat(late.body()).contains("case_closed", "已结案", "请勿重发").doesNotContain("Exception");
  }

  @Test
  void aMessageTheCaseWillNotWaitForIsRefusedAndAnUnknownCaseIsNotFound() {
    // an award while the case is not even handed over: the acceptance must come first
    HttpResponse<String> award = callback("arbitration", "award-issued", "{}", ARBITRATION_SECRET, now());
    assertThat(award.statusCode()).as(award.body()).isEqualTo(409);
    assertThat(award.body()).contains("not_expected", "当前阶段不会等待该消息", "请勿自动重发");
    // a case still in mediation will not wait for the court's receipt before a person decides
    String inMediation = driver.businessKey(driver.registerThroughStartForm(CaseDriver.walkIn()));
    HttpResponse<String> receipt = send(path("court", inMediation, "court-receipt"), now(), COURT_SECRET,
        signedPath("court", inMediation, "court-receipt"), "{}");
    assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(409);
    HttpResponse<String> unknown = send(path("court", "吉劳调〔2026〕9998号", "court-receipt"), now(), COURT_SECRET,
        signedPath("court", "吉劳调〔2026〕9998号", "court-receipt"), "{}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(rowsOf(caseNumber)).isZero();
    assertThat(rowsOf(inMediation)).isZero();
  }

  /** A node stopped between the case's commit and its drain: the sweep, run again and on three threads at once, applies it once. */
  @Test
  void theSweepRunAgainOrConcurrentlyAppliesABufferedMessageOnce() throws Exception {
    driver.executeJob(kase, "Task_HandOverToArbitration");
    String id = UUID.randomUUID().toString();
    jdbc.update("""
        insert into inbound_message (id, sender, dedup_key, case_number, message, message_name, payload, received_at, state, attempts)
        values (?, 'arbitration', ?, ?, 'arbitration-accepted', 'ArbitrationAccepted', ?, ?, 'buffered', 0)""",
        id, CanonicalJson.sha256(id), caseNumber, "{\"date\":\"2026-09-21\",\"reference\":\"仲受〔2026〕23号\"}", OffsetDateTime.now());

    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        runs.add(pool.submit(sweep::sweep));
      }
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
    sweep.sweep();

    assertThat(state(id)).isEqualTo("applied");
    assertThat(jdbc.queryForObject("select attempts from inbound_message where id = ?", Integer.class, id)).isOne();
    assertThat(timesAccepted()).isOne();
    assertThat(awaitingAward()).isOne();
  }

  private long awaitingAward() {
    return engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
        .activityId("Gateway_AwaitAward").count();
  }

  private long timesAccepted() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .mapToLong(instance -> engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .activityId("MessageEvent_ArbitrationAccepted").count())
        .sum();
  }

  private String state(String id) {
    return jdbc.queryForObject("select state from inbound_message where id = ?", String.class, id);
  }

  private int rowsOf(String kase) {
    return jdbc.queryForObject("select count(*) from inbound_message where case_number = ?", Integer.class, kase);
  }

  private HttpResponse<String> callback(String system, String message, String body, String secret, String timestamp) {
    return send(path(system, caseNumber, message), timestamp, secret, signedPath(system, caseNumber, message), body);
  }

  private HttpResponse<String> send(String path, String timestamp, String secret, String signedPath, String body) {
    return outsider.send(outsider.request(path)
        .header("Content-Type", "application/json")
        .header(CallbackSignatures.TIMESTAMP_HEADER, timestamp)
        .header(CallbackSignatures.SIGNATURE_HEADER, CallbackSignatures.sign(secret, "POST", signedPath, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String path(String system, String kase, String message) {
    return "/api/callbacks/" + system + "/cases/" + URLEncoder.encode(kase, StandardCharsets.UTF_8) + "/messages/" + message;
  }

  private static String signedPath(String system, String kase, String message) {
    return "/api/callbacks/" + system + "/cases/" + kase + "/messages/" + message;
  }

  private static String now() {
    return Long.toString(Instant.now().getEpochSecond());
  }

  private static String later(int seconds) {
    return Long.toString(Instant.now().getEpochSecond() + seconds);
  }
}
