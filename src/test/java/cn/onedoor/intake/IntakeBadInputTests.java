package cn.onedoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile and malformed {@code POST /api/cases} bodies, sent as the clerk: each is refused with a
 * 4xx whose Chinese message names the field, shows nothing of the server's insides, and leaves no
 * case, party, process or notice behind.
 */
@OneDoorSpringTest
class IntakeBadInputTests {

  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** What an error body must never show. */
  static final List<String> INTERNALS = List.of("Exception", "org.", "java.", "SQL", "###", "at cn.", "jdbc");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  /** One hostile request: its body (and content type), the status it earns, what the message must name. */
  record Bad(String name, String body, String contentType, int status, String named) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A valid online application, then changed by {@code change}. */
  static String online(Consumer<ObjectNode> change) {
    ObjectNode body = NODES.objectNode();
    body.put("channel", "online");
    body.putObject("applicant").put("name", "孙丽").put("idNumber", "360802198512120028").put("phone", "13912345678");
    body.putObject("employer").put("name", "吉安市某某电子有限公司").put("creditCode", "91360821MA38ABCD13");
    body.putObject("claim").put("disputeType", "wages").put("amount", "8600.50").put("description", "拖欠2026年9月、10月工资")
        .put("workerCount", 1).put("knownDate", "2026-11-05");
    change.accept(body);
    return body.toString();
  }

  static Bad bad(String name, Consumer<ObjectNode> change, String named) {
    return new Bad(name, online(change), "application/json", 400, named);
  }

  static Bad raw(String name, String body, String named) {
    return new Bad(name, body, "application/json", 400, named);
  }

  static ObjectNode applicant(ObjectNode body) {
    return (ObjectNode) body.get("applicant");
  }

  static ObjectNode employer(ObjectNode body) {
    return (ObjectNode) body.get("employer");
  }

  static ObjectNode claim(ObjectNode body) {
    return (ObjectNode) body.get("claim");
  }

