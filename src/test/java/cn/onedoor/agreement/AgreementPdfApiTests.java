package cn.onedoor.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.CaseProcessTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/cases/{caseNumber}/agreement.pdf: the PDF made when the mediator drafts the agreement. */
class AgreementPdfApiTests extends CaseProcessTest {

  static final List<String> CLERK = List.of("intake-clerk");
  static final List<String> UNION_POOL = List.of("mediator-union");

  @LocalServerPort int port;

  @Test
  void mediatorDownloadsTheAgreementMadeWhenTheCaseSettles() throws Exception {
    String caseNumber = driver.caseWithDeferredAgreement();

    HttpResponse<byte[]> download = HttpTestClient.basic(port, "mediator", "demo").getBytes(path(caseNumber));

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(header -> assertThat(header)
        .startsWith("attachment; filename=\"agreement-")
        .contains("filename*=UTF-8''" + URLEncoder.encode("调解协议书-" + caseNumber + ".pdf", StandardCharsets.UTF_8)));
    assertThat(AgreementPdfTests.textOf(download.body()))
        .contains(caseNumber)
        .contains("申请人：赵小红，男，1990年3月7日出生，公民身份号码：110101199003078515，联系电话：13800138000。")
        .contains("被申请人：吉安市某某制衣有限公司，统一社会信用代码：91360802MA35L0JX7X")
        .contains("案由：追索劳动报酬")
        .contains("拖欠2026年8月至10月工资")
        .contains("一、被申请人支付申请人2026年8月至10月工资。")
        .contains("二、被申请人向申请人支付人民币12000.00元（大写：人民币壹万贰仟元整）。")
        .contains("三、被申请人应于2026年10月15日前履行完毕上述义务。")
        .contains("2026年9月21日");
  }

  @Test
  void theAgreementNamesEveryApplicantTheEmployersParticularsAndTheAgents() throws Exception {
    Map<String, Object> application = CaseDriver.walkIn("employerAddress", "江西省吉安市吉州区工业园一路8号",
        "employerLegalRepresentative", "王建军");
    application.remove("workerCount");
    String second = "36080219850615001" + cn.onedoor.party.IdentityNumbers.checkCharacter("36080219850615001");
    application.put("applicants", List.of(
        Map.of("name", "赵小红", "idNumber", "110101199003078515", "phone", "13800138000"),
        Map.of("name", "周建国", "idNumber", second, "phone", "13700137000")));
    application.put("agents", List.of(Map.of("side", "applicant", "name", "李律师", "applicantSeq", 2),
        Map.of("side", "respondent", "name", "陈法务")));
    String caseNumber = driver.caseWithDeferredAgreement(application);

    HttpResponse<byte[]> download = HttpTestClient.basic(port, "mediator", "demo").getBytes(path(caseNumber));

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(AgreementPdfTests.textOf(download.body()))
        .contains("申请人：赵小红，男，1990年3月7日出生，公民身份号码：110101199003078515，联系电话：13800138000。")
        .contains("申请人：周建国，男，1985年6月15日出生，公民身份号码：" + second + "，联系电话：13700137000。"
            + "委托代理人：李律师（申请人周建国的委托代理人）。")
        .contains("被申请人：吉安市某某制衣有限公司，统一社会信用代码：91360802MA35L0JX7X，住所：江西省吉安市吉州区工业园一路8号，法定代表人：王建军")
        .contains("委托代理人：陈法务（被申请人的委托代理人）。")
        .contains("（一）向申请人赵小红支付人民币12000.00元", "（二）向申请人周建国支付人民币0.00元")
        .doesNotContain("****");
    assertThat(jdbc.queryForObject("select body from agreement_document where case_number = ?", String.class, caseNumber))
        .contains("申请人：赵小红。", "申请人：周建国。").doesNotContain(second, "13700137000");
  }

  @Test
  void supervisorsAndAdministratorsMayDownloadOtherPoolsAndClerksMayNot() {
    String caseNumber = driver.caseWithDeferredAgreement();

    assertThat(HttpTestClient.basic(port, "supervisor", "demo").getBytes(path(caseNumber)).statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.basic(port, "admin", "demo").getBytes(path(caseNumber)).statusCode()).isEqualTo(200);
    // mediator2 works the lawyers' pool: a union-pool case's agreement (with the worker's full identity number) is not theirs
    HttpResponse<String> otherPool = HttpTestClient.basic(port, "mediator2", "demo").get(path(caseNumber));
    assertThat(otherPool.statusCode()).isEqualTo(403);
    assertThat(otherPool.body()).contains("您无权查看该案件").doesNotContain("110101199003078515");
    assertThat(HttpTestClient.basic(port, "clerk", "demo").get(path(caseNumber)).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "lawyer", "demo").get(path(caseNumber)).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.anonymous(port).get(path(caseNumber)).statusCode()).isEqualTo(401);
  }

  @Test
  void caseWithoutAgreementAnswers404() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);   // now the union pool's

    HttpResponse<String> missing = HttpTestClient.basic(port, "mediator", "demo").get(path(driver.businessKey(kase)));
    HttpResponse<String> unknown = HttpTestClient.basic(port, "supervisor", "demo").get(path("吉劳调〔2099〕9999号"));

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(missing.body()).contains("\"error\":\"no_agreement\"").contains("尚无调解协议书");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }


  private static String path(String caseNumber) {
    return "/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20") + "/agreement.pdf";
  }
}
