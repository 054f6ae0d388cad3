package cn.onedoor.process;

import static cn.onedoor.process.LaborDisputeCaseTests.UNION_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.integrity.FieldsRefusedException;
import cn.onedoor.notification.NoticeSender;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.SimulatorControl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 安排调解会议 and 记录调解情况 as the mediator meets them (issue 14, items 5 and 6): the session
 * calendar per room and mediator, the notices to everyone the session concerns, and a record form
 * that opens empty for the next session. The engine's clock stands at Monday 21 September 2026; a
 * walk-in case received that day has its mediation deadline on 8 October.
 */
class SessionSchedulingTests extends CaseProcessTest {

  static final List<String> LAWYER_POOL = List.of("mediator-lawyer");
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired NoticeSender sender;
  @LocalServerPort int port;
  @RegisterExtension SimulatorControl simulator = SimulatorControl.clearedAroundEachTest();

  @Test
  void theSessionNoticeReachesEveryWorkerTheEmployersContactAndTheMediatorEachInTheirOwnText() throws Exception {
    Map<String, Object> form = CaseDriver.walkIn("employerPhone", "13900139000");
    form.remove("workerCount");
    form.put("applicants", List.of(
        Map.of("name", "赵小红", "idNumber", "110101199003078515", "phone", "13800138000"),
        Map.of("name", "周建国", "idNumber", valid("36080219850615001"), "phone", "13700137000"),
        Map.of("name", "吴敏", "idNumber", valid("36080219880101002"), "phone", "13600136000")));
    ProcessInstance kase = driver.registerThroughApi(form);
    driver.accept(kase);
    String caseNumber = driver.businessKey(kase);

    inPerson(kase, "mediator", UNION_POOL, "2026-09-23T09:30", "中心第一调解室");

    assertThat(jdbc.queryForList("select recipient_role || ' ' || coalesce(party_role || '#' || party_seq, recipient_user_id) || ' ' || status"
        + " from notification where case_number = ? and template like 'session_scheduled%' order by id", String.class, caseNumber))
        .containsExactly("applicant applicant#1 queued", "applicant applicant#2 queued", "applicant applicant#3 queued",
            "respondent respondent#1 queued", "mediator mediator queued");
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select template, channel, recipient_masked, body from notification where case_number = ? and template like 'session_scheduled%'",
        caseNumber);
    assertThat(rows).filteredOn(r -> "session_scheduled".equals(value(r, "template")))
        .hasSize(4).allSatisfy(r -> assertThat(value(r, "body")).contains(caseNumber, "2026-09-23 09:30", "中心第一调解室", "请准时参加")
            .doesNotContain("您承办"));
    assertThat(rows).filteredOn(r -> "session_scheduled_mediator".equals(value(r, "template"))).singleElement().satisfies(r -> {
      assertThat(value(r, "channel")).isEqualTo("email");
      assertThat(value(r, "recipient_masked")).isEqualTo("m***@onedoor.example");
      assertThat(value(r, "body")).contains("您承办的案件" + caseNumber, "赵小红", "2026-09-23 09:30", "中心第一调解室", "请准时主持");
    });