  static Stream<Bad> corpus() {
    return Stream.of(
        // wrong JSON types
        bad("number for the name", b -> applicant(b).put("name", 12345), "申请人姓名"),
        bad("object for the amount", b -> claim(b).putObject("amount").put("value", "8600.50"), "claim.amount"),
        bad("array for the employer", b -> b.putArray("employer").add("吉安市某某电子有限公司"), "employer"),
        bad("text for the worker count", b -> claim(b).put("workerCount", "many"), "claim.workerCount"),
        bad("worker count beyond int", b -> claim(b).put("workerCount", 10_000_000_000L), "claim.workerCount"),
        // not JSON, or not an object
        raw("malformed JSON", "{\"channel\":\"online\",\"applicant\":{\"name\":\"孙丽\"", "JSON"),
        raw("empty body", "", "JSON"),
        raw("array body", "[" + online(b -> {}) + "]", "JSON"),
        raw("string body", "\"申请调解\"", "JSON"),
        raw("JSON null body", "null", "JSON"),
        raw("claim nested ten thousand deep", "{\"claim\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}", "claim"),
        raw("unknown field nested ten thousand deep",
            online(b -> {}).replaceFirst("^\\{", "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + ","), "JSON"),
        new Bad("form-encoded body", "channel=online&applicant.name=孙丽", "application/x-www-form-urlencoded", 415, "application/json"),
        new Bad("plain text body", online(b -> {}), "text/plain", 415, "application/json"),
        // lengths and characters
        bad("5,000-character applicant name", b -> applicant(b).put("name", "孙".repeat(5000)), "申请人姓名"),
        bad("5,000-character employer name", b -> employer(b).put("name", "企".repeat(5000)), "被申请人（用人单位）名称"),
        bad("101-character employer name", b -> employer(b).put("name", "企".repeat(101)), "被申请人（用人单位）名称"),
        bad("4,001-character description", b -> claim(b).put("description", "欠".repeat(4001)), "请求事项及事实理由"),
        bad("NUL in the applicant name", b -> applicant(b).put("name", "孙\u0000丽"), "申请人姓名"),
        bad("right-to-left override in the employer name", b -> employer(b).put("name", "吉安市\u202E司公限有"), "被申请人（用人单位）名称"),
        bad("script in the name with a bad identity number",
            b -> applicant(b).put("name", "<script>alert(1)</script>").put("idNumber", "360802198512120027"), "申请人身份证号码"),
        // identity numbers
        bad("birth date in 2030", b -> applicant(b).put("idNumber", id("20300101")), "申请人身份证号码"),
        bad("worker aged ten", b -> applicant(b).put("idNumber", id("20160101")), "未满16周岁"),
        bad("worker aged 110", b -> applicant(b).put("idNumber", id("19160101")), "超过100周岁"),
        bad("bad check digit", b -> applicant(b).put("idNumber", "360802198512120027"), "申请人身份证号码"),
        bad("15-digit old-style number", b -> applicant(b).put("idNumber", "360802851212002"), "申请人身份证号码"),
        // dates
        bad("received on 1900-01-01", b -> b.put("receivedDate", "1900-01-01"), "收到申请日期"),
        bad("received the day before the law took effect", b -> b.put("receivedDate", "2008-04-30"), "收到申请日期"),
        bad("received in 2099", b -> b.put("receivedDate", "2099-01-01"), "收到申请日期"),
        bad("known date 30 February", b -> claim(b).put("knownDate", "2026-02-30"), "知道或应当知道权利被侵害之日"),
        bad("known date in 1800", b -> claim(b).put("knownDate", "1800-01-01"), "知道或应当知道权利被侵害之日"),
        bad("employment ended in the future", b -> claim(b).put("employmentEndDate", "2099-12-31"), "劳动关系终止日期"),
        // amounts and counts
        bad("amount 999999999999999", b -> claim(b).put("amount", "999999999999999"), "请求金额"),
        bad("negative amount", b -> claim(b).put("amount", "-8600.50"), "请求金额"),
        bad("amount with three decimals", b -> claim(b).put("amount", "8600.505"), "请求金额"),
        bad("amount in scientific notation", b -> claim(b).put("amount", "1e12"), "请求金额"),
        bad("no workers", b -> claim(b).put("workerCount", 0), "涉及劳动者人数"),
        bad("a billion workers", b -> claim(b).put("workerCount", 1_000_000_000), "涉及劳动者人数"),
        // channels, types, the read-back
        bad("window application without the read-back", b -> b.put("channel", "window"), "宣读"),
        bad("union referral read-back false", b -> b.put("channel", "union_referral").put("applicationReadBack", false), "宣读"),
        bad("unknown channel", b -> b.put("channel", "fax"), "受理渠道"),
        bad("unknown dispute type", b -> claim(b).put("disputeType", "bogus"), "争议类型"),
        bad("SQL in the dispute type", b -> claim(b).put("disputeType", "wages'; drop table case_register; --"), "争议类型"),
        bad("court-entrusted deadline in 9999",
            b -> b.put("channel", "court_entrusted").putObject("entrustment").put("courtCaseNumber", "（2026）赣0802诉前调1234号")
                .put("deadline", "9999-12-31"), "法院委派调解期限"),
        // missing parts
        bad("null employer", b -> b.putNull("employer"), "被申请人（用人单位）名称"),
        bad("no applicant", b -> b.remove("applicant"), "申请人姓名"),
        raw("empty object", "{}", "受理渠道"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedInChineseNamingTheFieldAndWritesNothing(Bad bad) throws Exception {
    long cases = count("case_register");
    long parties = count("case_party");
    long notices = count("notification");
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

    HttpTestClient clerk = HttpTestClient.basic(port, "clerk", "demo");
    HttpResponse<String> response = clerk.send(clerk.request("/api/cases")
            .header("Content-Type", bad.contentType() + "; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(bad.body())));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(bad.status());
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    String message = body.path("message").asText();
    assertThat(message).as("Chinese message").containsPattern("\\p{IsHan}");
    assertThat(response.body()).as("message or field errors name %s", bad.named()).contains(bad.named());
    assertThat(response.body()).as("no internals").doesNotContain(INTERNALS.toArray(String[]::new));
    assertThat(response.body()).as("nothing echoed as markup").doesNotContain("<script");
    assertThat(count("case_register")).as("case_register rows").isEqualTo(cases);
    assertThat(count("case_party")).as("case_party rows").isEqualTo(parties);
    assertThat(count("notification")).as("notification rows").isEqualTo(notices);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("process instances").isEqualTo(instances);
  }

  @Test
  void theCorpusIsLargeEnough() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void aNameThatLooksLikeMarkupIsKeptAsText() throws Exception {
    String name = "<script>alert('孙丽')</script>";
    HttpResponse<String> response = HttpTestClient.basic(port, "clerk", "demo").postJson("/api/cases",
        online(b -> applicant(b).put("name", name).put("idNumber", id("19880808"))));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String caseNumber = JSON.readTree(response.body()).get("caseNumber").asText();
    assertThat(jdbc.queryForObject("select applicant_name from case_register where case_number = ?", String.class, caseNumber))
        .isEqualTo(name);
  }

  @Test
  void aWindowApplicationReadBackToTheApplicantIsRegistered() throws Exception {
    HttpResponse<String> response = HttpTestClient.basic(port, "clerk", "demo").postJson("/api/cases",
        online(b -> {
          b.put("channel", "window").put("applicationReadBack", true);
          applicant(b).put("idNumber", id("19790101"));
        }));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  /** A valid identity number of someone born on {@code yyyymmdd}. */
  static String id(String yyyymmdd) {
    String first17 = "360802" + yyyymmdd + "002";
    return first17 + cn.onedoor.party.IdentityNumbers.checkCharacter(first17);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
