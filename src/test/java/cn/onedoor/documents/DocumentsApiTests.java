package cn.onedoor.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case documents through {@code /api/cases/{caseNumber}/documents…}: each one's text read back
 * with PDFBox names every party and the right dates; a document exists only with its fact; who may
 * read them is {@code register.CaseAccess}'s rule.
 */
class DocumentsApiTests extends CaseProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SECOND_ID = "36080219850615001" + IdentityNumbers.checkCharacter("36080219850615001");

  @LocalServerPort int port;

  @Test
  void theAcceptanceNoticeNamesEveryApplicantTheEmployerAndTheDeadline() throws Exception {
    ProcessInstance kase = driver.registerThroughApi(twoWorkers());
    driver.accept(kase);
    String caseNumber = driver.businessKey(kase);

    HttpResponse<byte[]> notice = mediator().getBytes(documents(caseNumber) + "/acceptance-notice.pdf");

    assertThat(notice.statusCode()).isEqualTo(200);
    assertThat(notice.headers().firstValue("Content-Type")).hasValue("application/pdf");
    LocalDate deadline = jdbc.queryForObject("select mediation_deadline from case_register where case_number = ?", LocalDate.class, caseNumber);
    assertThat(textOf(notice.body()))
        .contains("受理通知书", caseNumber, "劳动人事争议一站式调处中心")
        .contains("赵小红、周建国、吉安市某某制衣有限公司：")
        .contains("本中心于2026年9月21日收到调解申请")
        .contains("调解期限至" + chinese(deadline))
        .contains("赵小红，公民身份号码：1101**********8515")
        .contains("周建国，公民身份号码：3608**********" + SECOND_ID.substring(14))
        .contains("吉安市某某制衣有限公司，统一社会信用代码：91360802MA35L0JX7X，住所：江西省吉安市吉州区工业园一路8号，法定代表人：王建军")
        .contains("李律师（申请人周建国的委托代理人）", "陈法务（被申请人的委托代理人）")
        .contains("案由：追索劳动报酬")
        .doesNotContain("110101199003078515", "13800138000");
  }

  @Test
  void listsWhatTheCaseHasAndOnlyThat() throws Exception {
    ProcessInstance kase = driver.registerThroughApi(twoWorkers());
    String caseNumber = driver.businessKey(kase);

    JsonNode before = list(caseNumber, "supervisor");   // not yet triaged: no pool's
    assertThat(before.isArray()).isTrue();
    assertThat(entry(before, "acceptance-notice").get("available").asBoolean()).isFalse();
    assertThat(entry(before, "acceptance-notice").get("url").isNull()).isTrue();
    assertThat(entry(before, "session-notice").get("available").asBoolean()).isFalse();
    assertThat(entry(before, "agreement").get("available").asBoolean()).isFalse();
    assertThat(types(before, "service-proof")).isEmpty();

    driver.accept(kase);
    schedule(kase, "in_person", "2026-09-23T09:30", "中心第一调解室");
    JsonNode after = list(caseNumber);

    JsonNode acceptance = entry(after, "acceptance-notice");
    assertThat(acceptance.get("title").asText()).isEqualTo("受理通知书");
    assertThat(acceptance.get("available").asBoolean()).isTrue();
    assertThat(acceptance.get("url").asText()).isEqualTo(documents(caseNumber) + "/acceptance-notice.pdf");
    assertThat(entry(after, "non-acceptance-notice").get("available").asBoolean()).isFalse();
    assertThat(entry(after, "session-notice").get("title").asText()).isEqualTo("调解会议通知书（第一次）");
    assertThat(entry(after, "session-notice").get("url").asText()).isEqualTo(documents(caseNumber) + "/session-notice/1.pdf");
    assertThat(entry(after, "termination-certificate").get("available").asBoolean()).isFalse();
    assertThat(after.get(0).fieldNames()).toIterable().containsExactly("type", "title", "available", "url");
    // served on both workers and the employer, each notice
    assertThat(types(after, "service-proof")).extracting(e -> e.get("url").asText()).containsExactly(
        documents(caseNumber) + "/service-proof/acceptance-notice/applicant-1.pdf",
        documents(caseNumber) + "/service-proof/acceptance-notice/applicant-2.pdf",
        documents(caseNumber) + "/service-proof/acceptance-notice/respondent-1.pdf",
        documents(caseNumber) + "/service-proof/session-notice-1/applicant-1.pdf",
        documents(caseNumber) + "/service-proof/session-notice-1/applicant-2.pdf",
        documents(caseNumber) + "/service-proof/session-notice-1/respondent-1.pdf");
    assertThat(types(after, "service-proof").get(2).get("title").asText()).isEqualTo("送达回证（受理通知书·被申请人吉安市某某制衣有限公司）");
    for (JsonNode document : after) {
      if (document.get("available").asBoolean()) {
        assertThat(mediator().getBytes(document.get("url").asText()).statusCode()).as(document.get("url").asText()).isEqualTo(200);
      }
    }
  }

  @Test
  void aSessionNoticeForEachScheduledSessionWithItsTimePlaceAndMediator() throws Exception {
    ProcessInstance kase = driver.registerThroughApi(twoWorkers());
    driver.accept(kase);
    String caseNumber = driver.businessKey(kase);
    schedule(kase, "in_person", "2026-09-23T09:30", "中心第一调解室");

    HttpResponse<byte[]> first = mediator().getBytes(documents(caseNumber) + "/session-notice/1.pdf");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(textOf(first.body()))
        .contains("调解会议通知书", caseNumber + "（第一次）")
        .contains("赵小红、周建国、吉安市某某制衣有限公司：")
        .contains("2026年9月23日9时30分", "现场调解", "中心第一调解室", "调解员李明")
        .contains("申请人：赵小红、周建国", "被申请人：吉安市某某制衣有限公司（法定代表人：王建军）");
    writeScreenshot(first.body(), Path.of("target", "screenshots", "documents", "session-notice.png"));

    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方分歧较大，另行安排", "sessionResult", "another_session");
    schedule(kase, "cloud", "2026-09-25T14:00", null);

    HttpResponse<byte[]> second = mediator().getBytes(documents(caseNumber) + "/session-notice/2.pdf");
    String link = (String) driver.calledProcessVariable(kase, "CaseMediation", "meetingLink");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(textOf(second.body())).contains(caseNumber + "（第二次）", "2026年9月25日14时", "云调解", link.replaceAll("\\s+", ""));
    // the first session keeps its own notice once recorded
    assertThat(textOf(mediator().getBytes(documents(caseNumber) + "/session-notice/1.pdf").body())).contains("2026年9月23日9时30分");
    HttpResponse<String> third = mediator().get(documents(caseNumber) + "/session-notice/3.pdf");
    assertThat(third.statusCode()).isEqualTo(404);
    assertThat(third.body()).contains("\"error\":\"no_document\"", "没有第3次调解会议");
  }

  @Test
  void theNonAcceptanceNoticeGivesTheReviewsReasonAndDate() throws Exception {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(kase);
    driver.today(LocalDate.of(2026, 9, 23));
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK, "inScope", false,
        "rejectionReason", "申请人请求事项不属于劳动争议受案范围", "decisionDate", "2026-09-22");

    HttpResponse<byte[]> notice = HttpTestClient.basic(port, "supervisor", "demo").getBytes(documents(caseNumber) + "/non-acceptance-notice.pdf");

    assertThat(notice.statusCode()).isEqualTo(200);
    assertThat(textOf(notice.body()))
        .contains("不予受理通知书", caseNumber, "赵小红：", "与吉安市某某制衣有限公司追索劳动报酬劳动争议一案")
        .contains("本中心于2026年9月21日收到调解申请", "理由：申请人请求事项不属于劳动争议受案范围", "2026年9月22日");
    JsonNode listed = list(caseNumber, "supervisor");
    assertThat(entry(listed, "non-acceptance-notice").get("available").asBoolean()).isTrue();
    assertThat(entry(listed, "acceptance-notice").get("available").asBoolean()).isFalse();
    // served on the worker only
    assertThat(types(listed, "service-proof")).extracting(e -> e.get("url").asText())
        .containsExactly(documents(caseNumber) + "/service-proof/non-acceptance-notice/applicant-1.pdf");
    HttpResponse<String> accepted = HttpTestClient.basic(port, "supervisor", "demo").get(documents(caseNumber) + "/acceptance-notice.pdf");
    assertThat(accepted.statusCode()).isEqualTo(404);
    assertThat(accepted.body()).contains("尚未受理");
    assertThat(HttpTestClient.basic(port, "supervisor", "demo")
        .get(documents(caseNumber) + "/service-proof/non-acceptance-notice/respondent-1.pdf").statusCode()).isEqualTo(404);
    assertThat(textOf(HttpTestClient.basic(port, "supervisor", "demo")
        .getBytes(documents(caseNumber) + "/service-proof/non-acceptance-notice/applicant-1.pdf").body()))
        .contains("送达回证", caseNumber, "送达文书不予受理通知书", "受送达人赵小红（申请人）", "受送达人签名或盖章");
  }

  @Test
  void theCertificateShowsThatMediationEndedWithoutAgreement() throws Exception {
    ProcessInstance kase = driver.registerThroughApi(twoWorkers());
    driver.accept(kase);
    String caseNumber = driver.businessKey(kase);
    assertThat(mediator().get(documents(caseNumber) + "/termination-certificate.pdf").statusCode()).isEqualTo(404);
    driver.failMediation(kase);

    HttpResponse<byte[]> certificate = mediator().getBytes(documents(caseNumber) + "/termination-certificate.pdf");

    assertThat(certificate.statusCode()).isEqualTo(200);
    assertThat(textOf(certificate.body()))
        .contains("调解终止证明", caseNumber)
        .contains("赵小红，公民身份号码：110101199003078515", "周建国，公民身份号码：" + SECOND_ID)
        .contains("吉安市某某制衣有限公司，统一社会信用代码：91360802MA35L0JX7X")
        .contains("本中心于2026年9月21日收到调解申请，于2026年9月21日受理。经本中心主持调解，双方当事人未能达成调解协议，本中心于2026年9月21日终止调解。")
        .contains("劳动人事争议仲裁委员会申请仲裁");
    assertThat(entry(list(caseNumber), "termination-certificate").get("available").asBoolean()).isTrue();
    assertThat(textOf(mediator().getBytes(documents(caseNumber) + "/service-proof/termination-certificate/respondent-1.pdf").body()))
        .contains("送达文书调解终止证明", "受送达人吉安市某某制衣有限公司（被申请人）", "送达地址江西省吉安市吉州区工业园一路8号");
  }

  @Test
  void theCertificateOfAnEmployerWhoRefusedMediationSaysSo() throws Exception {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(kase);
    driver.complete(kase, "Task_ReviewEligibility", "clerk", CLERK, "inScope", true, "employerConsents", false);

    HttpResponse<byte[]> certificate = HttpTestClient.basic(port, "admin", "demo").getBytes(documents(caseNumber) + "/termination-certificate.pdf");

    assertThat(certificate.statusCode()).isEqualTo(200);
    assertThat(textOf(certificate.body())).contains("被申请人不同意调解，本中心于2026年9月21日终止调解", "赵小红");
    assertThat(entry(list(caseNumber, "admin"), "acceptance-notice").get("available").asBoolean()).isFalse();
  }

  @Test
  void theAgreementIsListedWithItsOwnDownload() throws Exception {
    String caseNumber = driver.caseWithDeferredAgreement();

    JsonNode agreement = entry(list(caseNumber), "agreement");

    assertThat(agreement.get("title").asText()).isEqualTo("调解协议书");
    assertThat(agreement.get("available").asBoolean()).isTrue();
    assertThat(agreement.get("url").asText()).isEqualTo("/api/cases/" + encoded(caseNumber) + "/agreement.pdf");
    assertThat(mediator().getBytes(agreement.get("url").asText()).statusCode()).isEqualTo(200);
    assertThat(textOf(mediator().getBytes(documents(caseNumber) + "/service-proof/agreement/applicant-1.pdf").body()))
        .contains("送达文书调解协议书", "受送达人赵小红（申请人）");
  }

  @Test
  void aHostilePartyNamePrintsAsText() throws Exception {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);
    String caseNumber = driver.businessKey(kase);
    jdbc.update("update case_party set name = ? where case_number = ? and party_role = 'applicant'",
        "<script>alert(\"x\")</script>", caseNumber);
    jdbc.update("update case_party set name = ?, address = ? where case_number = ? and party_role = 'respondent'",
        "A&B</p><h1>公司", "{{centreName}}路1号", caseNumber);

    HttpResponse<byte[]> notice = mediator().getBytes(documents(caseNumber) + "/acceptance-notice.pdf");

    assertThat(notice.statusCode()).isEqualTo(200);
    assertThat(textOf(notice.body()))
        .contains("<script>alert(\"x\")</script>、A&B</p><h1>公司：")
        .contains("住所：{{centreName}}路1号");
  }

  @Test
  void onlyThoseWhoMayReadTheCaseGetItsDocuments() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);   // the union pool's (mediator's), not the lawyers' pool (mediator2's)
    String caseNumber = driver.businessKey(kase);
    String pdf = documents(caseNumber) + "/acceptance-notice.pdf";

    for (String reader : List.of("mediator", "supervisor", "admin")) {
      assertThat(HttpTestClient.basic(port, reader, "demo").getBytes(pdf).statusCode()).as(reader).isEqualTo(200);
      assertThat(HttpTestClient.basic(port, reader, "demo").get(documents(caseNumber)).statusCode()).as(reader).isEqualTo(200);
    }
    for (String other : List.of("mediator2", "clerk", "lawyer")) {
      HttpResponse<String> refused = HttpTestClient.basic(port, other, "demo").get(pdf);
      assertThat(refused.statusCode()).as(other).isEqualTo(403);
      assertThat(refused.body()).contains("您无权查看该案件").doesNotContain("赵小红");
      assertThat(HttpTestClient.basic(port, other, "demo").get(documents(caseNumber)).statusCode()).as(other).isEqualTo(403);
      // not even whether a document exists, or whether the kind is known
      assertThat(HttpTestClient.basic(port, other, "demo").get(documents(caseNumber) + "/non-acceptance-notice.pdf").statusCode()).isEqualTo(403);
      assertThat(HttpTestClient.basic(port, other, "demo").get(documents(caseNumber) + "/no-such-thing.pdf").statusCode()).isEqualTo(403);
    }
    assertThat(HttpTestClient.anonymous(port).get(pdf).statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.anonymous(port).get(documents(caseNumber)).statusCode()).isEqualTo(401);
    String unknown = documents("吉劳调〔2099〕9999号");
    assertThat(HttpTestClient.basic(port, "supervisor", "demo").get(unknown).statusCode()).isEqualTo(404);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get(unknown).statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownKindIs400AndAMissingDocument404() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);
    String caseNumber = driver.businessKey(kase);

    HttpResponse<String> unknown = mediator().get(documents(caseNumber) + "/summons.pdf");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"error\":\"unknown_document\"", "没有这种文书");
    assertThat(mediator().get(documents(caseNumber) + "/session-notice.pdf").statusCode()).isEqualTo(400);
    assertThat(mediator().get(documents(caseNumber) + "/session-notice/first.pdf").statusCode()).isEqualTo(400);
    assertThat(mediator().get(documents(caseNumber) + "/service-proof/summons/applicant-1.pdf").statusCode()).isEqualTo(400);
    assertThat(mediator().get(documents(caseNumber) + "/service-proof/acceptance-notice/witness-1.pdf").statusCode()).isEqualTo(400);
    HttpResponse<String> noSession = mediator().get(documents(caseNumber) + "/session-notice/1.pdf");
    assertThat(noSession.statusCode()).isEqualTo(404);
    assertThat(noSession.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(mediator().get(documents(caseNumber) + "/termination-certificate.pdf").statusCode()).isEqualTo(404);
    assertThat(mediator().get(documents(caseNumber) + "/service-proof/acceptance-notice/applicant-2.pdf").statusCode()).isEqualTo(404);
    assertThat(mediator().get(documents(caseNumber) + "/service-proof/session-notice-1/applicant-1.pdf").statusCode()).isEqualTo(404);
  }

  // --- helpers

  /** Two workers, the employer's particulars and an agent on each side (as the agreement's test). */
  static Map<String, Object> twoWorkers() {
    Map<String, Object> application = CaseDriver.walkIn("employerAddress", "江西省吉安市吉州区工业园一路8号",
        "employerLegalRepresentative", "王建军");
    application.remove("workerCount");
    application.put("applicants", List.of(
        Map.of("name", "赵小红", "idNumber", "110101199003078515", "phone", "13800138000"),
        Map.of("name", "周建国", "idNumber", SECOND_ID, "phone", "13700137000")));
    application.put("agents", List.of(Map.of("side", "applicant", "name", "李律师", "applicantSeq", 2),
        Map.of("side", "respondent", "name", "陈法务")));
    return application;
  }

  void schedule(ProcessInstance kase, String mode, String time, String place) {
    if (place == null) {
      driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL, "sessionMode", mode, "sessionTime", time);
    } else {
      driver.complete(kase, "Task_ScheduleSession", "mediator", UNION_POOL, "sessionMode", mode, "sessionTime", time, "sessionPlace", place);
    }
  }

  HttpTestClient mediator() {
    return HttpTestClient.basic(port, "mediator", "demo");
  }

  JsonNode list(String caseNumber) throws IOException {
    return list(caseNumber, "mediator");
  }

  JsonNode list(String caseNumber, String user) throws IOException {
    HttpResponse<String> answer = HttpTestClient.basic(port, user, "demo").get(documents(caseNumber));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  static JsonNode entry(JsonNode list, String type) {
    return types(list, type).stream().findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + list));
  }

  static List<JsonNode> types(JsonNode list, String type) {
    List<JsonNode> found = new ArrayList<>();
    list.forEach(e -> {
      if (type.equals(e.get("type").asText())) {
        found.add(e);
      }
    });
    return found;
  }

  static String documents(String caseNumber) {
    return "/api/cases/" + encoded(caseNumber) + "/documents";
  }

  static String encoded(String caseNumber) {
    return URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String chinese(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  static void writeScreenshot(byte[] pdf, Path png) throws IOException {
    Files.createDirectories(png.getParent());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 100), "png", png.toFile());
    }
  }
}
