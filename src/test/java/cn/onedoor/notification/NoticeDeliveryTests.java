package cn.onedoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.process.NoticeDeliveryVariables;
import cn.onedoor.process.ProcessKeys;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.SimulatorControl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices through the outbox: every recorded notice reaches the SMS/e-mail gateway (the simulator,
 * over HTTP) once, masked, sent by {@link NoticeSender} with no process instance of its own; a gateway
 * outage is retried with back-off, then the notice is failed, listed for supervisors and queued again
 * by one of them; never a stuck case. The sender is off in tests: each runs its rounds itself.
 */
class NoticeDeliveryTests extends CaseProcessTest {

  static final String APPLICANT_ID = "110101199003078515";
  static final String APPLICANT_PHONE = "13800138000";
  static final String EMPLOYER_PHONE = "13900139000";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @RegisterExtension SimulatorControl simulator = SimulatorControl.clearedAroundEachTest();
  @Autowired NoticeSender sender;
  @Autowired RecordingNotificationService recording;
  @Autowired TransactionTemplate tx;

  @Test
  void theAcceptanceNoticeReachesBothPartiesBySmsOnceWithPersonalDataMasked() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn("employerPhone", EMPLOYER_PHONE));
    String caseNumber = driver.businessKey(kase);
    assertThat(statuses(caseNumber)).containsExactly(Map.entry("accepted", "queued"), Map.entry("accepted", "queued"));
    // no process instance, no job per notice
    assertThat(deliveries(caseNumber)).isEmpty();
    assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(ProcessKeys.NOTICE_DELIVERY).count()).isZero();
    simulator.fault("notification", "LOST_RESPONSE", 1);

    deliverAll(caseNumber);

    List<JsonNode> sent = records.received("notification", caseNumber);
    assertThat(sent).extracting(m -> m.path("to").asText()).containsExactlyInAnyOrder("138****8000", "139****9000");
    assertThat(sent).allSatisfy(message -> {
      assertThat(message.path("channel").asText()).isEqualTo("sms");
      assertThat(message.path("text").asText()).contains(caseNumber, "已受理", "调解期限至2026-10-08")
          .doesNotContain(APPLICANT_ID, APPLICANT_PHONE, EMPLOYER_PHONE);
    });
    // the first message was taken but its answer lost: the retry carried the same key, one SMS each
    assertThat(simulator.requests("notification", caseNumber)).extracting(r -> r.path("calls").asInt())
        .containsExactlyInAnyOrder(1, 2);
    assertThat(statuses(caseNumber)).containsOnly(Map.entry("accepted", "sent"));
    assertThat(jdbc.queryForList("select attempts from notification where case_number = ? order by id", Integer.class, caseNumber))
        .containsExactly(2, 1);
    assertThat(jdbc.queryForList("select gateway_message_id from notification where case_number = ?", String.class, caseNumber))
        .allSatisfy(id -> assertThat(id).startsWith("MSG〔"));
  }

  @Test
  void aNoticeReachesEveryApplicantWithAPhoneTheEmployersContactAndEachAgentWithAPhone() {
    Map<String, Object> form = CaseDriver.walkIn("employerPhone", EMPLOYER_PHONE);
    form.remove("workerCount");
    form.put("applicants", List.of(
        Map.of("name", "赵小红", "idNumber", APPLICANT_ID, "phone", APPLICANT_PHONE),
        Map.of("name", "周建国", "idNumber", valid("36080219850615001"), "phone", "13700137000"),
        Map.of("name", "吴敏", "idNumber", valid("36080219880101002"))));
    form.put("agents", List.of(Map.of("side", "applicant", "name", "李律师", "phone", "13600136000", "applicantSeq", 2),
        Map.of("side", "respondent", "name", "陈法务", "phone", "13500135000"),
        Map.of("side", "respondent", "name", "刘专员")));
    ProcessInstance kase = acceptedCase(form);
    String caseNumber = driver.businessKey(kase);
    // three applicants (one without a phone: a written notice), the employer's contact, the two agents with a phone
    assertThat(jdbc.queryForList("select party_role || '#' || party_seq || ' ' || status from notification where case_number = ?"
        + " and template = 'accepted' order by id", String.class, caseNumber)).containsExactly("applicant#1 queued",
        "applicant#2 queued", "applicant#3 no_contact", "applicant_agent#1 queued", "respondent#1 queued", "respondent_agent#1 queued");

    deliverAll(caseNumber);

    List<JsonNode> sent = records.received("notification", caseNumber);
    assertThat(sent).extracting(m -> m.path("to").asText()).containsExactlyInAnyOrder("138****8000", "137****7000",
        "136****6000", "139****9000", "135****5000");
    assertThat(sent).allSatisfy(message -> assertThat(message.path("text").asText()).contains(caseNumber, "已受理")
        .doesNotContain(APPLICANT_PHONE, "13700137000", "13600136000", "13500135000", EMPLOYER_PHONE));
    assertThat(jdbc.queryForList("select recipient_masked from notification where case_number = ? and template = 'accepted'",
        String.class, caseNumber)).allSatisfy(masked -> assertThat(masked).doesNotMatch(".*\\d{11}.*"));
  }

  private static String valid(String first17) {
    return first17 + cn.onedoor.party.IdentityNumbers.checkCharacter(first17);
  }

  @Test
  void aPartyWithoutAMobileNumberIsMarkedForAWrittenNoticeAndTheSenderLeavesItAlone() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(kase);
    assertThat(statuses(caseNumber)).containsExactlyInAnyOrder(Map.entry("accepted", "queued"), Map.entry("accepted", "no_contact"));

    assertThat(sender.sendDue(caseNumber)).isEqualTo(1);
    later(Duration.ofHours(2));
    assertThat(sender.sendDue(caseNumber)).isZero();

    assertThat(records.received("notification", caseNumber)).hasSize(1);
    assertThat(jdbc.queryForMap("select status, attempts, next_attempt_at, gateway_message_id from notification"
        + " where case_number = ? and status = 'no_contact'", caseNumber).values()).containsExactly("no_contact", 0, null, null);
  }

  @Test
  void aGatewayOutageIsRetriedWithBackOffThenFailedShownToSupervisorsAndSentAfterTheirRetry() throws Exception {
    simulator.fault("notification", "UNAVAILABLE", null);
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(kase);
    long id = jdbc.queryForObject("select id from notification where case_number = ? and status = 'queued'", Long.class, caseNumber);

    assertThat(sender.sendDue(caseNumber)).isEqualTo(1);
    // back-off 1m, 5m, 30m: nothing is due before each wait has passed
    for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30))) {
      later(wait.minusSeconds(10));
      assertThat(sender.sendDue(caseNumber)).isZero();
      later(Duration.ofSeconds(11));
      assertThat(sender.sendDue(caseNumber)).isEqualTo(1);
    }
    Map<String, Object> failed = jdbc.queryForMap("select status, attempts, last_error from notification where id = ?", id);
    assertThat(failed.get("STATUS")).isEqualTo("failed");
    assertThat(failed.get("ATTEMPTS")).isEqualTo(4);
    assertThat((String) failed.get("LAST_ERROR")).contains("短信/邮件网关暂时无法处理（HTTP 503");
    later(Duration.ofHours(2));
    assertThat(sender.sendDue(caseNumber)).isZero();
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_Mediation");

    // visible to supervisors and administrators, to nobody else
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    JsonNode page = JSON.readTree(supervisor.get("/api/reports/failed-notices?size=200").body());
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(200);
    assertThat(page.path("total").asLong()).isPositive();
    JsonNode item = findItem(page, id);
    assertThat(item.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(item.path("attempts").asInt()).isEqualTo(4);
    assertThat(item.path("recipientMasked").asText()).isEqualTo("138****8000");
    assertThat(item.path("lastError").asText()).contains("HTTP 503");
    assertThat(HttpTestClient.basic(port, "admin", "demo").get("/api/reports/failed-notices").statusCode()).isEqualTo(200);
    for (String user : List.of("mediator", "clerk", "lawyer")) {
      assertThat(HttpTestClient.basic(port, user, "demo").get("/api/reports/failed-notices").statusCode()).as(user).isEqualTo(403);
      assertThat(HttpTestClient.basic(port, user, "demo").postJson("/api/reports/failed-notices/" + id + "/retry", "{}")
          .statusCode()).as(user).isEqualTo(403);
    }
    assertThat(supervisor.get("/api/reports/failed-notices?size=0").statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.anonymous(port).get("/api/reports/failed-notices").statusCode()).isEqualTo(401);
    assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class, id)).isEqualTo("failed");

    // bad ids: not a number 400, no such notice 404, a notice that did not fail 409
    HttpResponse<String> bad = supervisor.postJson("/api/reports/failed-notices/abc/retry", "{}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("通知编号应为正整数");
    assertThat(supervisor.postJson("/api/reports/failed-notices/-3/retry", "{}").statusCode()).isEqualTo(400);
    assertThat(supervisor.postJson("/api/reports/failed-notices/999999999/retry", "{}").statusCode()).isEqualTo(404);
    long noContact = jdbc.queryForObject("select id from notification where case_number = ? and status = 'no_contact'",
        Long.class, caseNumber);
    assertThat(supervisor.postJson("/api/reports/failed-notices/" + noContact + "/retry", "{}").statusCode()).isEqualTo(409);

    // the gateway is back; the supervisor retries: sent once, gone from the list
    simulator.fault("notification", "NONE", null);
    HttpResponse<String> retried = supervisor.postJson("/api/reports/failed-notices/" + id + "/retry", "{}");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(supervisor.postJson("/api/reports/failed-notices/" + id + "/retry", "{}").statusCode()).isEqualTo(409);
    assertThat(sender.sendDue(caseNumber)).isEqualTo(1);
    assertThat(records.received("notification", caseNumber)).hasSize(1);
    assertThat(statuses(caseNumber)).containsExactlyInAnyOrder(Map.entry("accepted", "sent"), Map.entry("accepted", "no_contact"));
    assertThat(findItem(JSON.readTree(supervisor.get("/api/reports/failed-notices?size=200").body()), id)).isNull();
    assertThat(jdbc.queryForObject("select count(*) from notification where id = ? and status = 'no_contact' and attempts = 0",
        Integer.class, noContact)).isEqualTo(1);
  }

  private static JsonNode findItem(JsonNode page, long id) {
    for (JsonNode item : page.path("items")) {
      if (item.path("id").asLong() == id) {
        return item;
      }
    }
    return null;
  }

  @Test
  void theCollectiveDisputeAlertGoesToTheCentreAndTheUnionByEmail() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn("workerCount", 12L));
    String caseNumber = driver.businessKey(kase);

    deliverAll(caseNumber);

    assertThat(records.received("notification", caseNumber)).filteredOn(m -> m.path("channel").asText().equals("email"))
        .extracting(m -> m.path("to").asText()).containsExactlyInAnyOrder("z***@onedoor.example.cn", "g***@zonggonghui.example.cn");
    assertThat(records.received("notification", caseNumber)).filteredOn(m -> m.path("channel").asText().equals("email"))
        .allSatisfy(m -> assertThat(m.path("text").asText()).contains("集体劳动争议预警", "12人"));
  }

  @Test
  void twoSendersRacingOverTheSameNoticesSendEachOnce() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn("workerCount", 12L, "employerPhone", EMPLOYER_PHONE));
    String caseNumber = driver.businessKey(kase);
    int queued = jdbc.queryForObject("select count(*) from notification where case_number = ? and status = 'queued'",
        Integer.class, caseNumber);
    assertThat(queued).isGreaterThanOrEqualTo(4);

    // two nodes' rounds at once (each its own thread, connections and claims)
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> sender.sendDue(caseNumber));
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> sender.sendDue(caseNumber));

    assertThat(first.join() + second.join()).isEqualTo(queued);
    assertThat(simulator.requests("notification", caseNumber)).hasSize(queued)
        .allSatisfy(request -> assertThat(request.path("calls").asInt()).isEqualTo(1));
    assertThat(jdbc.queryForList("select attempts from notification where case_number = ? and status = 'sent'", Integer.class,
        caseNumber)).hasSize(queued).containsOnly(1);
  }

  @Test
  void theSenderRefusesToRunInsideATransaction() {
    assertThatThrownBy(() -> tx.executeWithoutResult(status -> sender.sendDue()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no transaction open");
  }

  @Test
  void aNoticeQueuedAsANoticeDeliveryInstanceBeforeTheOutboxIsStillDeliveredByItsJob() {
    ProcessInstance kase = driver.registerThroughApi(CaseDriver.walkIn("employerPhone", EMPLOYER_PHONE));
    String caseNumber = driver.businessKey(kase);
    // as the previous version left it: a queued row without a due time, and its NoticeDelivery instance
    long id = tx.execute(status -> {
      long row = recording.record(new Notice(caseNumber, "case_closed", List.of(Recipient.RESPONDENT),
          Map.of("caseNumber", caseNumber, "outcomeLabel", "调解成功"))).get(0).id();
      jdbc.update("update notification set status = 'queued' where id = ?", row);
      engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.NOTICE_DELIVERY, caseNumber, NoticeDeliveryVariables.start(row));
      return row;
    });
    // the sender leaves it to its instance
    assertThat(sender.sendDue(caseNumber)).isZero();
    assertThat(jdbc.queryForObject("select attempts from notification where id = ?", Integer.class, id)).isZero();

    Job job = engine.getManagementService().createJobQuery().processInstanceId(deliveries(caseNumber).get(0).getId()).singleResult();
    engine.getManagementService().executeJob(job.getId());

    assertThat(deliveries(caseNumber)).isEmpty();
    assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class, id)).isEqualTo("sent");
    assertThat(records.received("notification", caseNumber)).filteredOn(m -> m.path("text").asText().contains("已结案")).singleElement()
        .satisfies(m -> assertThat(m.path("to").asText()).isEqualTo("139****9000"));
  }

  private ProcessInstance acceptedCase(Map<String, Object> form) {
    // the start form does not ask for the employer's phone; POST /api/cases does
    ProcessInstance kase = form.containsKey("employerPhone") ? driver.registerThroughApi(form) : driver.registerThroughStartForm(form);
    driver.accept(kase);
    return kase;
  }

  private List<ProcessInstance> deliveries(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.NOTICE_DELIVERY)
        .processInstanceBusinessKey(caseNumber).list();
  }

  /** The engine's clock moved on (the sender's due times follow it). */
  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  /** Sender rounds as the nodes would run them, the first retry's back-off waited out once. */
  private void deliverAll(String caseNumber) {
    sender.sendDue(caseNumber);
    later(Duration.ofMinutes(1).plusSeconds(1));
    sender.sendDue(caseNumber);
    assertThat(statuses(caseNumber)).extracting(Map.Entry::getValue).doesNotContain("queued");
  }

  private List<Map.Entry<String, String>> statuses(String caseNumber) {
    return jdbc.query("select template, status from notification where case_number = ? order by id",
        (rs, i) -> Map.entry(rs.getString(1), rs.getString(2)), caseNumber);
  }
}