    deliverAll(caseNumber);
    List<JsonNode> sent = records.received("notification", caseNumber);
    assertThat(sent).filteredOn(m -> m.path("channel").asText().equals("email")).singleElement()
        .satisfies(m -> assertThat(m.path("text").asText()).contains("您承办的案件"));
    assertThat(sent).filteredOn(m -> m.path("channel").asText().equals("sms")).hasSize(4 + 4); // accepted + session, 4 phones each
  }

  @Test
  void aSessionInARoomAlreadyTakenIsRefusedAtTheRoomAndTheAdjacentSlotIsFree() {
    ProcessInstance first = unionCase();
    inPerson(first, "mediator", UNION_POOL, "2026-09-23T09:30", "中心第一调解室");
    ProcessInstance other = lawyerCase();

    assertThatThrownBy(() -> inPerson(other, "mediator2", LAWYER_POOL, "2026-09-23T10:15", "中心第一调解室"))
        .isInstanceOfSatisfying(FieldsRefusedException.class, e -> assertThat(e.fields()).containsExactly("sessionPlace"))
        .hasMessageContaining("调解室：中心第一调解室在 2026-09-23 09:30–10:30 已安排其他调解会议");
    assertThat(driver.task(other, "Task_ScheduleSession")).as("still to schedule").isNotNull();

    inPerson(other, "mediator2", LAWYER_POOL, "2026-09-23T10:30", "中心第一调解室");
    assertThat(driver.task(other, "Task_RecordSession")).isNotNull();
  }

  @Test
  void aMediatorCannotBeInTwoSessionsAtOnceWhateverTheRoom() {
    ProcessInstance first = unionCase();
    inPerson(first, "mediator", UNION_POOL, "2026-09-23T09:30", "中心第一调解室");
    ProcessInstance second = unionCase();

    assertThatThrownBy(() -> driver.complete(second, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "cloud", "sessionTime", "2026-09-23T09:00", "sessionDuration", "90"))
        .isInstanceOfSatisfying(FieldsRefusedException.class, e -> assertThat(e.fields()).containsExactly("sessionTime"))
        .hasMessageContaining("承办调解员在 2026-09-23 09:30–10:30 已有调解会议（案号 " + driver.businessKey(first));

    driver.complete(second, "Task_ScheduleSession", "mediator", UNION_POOL,
        "sessionMode", "cloud", "sessionTime", "2026-09-23T08:30", "sessionDuration", "60");
    assertThat(jdbc.queryForList("select room is null from session_booking where case_number = ?", Boolean.class,
        driver.businessKey(second))).containsExactly(true);
  }

  @Test
  void theCaseMediatorsTimeIsBookedEvenWhenAColleagueSchedules() {
    ProcessInstance kase = unionCase();
    inPerson(kase, "mediator", UNION_POOL, "2026-09-23T09:30", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "首次调解，双方差距较大", "sessionResult", "another_session");
    ProcessInstance other = unionCase();
    inPerson(other, "mediator", UNION_POOL, "2026-09-24T09:30", "中心第二调解室");

    // a colleague of the pool (here: an administrator standing in) schedules the first case's next session
    assertThatThrownBy(() -> driver.complete(kase, "Task_ScheduleSession", "colleague", UNION_POOL,
        "sessionMode", "in_person", "sessionTime", "2026-09-24T09:30", "sessionPlace", "中心第一调解室"))
        .isInstanceOfSatisfying(FieldsRefusedException.class, e -> assertThat(e.fields()).containsExactly("sessionTime"));
  }

  @Test
  void aSessionAfterTheExtendedDeadlineIsRefusedOnTheDeadlineDayAccepted() {
    ProcessInstance kase = unionCase();
    inPerson(kase, "mediator", UNION_POOL, "2026-09-23T09:30", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方同意延期十日",
        "sessionResult", "extension_agreed", "extendedDeadline", "2026-10-19", "extensionConsentRecorded", true);

    assertThatThrownBy(() -> inPerson(kase, "mediator", UNION_POOL, "2026-10-20T09:30", "中心第一调解室"))
        .isInstanceOfSatisfying(FieldsRefusedException.class, e -> assertThat(e.fields()).containsExactly("sessionTime"))
        .hasMessageContaining("会议时间：应在调解期限届满日（2026-10-19）当日或之前");
    inPerson(kase, "mediator", UNION_POOL, "2026-10-19T09:30", "中心第一调解室");
    assertThat(driver.task(kase, "Task_RecordSession")).isNotNull();
  }

  @Test
  void aSessionThatWillNotTakePlaceGivesItsRoomBack() {
    ProcessInstance kase = unionCase();
    inPerson(kase, "mediator", UNION_POOL, "2026-09-25T09:30", "中心第三调解室");
    // the applicant withdraws before the session: mediation ends, the booked session will not take place
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "申请人来电撤回申请", "sessionResult", "withdrawn");
    assertThat(jdbc.queryForObject("select count(*) from session_booking where case_number = ? and released_at is not null",
        Integer.class, driver.businessKey(kase))).isEqualTo(1);

    ProcessInstance other = lawyerCase();
    inPerson(other, "mediator2", LAWYER_POOL, "2026-09-25T09:30", "中心第三调解室");
    assertThat(driver.task(other, "Task_RecordSession")).isNotNull();
  }

  @Test
  void theSecondSessionRecordOpensEmptyForTheMediator() throws Exception {
    ProcessInstance kase = unionCase();
    inPerson(kase, "mediator", UNION_POOL, "2026-09-23T09:30", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "首次调解，双方差距较大", "sessionResult", "another_session");
    inPerson(kase, "mediator", UNION_POOL, "2026-09-25T14:00", "中心第二调解室");

    String taskId = driver.task(kase, "Task_RecordSession").getId();
    HttpResponse<String> response = HttpTestClient.basic(port, "mediator", "demo").get("/engine-rest/task/" + taskId + "/form-variables");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode variables = JSON.readTree(response.body());
    assertThat(variables.has("sessionNotes")).as("no notes of the first session").isFalse();
    assertThat(variables.has("sessionResult")).as("no result preselected").isFalse();
    assertThat(variables.path("sessionTime").path("value").asText()).isEqualTo("2026-09-25T14:00");
    assertThat(variables.path("sessionPlace").path("value").asText()).isEqualTo("中心第二调解室");
    // the first session's record is kept where the case file reads it
    assertThat(jdbc.queryForList("select notes from mediation_session where case_number = ?", String.class, driver.businessKey(kase)))
        .containsExactly("首次调解，双方差距较大");
  }

  @Test
  void theScheduleFormOffersTheConfiguredRooms() throws Exception {
    ProcessInstance kase = unionCase();
    String taskId = driver.task(kase, "Task_ScheduleSession").getId();
    HttpResponse<String> response = HttpTestClient.basic(port, "mediator", "demo").get("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false"); // as Tasklist asks
    JsonNode variable = JSON.readTree(response.body()).path("sessionRooms");
    assertThat(variable.path("type").asText()).as(response.body()).isEqualTo("Json");
    JsonNode rooms = variable.path("value").isTextual() ? JSON.readTree(variable.path("value").asText()) : variable.path("value");
    assertThat(rooms).extracting(JsonNode::asText).contains("中心第一调解室", "中心第二调解室", "中心第三调解室");
  }

  @Test
  void theCalendarShowsTheWeekPerRoomAndMediatorAndHidesOtherPoolsCases() throws Exception {
    ProcessInstance kase = unionCase();
    inPerson(kase, "mediator", UNION_POOL, "2026-09-23T09:30", "中心第一调解室");
    String caseNumber = driver.businessKey(kase);

    JsonNode own = JSON.readTree(HttpTestClient.basic(port, "mediator", "demo").get("/api/sessions?from=2026-09-21&to=2026-09-27").body());
    assertThat(own.path("sessions")).singleElement().satisfies(s -> {
      assertThat(s.path("caseNumber").asText()).isEqualTo(caseNumber);
      assertThat(s.path("room").asText()).isEqualTo("中心第一调解室");
      assertThat(s.path("mediator").asText()).isEqualTo("mediator");
      assertThat(s.path("mediatorName").asText()).isEqualTo("李明");
      assertThat(s.path("start").asText()).isEqualTo("2026-09-23T09:30");
      assertThat(s.path("end").asText()).isEqualTo("2026-09-23T10:30");
    });
    assertThat(own.path("rooms")).extracting(JsonNode::asText).contains("中心第一调解室");

    JsonNode otherPool = JSON.readTree(HttpTestClient.basic(port, "mediator2", "demo")
        .get("/api/sessions?from=2026-09-21&to=2026-09-27&room=" + java.net.URLEncoder.encode("中心第一调解室", "UTF-8")).body());
    assertThat(otherPool.path("sessions")).singleElement().satisfies(s -> {
      assertThat(s.hasNonNull("caseNumber")).as("no case number of another pool's case").isFalse();
      assertThat(s.path("room").asText()).isEqualTo("中心第一调解室");
    });
    assertThat(JSON.readTree(HttpTestClient.basic(port, "mediator", "demo").get("/api/sessions?from=2026-09-21&to=2026-09-27&mediator=mediator2")
        .body()).path("sessions")).isEmpty();

    HttpResponse<String> bad = HttpTestClient.basic(port, "mediator", "demo").get("/api/sessions?from=上周一");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("日期（from）");
  }

  private void inPerson(ProcessInstance kase, String user, List<String> groups, String time, String room) {
    driver.complete(kase, "Task_ScheduleSession", user, groups, "sessionMode", "in_person", "sessionTime", time, "sessionPlace", room);
  }

  private ProcessInstance unionCase() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);
    return kase;
  }

  private ProcessInstance lawyerCase() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("disputeType", "dismissal"));
    driver.accept(kase);
    return kase;
  }

  private static String value(Map<String, Object> row, String column) {
    Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    return value == null ? null : value.toString();
  }

  private static String valid(String first17) {
    return first17 + cn.onedoor.party.IdentityNumbers.checkCharacter(first17);
  }

  private void deliverAll(String caseNumber) {
    sender.sendDue(caseNumber);
  }
}
