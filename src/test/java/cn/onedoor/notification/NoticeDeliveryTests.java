package cn.onedoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.process.ProcessKeys;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.SimulatorControl;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * NoticeDelivery: every recorded notice reaches the SMS/e-mail gateway (the simulator, over HTTP)
 * once, masked, and a gateway outage becomes an incident of the notice, never a stuck case.
 */
class NoticeDeliveryTests extends CaseProcessTest {

  static final String APPLICANT_ID = "110101199003078515";
  static final String APPLICANT_PHONE = "13800138000";
  static final String EMPLOYER_PHONE = "13900139000";

  @LocalServerPort int port;
  @RegisterExtension SimulatorControl simulator = SimulatorControl.clearedAroundEachTest();

  @Test
  void theAcceptanceNoticeReachesBothPartiesBySmsOnceWithPersonalDataMasked() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn("employerPhone", EMPLOYER_PHONE));
    String caseNumber = driver.businessKey(kase);
    assertThat(statuses(caseNumber)).containsExactly(Map.entry("accepted", "queued"), Map.entry("accepted", "queued"));
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
  void aPartyWithoutAMobileNumberIsMarkedForAWrittenNotice() {
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    assertThat(statuses(driver.businessKey(kase))).containsExactlyInAnyOrder(Map.entry("accepted", "queued"),
        Map.entry("accepted", "no_contact"));
    assertThat(deliveries(driver.businessKey(kase))).hasSize(1);
  }

  @Test
  void aGatewayOutageBecomesAnIncidentOfTheNoticeWhileTheCaseGoesOn() {
    simulator.fault("notification", "UNAVAILABLE", null);
    ProcessInstance kase = acceptedCase(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(kase);
    Job job = engine.getManagementService().createJobQuery().processInstanceId(deliveries(caseNumber).get(0).getId()).singleResult();

    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).hasMessageContaining("短信/邮件网关暂时无法处理");
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).singleResult()
        .getIncidentMessage()).contains("短信/邮件网关暂时无法处理（HTTP 503");
    BpmnAwareTests.assertThat(kase).isWaitingAt("CallActivity_Mediation");

    simulator.fault("notification", "NONE", null);
    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());
    assertThat(records.received("notification", caseNumber)).hasSize(1);
    assertThat(statuses(caseNumber)).contains(Map.entry("accepted", "sent"));
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

  /** Runs every delivery job of the case as the job executor would, retrying each once after a failure. */
  private void deliverAll(String caseNumber) {
    for (ProcessInstance delivery : deliveries(caseNumber)) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(delivery.getId()).singleResult();
      try {
        engine.getManagementService().executeJob(job.getId());
      } catch (RuntimeException failedOnce) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    assertThat(deliveries(caseNumber)).isEmpty();
  }

  private List<Map.Entry<String, String>> statuses(String caseNumber) {
    return jdbc.query("select template, status from notification where case_number = ? order by id",
        (rs, i) -> Map.entry(rs.getString(1), rs.getString(2)), caseNumber);
  }
}
