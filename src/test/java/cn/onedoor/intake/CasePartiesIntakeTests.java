package cn.onedoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/cases} with every party: a list of applicants (each checked like the first), the
 * employer's particulars, the agents of both sides; a collective dispute's 2–5 representatives at
 * the boundary of ten workers; hostile lists refused with 400 at the field, nothing stored.
 */
@OneDoorSpringTest
class CasePartiesIntakeTests {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(900));
  private static final String EMPLOYER = """
      {"name":"吉安市某某电子有限公司","creditCode":"91360821MA38ABCD13","phone":"13607960001",
       "address":"江西省吉安市吉州区工业园一路8号","legalRepresentative":"王建军"}""";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  /** A valid identity number unique in this run: born 1985, sequence from a counter, check character right. */
  static String idNumber() {
    int n = SERIAL.incrementAndGet();
    String first17 = "360802" + (1980 + n / 9000 % 15) + String.format("%02d%02d", 1 + n % 12, 1 + n / 12 % 28)
        + String.format("%03d", n % 1000);
    return first17 + IdentityNumbers.checkCharacter(first17);
  }

  static String phone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String applicant(String name, String idNumber, String phone, boolean representative) {
    return "{\"name\":\"%s\",\"idNumber\":\"%s\",\"phone\":\"%s\",\"representative\":%s}".formatted(name, idNumber, phone, representative);
  }

  /** n workers, the first {@code representatives} of them marked as elected representatives. */
  static List<String> workers(int n, int representatives) {
    List<String> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(applicant("劳动者" + (char) ('甲' + i), idNumber(), phone(), i < representatives));
    }
    return list;
  }

  static String application(List<String> applicants, String extra) {
    return """
        {"channel":"online","applicants":[%s],"employer":%s,%s
         "claim":{"disputeType":"wages","amount":"86000.00","description":"拖欠2026年9月、10月工资","knownDate":"2026-11-05"}}"""
        .formatted(String.join(",", applicants), EMPLOYER, extra);
  }

  private HttpTestClient clerk() {
    return HttpTestClient.basic(port, "clerk", "demo");
  }

  private List<String> errorFields(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("SQL");
    return JSON.readTree(response.body()).path("errors").findValuesAsText("field");
  }

  @Test
  void everyApplicantTheEmployersParticularsAndTheAgentsGoToThePartyTable() throws Exception {
    String id1 = idNumber(), id2 = idNumber(), id3 = idNumber();
    String body = """
        {"channel":"online","applicants":[
           {"name":"孙丽","idNumber":"%s","phone":"13912340001","claimAmount":"30000.00"},
           {"name":"周建国","idNumber":"%s","phone":"13912340002"},
           {"name":"吴敏","idNumber":"%s"}],
         "employer":%s,
         "agents":[{"side":"applicant","name":"李律师","phone":"13912340009","applicantSeq":2},
                   {"side":"respondent","name":"陈法务","phone":"13912340008"}],
         "claim":{"disputeType":"wages","amount":"86000.00","description":"拖欠2026年9月、10月工资","knownDate":"2026-11-05"}}"""
        .formatted(id1, id2, id3, EMPLOYER);

    HttpResponse<String> response = clerk().postJson("/api/cases", body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(response.body());
    String caseNumber = answer.get("caseNumber").asText();
    assertThat(answer.get("collectiveDispute").asBoolean()).isFalse();
    List<Map<String, Object>> parties = jdbc.queryForList("""
        select party_role, seq, name, id_number, phone, address, legal_representative, claim_amount, represents_seq
        from case_party where case_number = ? order by party_role, seq""", caseNumber);
    assertThat(parties).extracting(p -> p.get("PARTY_ROLE") + "/" + p.get("SEQ") + "/" + p.get("NAME"))
        .containsExactly("applicant/1/孙丽", "applicant/2/周建国", "applicant/3/吴敏", "applicant_agent/1/李律师",
            "respondent/1/吉安市某某电子有限公司", "respondent_agent/1/陈法务");
    assertThat(parties.get(0).get("ID_NUMBER")).isEqualTo(id1);
    assertThat(parties.get(0).get("CLAIM_AMOUNT").toString()).isEqualTo("30000.00");
    assertThat(parties.get(2).get("ID_NUMBER")).isEqualTo(id3);
    assertThat(parties.get(2).get("PHONE")).isNull();
    assertThat(parties.get(3).get("REPRESENTS_SEQ")).isEqualTo(2);
    assertThat(parties.get(4).get("ADDRESS")).isEqualTo("江西省吉安市吉州区工业园一路8号");
    assertThat(parties.get(4).get("LEGAL_REPRESENTATIVE")).isEqualTo("王建军");
    assertThat(jdbc.queryForObject("select worker_count from case_register where case_number = ?", Integer.class, caseNumber))
        .isEqualTo(3);
  }

  @Test
  void tenApplicantsAreACollectiveDisputeWithTwoToFiveRepresentatives() throws Exception {
    for (int representatives : new int[] {1, 6, 0}) {
      HttpResponse<String> refused = clerk().postJson("/api/cases", application(workers(10, representatives), ""));
      assertThat(errorFields(refused)).as("%d representatives", representatives).containsExactly("applicants");
      assertThat(JSON.readTree(refused.body()).path("errors").get(0).get("message").asText())
          .contains("2至5名代表", "第七条", "现标记" + representatives + "名");
    }
    for (int representatives : new int[] {2, 5}) {
      HttpResponse<String> accepted = clerk().postJson("/api/cases", application(workers(10, representatives), ""));
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
      JsonNode answer = JSON.readTree(accepted.body());
      String caseNumber = answer.get("caseNumber").asText();
      assertThat(answer.get("collectiveDispute").asBoolean()).isTrue();
      // the triage table and the collective alert read these two variables
      assertThat(engine.getRuntimeService().getVariable(answer.get("processInstanceId").asText(), "workerCount")).isEqualTo(10L);
      assertThat(engine.getRuntimeService().getVariable(answer.get("processInstanceId").asText(), "collectiveDispute")).isEqualTo(true);
      assertThat(jdbc.queryForMap("select worker_count, collective from case_register where case_number = ?", caseNumber))
          .containsEntry("WORKER_COUNT", 10).containsEntry("COLLECTIVE", true);
      assertThat(jdbc.queryForObject("select count(*) from case_party where case_number = ? and party_role = 'applicant'"
          + " and representative", Integer.class, caseNumber)).isEqualTo(representatives);
    }
    HttpResponse<String> nine = clerk().postJson("/api/cases", application(workers(9, 0), ""));
    assertThat(nine.statusCode()).as(nine.body()).isEqualTo(201);
    assertThat(JSON.readTree(nine.body()).get("collectiveDispute").asBoolean()).isFalse();
  }

  @Test
  void aThousandApplicantsAreOneCase() throws Exception {
    HttpResponse<String> response = clerk().postJson("/api/cases", application(workers(1000, 5), ""));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String caseNumber = JSON.readTree(response.body()).get("caseNumber").asText();
    assertThat(jdbc.queryForObject("select count(*) from case_party where case_number = ? and party_role = 'applicant'",
        Integer.class, caseNumber)).isEqualTo(1000);
    assertThat(jdbc.queryForObject("select worker_count from case_register where case_number = ?", Integer.class, caseNumber))
        .isEqualTo(1000);
    // not accepted here: its notices would start a thousand deliveries in the shared context (the fan-out: NoticeDeliveryTests)
  }

  @Test
  void aWorkerCountThatContradictsTheListIsRefusedAtTheField() throws Exception {
    String body = application(workers(3, 0), "").replace("\"knownDate\"", "\"workerCount\":12,\"knownDate\"");
    assertThat(errorFields(clerk().postJson("/api/cases", body))).containsExactly("workerCount");
    String agreeing = application(workers(3, 0), "").replace("\"knownDate\"", "\"workerCount\":3,\"knownDate\"");
    assertThat(clerk().postJson("/api/cases", agreeing).statusCode()).isEqualTo(201);
  }

  @Test
  void everyFurtherApplicantIsCheckedLikeTheFirstAndNoWorkerTwice() throws Exception {
    String twice = idNumber();
    String badCheck = idNumber();
    badCheck = badCheck.substring(0, 17) + (badCheck.charAt(17) == '0' ? '1' : '0');
    String child = "36080220150101" + "001";
    child = child + IdentityNumbers.checkCharacter(child);
    List<String> applicants = List.of(
        applicant("孙丽", twice, phone(), false),
        applicant("周建国", twice, phone(), false),
        applicant("吴敏", badCheck, phone(), false),
        applicant("郑\\u0007小", idNumber(), "1234", false),
        applicant("王小明", child, phone(), false));
    int cases = jdbc.queryForObject("select count(*) from case_register", Integer.class);

    List<String> fields = errorFields(clerk().postJson("/api/cases", application(applicants, "")));

    assertThat(fields).containsExactlyInAnyOrder("applicants[1].idNumber", "applicants[2].idNumber", "applicants[3].name",
        "applicants[3].phone", "applicants[4].idNumber");
    assertThat(jdbc.queryForObject("select count(*) from case_register", Integer.class)).isEqualTo(cases);
  }

  @Test
  void hostileListsAreRefusedWithA400NotA500() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      many.add(applicant("劳动者", "110101199003078515", "13800138000", false));
    }
    assertThat(errorFields(clerk().postJson("/api/cases", application(many, "")))).containsExactly("applicants");

    assertThat(errorFields(clerk().postJson("/api/cases", application(List.of("null", applicant("孙丽", idNumber(), phone(), false)), ""))))
        .containsExactly("applicants[0]");
    assertThat(errorFields(clerk().postJson("/api/cases", application(List.of(), "")))).containsExactly("applicants");
    HttpResponse<String> notObjects = clerk().postJson("/api/cases", application(List.of("1", "\"孙丽\""), ""));
    assertThat(notObjects.statusCode()).isEqualTo(400);
    assertThat(notObjects.body()).doesNotContain("Exception");

    String both = application(workers(1, 0), "\"applicant\":" + applicant("孙丽", idNumber(), phone(), false) + ",");
    assertThat(errorFields(clerk().postJson("/api/cases", both))).containsExactly("applicant");

    String agents = "\"agents\":[{\"side\":\"court\",\"name\":\"李律师\"},{\"side\":\"respondent\",\"name\":\"陈\",\"applicantSeq\":1},"
        + "{\"side\":\"applicant\",\"name\":\"赵律师\",\"applicantSeq\":7,\"phone\":\"99\"}],";
    assertThat(errorFields(clerk().postJson("/api/cases", application(workers(2, 0), agents))))
        .containsExactlyInAnyOrder("agents[0].side", "agents[1].name", "agents[1].applicantSeq", "agents[2].applicantSeq", "agents[2].phone");
    StringBuilder tooManyAgents = new StringBuilder("\"agents\":[");
    for (int i = 0; i < 7; i++) {
      tooManyAgents.append(i == 0 ? "" : ",").append("{\"side\":\"applicant\",\"name\":\"代理人\"}");
    }
    assertThat(errorFields(clerk().postJson("/api/cases", application(workers(2, 0), tooManyAgents + "],"))))
        .containsExactly("agents");
    String threeForOne = "\"agents\":[{\"side\":\"respondent\",\"name\":\"代理一\"},{\"side\":\"respondent\",\"name\":\"代理二\"},"
        + "{\"side\":\"respondent\",\"name\":\"代理三\"}],";
    assertThat(errorFields(clerk().postJson("/api/cases", application(workers(2, 0), threeForOne)))).containsExactly("agents[2].name");
  }

  @Test
  void theStartFormTakesNoListOfApplicants() {
    HttpResponse<String> response = clerk().postJson("/engine-rest/process-definition/key/LaborDisputeCase/submit-form", """
        {"variables":{"applicants":{"value":"[{\\"name\\":\\"孙丽\\"}]","type":"Json"},"channel":{"value":"online"}}}""");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("不是本表单的字段", "applicants").doesNotContain("at org.", "at cn.");
  }

  @Test
  void mediatorsCannotRegisterAListOfApplicants() {
    HttpResponse<String> response = HttpTestClient.basic(port, "mediator", "demo").postJson("/api/cases", application(workers(2, 0), ""));
    assertThat(response.statusCode()).isEqualTo(403);
  }
}
