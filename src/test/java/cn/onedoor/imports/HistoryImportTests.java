package cn.onedoor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/imports/cases}: a centre's history of its own making (594 closed cases, the
 * figures of DOMAIN.md's KPI table) imported through the API reproduces the KPI table for its
 * period; importing it again changes nothing; bad lines are answered with their line number and
 * lose nothing of the good ones; only administrators may import.
 */
@OneDoorSpringTest
class HistoryImportTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The replay's period (the figures are compared as what the import adds to it). */
  private static final LocalDate FIRST = LocalDate.of(2015, 3, 1);
  private static final LocalDate LAST = LocalDate.of(2017, 12, 31);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  @Test
  void theCentresHistoryImportedReproducesItsKpiTableAndASecondImportChangesNothing() throws Exception {
    String file = CentreHistoryFile.ndjson(FIRST, "历史");
    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
    long processes = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    long jobs = engine.getManagementService().createJobQuery().count();

    JsonNode before = kpi();
    JsonNode first = post(admin, file, HistoryImportController.NDJSON);
    assertThat(first.get("imported").asInt()).as(first.toString().substring(0, Math.min(600, first.toString().length()))).isEqualTo(594);
    assertThat(first.get("refused").asInt()).isZero();
    assertThat(first.get("results").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(first.get("results").get(0).get("caseNumber").asText()).matches("吉劳调〔2015〕\\d{4}号");

    // what the import added to its period (isolation by difference: other tests' cases on those days do not count)
    JsonNode after = kpi();
    long cases = added(before, after, "casesReceived");
    long agreements = added(before, after, "agreementsReached");
    assertThat(cases).isEqualTo(594);
    assertThat(added(before, after, "workersInvolved")).isEqualTo(648);
    assertThat(added(before, after, "enterprisesInvolved")).isEqualTo(397);
    assertThat(agreements).isEqualTo(588);
    assertThat(added(before, after, "performedOnTheSpot")).isEqualTo(256);
    assertThat(new java.math.BigDecimal(agreements * 100).divide(new java.math.BigDecimal(cases), 2, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("98.99");
    assertThat(new java.math.BigDecimal(after.get("amountRecovered").asText()).subtract(new java.math.BigDecimal(before.get("amountRecovered").asText())))
        .isEqualByComparingTo("6811100.00");
    // in their real months: March 2015 to December 2017
    assertThat(months(after)).contains("2015-03", "2016-02", "2017-12");

    // every worker is a party of the case, the employer with its particulars; no process, no timer
    String twoWorkers = first.get("results").get(0).get("caseNumber").asText();
    assertThat(jdbc.queryForObject("select count(*) from case_party where case_number = ? and party_role = 'applicant'",
        Integer.class, twoWorkers)).isEqualTo(2);
    assertThat(jdbc.queryForMap("select address, legal_representative from case_party where case_number = ? and party_role = 'respondent'",
        twoWorkers)).containsValues("吉安市吉州区某某路0号", "法人0");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(processes);
    assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(jobs);
    assertThat(jdbc.queryForMap("select status, outcome, closed_on, original_case_number from case_register where case_number = ?", twoWorkers))
        .containsEntry("STATUS", "closed").containsEntry("OUTCOME", "settled").containsEntry("ORIGINAL_CASE_NUMBER", "历史-0001");

    // in history: the closed cases and the case's timeline, from the register's dates
    JsonNode timeline = JSON.readTree(HttpTestClient.basic(port, "supervisor", "demo")
        .get("/api/cases/" + java.net.URLEncoder.encode(twoWorkers, StandardCharsets.UTF_8) + "/timeline").body());
    assertThat(timeline.get("state").asText()).isEqualTo("已办结（历史导入）");
    assertThat(timeline.get("steps").findValuesAsText("activityName")).containsExactly("收到申请", "受理", "达成调解协议", "结案：调解结案，当场履行", "导入本系统");

    JsonNode again = post(admin, file, HistoryImportController.NDJSON);
    assertThat(again.get("imported").asInt()).isZero();
    assertThat(again.get("duplicates").asInt()).isEqualTo(594);
    assertThat(again.get("results").get(0).get("caseNumber").asText()).isEqualTo(twoWorkers);
    JsonNode unchanged = kpi();
    assertThat(added(after, unchanged, "casesReceived")).isZero();
    assertThat(unchanged.get("amountRecovered").asText()).isEqualTo(after.get("amountRecovered").asText());
  }

  @Test
  void theSameCaseWithoutItsNumberIsRecognisedByItsPartiesAndReceiptDay() throws Exception {
    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
    ObjectNode line = CentreHistoryFile.line(7, LocalDate.of(2012, 6, 1), null);
    JsonNode first = post(admin, line + "\n", HistoryImportController.NDJSON);
    assertThat(first.get("imported").asInt()).isEqualTo(1);
    JsonNode again = post(admin, line + "\n", HistoryImportController.NDJSON);
    assertThat(again.get("duplicates").asInt()).isEqualTo(1);
    assertThat(again.get("results").get(0).get("message").asText()).contains("未重复导入");
  }

  @Test
  void anOriginalNumberOfOursIsKeptAndTheYearsCounterMovesPastIt() throws Exception {
    ObjectNode line = CentreHistoryFile.line(3, LocalDate.of(2011, 4, 1), null);
    line.put("caseNumber", "吉劳调〔2011〕0345号");
    JsonNode report = post(HttpTestClient.basic(port, "admin", "demo"), line + "\n", HistoryImportController.NDJSON);
    assertThat(report.get("results").get(0).get("caseNumber").asText()).isEqualTo("吉劳调〔2011〕0345号");
    assertThat(jdbc.queryForObject("select last_value from case_number_counter where case_year = 2011", Integer.class))
        .isGreaterThanOrEqualTo(345);
  }

  @Test
  void badLinesAreAnsweredWithTheirLineNumberAndTheGoodOnesAreImported() throws Exception {
    LocalDate base = LocalDate.of(2010, 3, 1);
    ObjectNode good = CentreHistoryFile.line(1, base, null);
    ObjectNode badCheckDigit = CentreHistoryFile.line(2, base, null);
    String id = badCheckDigit.get("applicants").get(0).get("idNumber").asText();
    ((ObjectNode) badCheckDigit.get("applicants").get(0)).put("idNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
    ObjectNode badSecondWorker = CentreHistoryFile.line(3, base, null);
    ((ObjectNode) badSecondWorker.withArray("applicants").addObject()).put("name", "王").put("idNumber", "123");
    ObjectNode closedBeforeAccepted = CentreHistoryFile.line(4, base, null);
    closedBeforeAccepted.put("closedDate", "2009-01-01");
    ObjectNode unknownOutcome = CentreHistoryFile.line(5, base, null);
    unknownOutcome.put("outcome", "consultation_only");
    ObjectNode typo = CentreHistoryFile.line(6, base, null);
    typo.put("recievedDate", "2010-03-01");
    ObjectNode badCreditCode = CentreHistoryFile.line(8, base, null);
    ((ObjectNode) badCreditCode.get("employer")).put("creditCode", "91360802MA35L0JX70");
    ObjectNode future = CentreHistoryFile.line(9, base, null);
    future.put("closedDate", "2099-01-01");
    // a second worker checked by intake's own rules: ten years old at the receipt is no worker
    ObjectNode child = CentreHistoryFile.line(60, base, null);
    ((ObjectNode) child.withArray("applicants").addObject()).put("name", "王小明")
        .put("idNumber", CentreHistoryFile.identityNumberBornOn(LocalDate.of(2000, 1, 1), 7));
    String file = String.join("\n", good.toString(), badCheckDigit.toString(), "{\"channel\": \"window\",", badSecondWorker.toString(),
        closedBeforeAccepted.toString(), "", unknownOutcome.toString(), typo.toString(), badCreditCode.toString(), future.toString(), "[1,2]", child.toString());

    JsonNode report = post(HttpTestClient.basic(port, "admin", "demo"), file, HistoryImportController.NDJSON);

    assertThat(report.get("imported").asInt()).isEqualTo(1);
    assertThat(report.get("refused").asInt()).isEqualTo(10);
    Map<Integer, String> fields = new java.util.TreeMap<>();
    for (JsonNode result : report.get("results")) {
      if (result.get("status").asText().equals("refused")) {
        fields.put(result.get("line").asInt(), result.get("errors").get(0).get("field").asText());
        assertThat(result.get("message").asText()).startsWith("第 " + result.get("line").asInt() + " 行未导入").containsPattern("\\p{IsHan}");
      }
    }
    assertThat(fields).containsEntry(2, "applicants[0].idNumber").containsEntry(3, "line").containsEntry(4, "applicants[2].name")
        .containsEntry(5, "closedDate").containsEntry(7, "outcome").containsEntry(8, "recievedDate")
        .containsEntry(9, "employer.creditCode").containsEntry(10, "closedDate").containsEntry(11, "line")
        .containsEntry(12, "applicants[1].idNumber");
    assertThat(report.toString()).doesNotContain("Exception", "org.", "java.", "SQL");
  }

  @Test
  void theCsvTemplateAsExcelSavesItIsImportedAndItsExampleRowsAreNot() throws Exception {
    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
    HttpResponse<String> template = admin.get("/api/imports/cases/template.csv");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(template.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String header = template.body().lines().findFirst().orElseThrow();
    assertThat(header).contains("案件序号", "申请人身份证号码", "结案方式");

    // the template's examples, filled in as the centre's own (案件序号 1 and 2), saved by Excel as GB18030
    String filled = template.body().replace("示例1", "1").replace("示例2", "2")
        .replace("吉劳调〔2024〕0123号", "").replace("2024/", "2014/");
    JsonNode report = post(admin, filled, "text/csv", Charset.forName("GB18030"));
    assertThat(report.get("imported").asInt()).as(report.toString()).isEqualTo(2);
    String twoWorkers = report.get("results").get(1).get("caseNumber").asText();
    assertThat(jdbc.queryForList("select name from case_party where case_number = ? and party_role = 'applicant' order by seq",
        String.class, twoWorkers)).containsExactly("刘建国", "王芳");
    assertThat(jdbc.queryForMap("select outcome, accepted_on, agreement_on, closed_on, worker_count from case_register where case_number = ?",
        twoWorkers)).containsEntry("OUTCOME", "settled_after_deferred_performance").containsEntry("WORKER_COUNT", 2)
        .containsEntry("ACCEPTED_ON", java.sql.Date.valueOf("2014-05-08")).containsEntry("CLOSED_ON", java.sql.Date.valueOf("2014-06-10"));

    JsonNode examples = post(admin, template.body(), "text/csv", StandardCharsets.UTF_8);
    assertThat(examples.get("imported").asInt()).isZero();
    assertThat(examples.get("results").get(0).get("message").asText()).contains("示例行");
  }

  @Test
  void onlyAdministratorsImportAndAnEmptyOrForeignBodyIsAClearError() {
    for (String user : List.of("clerk", "mediator", "supervisor")) {
      assertThat(send(HttpTestClient.basic(port, user, "demo"), "{}\n", HistoryImportController.NDJSON, StandardCharsets.UTF_8).statusCode())
          .as(user).isEqualTo(403);
    }
    assertThat(send(HttpTestClient.anonymous(port), "{}\n", HistoryImportController.NDJSON, StandardCharsets.UTF_8).statusCode()).isEqualTo(401);
    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
    HttpResponse<String> empty = send(admin, "\n\n", HistoryImportController.NDJSON, StandardCharsets.UTF_8);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("导入文件为空");
    HttpResponse<String> xml = send(admin, "<cases/>", "application/xml", StandardCharsets.UTF_8);
    assertThat(xml.statusCode()).isEqualTo(415);
    assertThat(xml.body()).containsPattern("\\p{IsHan}").doesNotContain("org.springframework");
    HttpResponse<String> huge = send(admin, "{}\n".repeat(4_000_000), HistoryImportController.NDJSON, StandardCharsets.UTF_8);
    assertThat(huge.statusCode()).isEqualTo(413);
  }

  private JsonNode kpi() throws Exception {
    return JSON.readTree(HttpTestClient.basic(port, "supervisor", "demo").get("/api/reports/kpi?from=" + FIRST + "&to=" + LAST).body());
  }

  private static long added(JsonNode before, JsonNode after, String figure) {
    return after.get(figure).asLong() - before.get(figure).asLong();
  }

  private static List<String> months(JsonNode kpi) {
    return kpi.get("breakdowns").get("month").findValuesAsText("key");
  }

  private JsonNode post(HttpTestClient client, String body, String type) throws Exception {
    return post(client, body, type, StandardCharsets.UTF_8);
  }

  private JsonNode post(HttpTestClient client, String body, String type, Charset charset) throws Exception {
    HttpResponse<String> response = send(client, body, type, charset);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> send(HttpTestClient client, String body, String type, Charset charset) {
    return client.send(client.request("/api/imports/cases").timeout(Duration.ofMinutes(5)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(charset))));
  }
}
