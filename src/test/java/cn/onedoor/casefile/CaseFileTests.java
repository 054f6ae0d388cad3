package cn.onedoor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case file (案件卷宗) and the case's uploads, role by role, on a settled union-pool case whose
 * mediator is {@code mediator}: who reads the file, the list and a download, and who may add a file.
 */
class CaseFileTests extends CaseProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** user → file, list, upload, download. */
  static final Map<String, int[]> ANSWERS = Map.of(
      "clerk", new int[] {403, 403, 201, 403},
      "mediator", new int[] {200, 200, 201, 200},
      "mediator2", new int[] {403, 403, 403, 403},
      "supervisor", new int[] {200, 200, 403, 200},
      "admin", new int[] {200, 200, 201, 200},
      "lawyer", new int[] {403, 403, 403, 403});

  @LocalServerPort int port;

  private String unionCase;
  private long firstUpload;

  @BeforeEach
  void aSettledUnionCaseWithOneUpload() throws Exception {
    unionCase = driver.caseWithDeferredAgreement();
    HttpResponse<String> first = Uploads.upload(mediator(), unionCase, "signed_agreement", "签字协议书.pdf", Uploads.PDF);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    firstUpload = JSON.readTree(first.body()).path("id").asLong();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"clerk", "mediator", "mediator2", "supervisor", "admin", "lawyer"})
  void eachRoleReadsAndWritesAsThePolicySays(String user) {
    int[] expected = ANSWERS.get(user);
    HttpTestClient client = HttpTestClient.basic(port, user, "demo");

    HttpResponse<String> file = client.get(Uploads.path(unionCase) + "/file");
    HttpResponse<String> list = client.get(Uploads.path(unionCase) + "/uploads");
    HttpResponse<String> upload = Uploads.upload(client, unionCase, "payment_proof", "转账凭证.png", Uploads.PNG);
    HttpResponse<byte[]> download = client.getBytes(Uploads.path(unionCase) + "/uploads/" + firstUpload);

    assertThat(file.statusCode()).as("%s: file %s", user, file.body()).isEqualTo(expected[0]);
    assertThat(list.statusCode()).as("%s: list", user).isEqualTo(expected[1]);
    assertThat(upload.statusCode()).as("%s: upload %s", user, upload.body()).isEqualTo(expected[2]);
    assertThat(download.statusCode()).as("%s: download", user).isEqualTo(expected[3]);
    for (HttpResponse<String> refused : java.util.List.of(file, list, upload)) {
      if (refused.statusCode() == 403) {
        assertThat(refused.body()).contains("\"status\":403").containsPattern("您无权查看该案件|中心负责人对案件材料只能查看")
            .doesNotContain("签字协议书.pdf").doesNotContain("赵小红");
      }
    }
    int stored = records.count("select count(*) from case_upload where case_number = ?", unionCase);
    assertThat(stored).as("%s: files stored", user).isEqualTo(expected[2] == 201 ? 2 : 1);
    if (expected[3] == 200) {
      assertThat(download.body()).isEqualTo(Uploads.PDF);
      assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
          .startsWith("attachment;").contains("filename=\"upload-" + firstUpload + ".pdf\"");
      assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void strangersGet401() {
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    assertThat(anonymous.get(Uploads.path(unionCase) + "/file").statusCode()).isEqualTo(401);
    assertThat(anonymous.get(Uploads.path(unionCase) + "/uploads").statusCode()).isEqualTo(401);
    assertThat(Uploads.upload(anonymous, unionCase, "payment_proof", "a.png", Uploads.PNG).statusCode()).isEqualTo(401);
    assertThat(anonymous.getBytes(Uploads.path(unionCase) + "/uploads/" + firstUpload).statusCode()).isEqualTo(401);
    assertThat(records.count("select count(*) from case_upload where case_number = ?", unionCase)).isEqualTo(1);
  }

  @Test
  void theFileShowsEveryPartMaskedAndNamesTheMediator() throws Exception {
    HttpResponse<String> answer = mediator().get(Uploads.path(unionCase) + "/file");
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode file = JSON.readTree(answer.body());

    assertThat(file.path("caseNumber").asText()).isEqualTo(unionCase);
    assertThat(file.path("stageLabel").asText()).isEqualTo("已达成协议");
    assertThat(file.path("mediatorId").asText()).isEqualTo("mediator");
    assertThat(file.path("mediatorName").asText()).doesNotContain("未分派").contains("（mediator）");
    assertThat(file.path("mediatorPoolLabel").asText()).isNotBlank().isNotEqualTo("mediator-union");
    JsonNode applicant = file.path("parties").get(0);
    assertThat(applicant.path("roleLabel").asText()).isEqualTo("申请人");
    assertThat(applicant.path("idNumberMasked").asText()).contains("*").doesNotContain("199003078");
    assertThat(file.path("parties")).extracting(p -> p.path("role").asText()).contains("applicant", "respondent");
    assertThat(answer.body()).doesNotContain("110101199003078515").doesNotContain("13800138000");
    assertThat(file.path("claims").path("amount").decimalValue()).isPositive();
    assertThat(file.path("sessions")).hasSize(1);
    assertThat(file.path("sessions").get(0).path("result").asText()).isEqualTo("agreement");
    assertThat(file.path("notices").size()).isPositive();
    assertThat(file.path("deadlines")).extracting(d -> d.path("name").asText()).contains("调解期限届满");
    assertThat(file.path("uploads")).hasSize(1);
    assertThat(file.path("uploads").get(0).path("typeLabel").asText()).isEqualTo("签字协议书");
    assertThat(file.path("agreementAvailable").asBoolean()).isEqualTo(file.path("agreementUrl").isTextual());
    assertThat(file.path("timeline").path("steps")).extracting(s -> s.path("activityId").asText()).contains("Task_DraftAgreement");
    assertThat(file.path("uploadTypes").path("id_copy").asText()).isEqualTo("身份证明复印件");
  }

  @Test
  void theAssignedMediatorFromAnotherPoolReadsAndWritesTheCase() {
    jdbc.update("update case_register set mediator_id = 'mediator2' where case_number = ?", unionCase);
    HttpTestClient mediator2 = HttpTestClient.basic(port, "mediator2", "demo");

    assertThat(mediator2.get(Uploads.path(unionCase) + "/file").statusCode()).isEqualTo(200);
    assertThat(Uploads.upload(mediator2, unionCase, "evidence", "工资条.jpg", Uploads.JPEG).statusCode()).isEqualTo(201);
  }

  @Test
  void aDownloadOfAnotherCasesFileIsNotFound() {
    String otherCase = driver.caseWithDeferredAgreement();
    HttpResponse<byte[]> answer = mediator().getBytes(Uploads.path(otherCase) + "/uploads/" + firstUpload);
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("no_upload").doesNotContain("%PDF");
  }

  @Test
  void theTasklistSessionUploadsWithItsCsrfTokenOnly() {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    assertThat(browser.webappLogin("tasklist", "mediator", "demo").statusCode()).isEqualTo(200);
    HttpResponse<String> file = browser.get(Uploads.path(unionCase) + "/file");
    assertThat(file.statusCode()).isEqualTo(200);
    // the page's upload takes the token from here: the webapps' cookie is theirs (/camunda) only
    assertThat(file.headers().firstValue("X-XSRF-TOKEN")).hasValue(browser.csrfToken());
    assertThat(mediator().get(Uploads.path(unionCase) + "/file").headers().firstValue("X-XSRF-TOKEN")).isEmpty();

    assertThat(Uploads.upload(browser, unionCase, "id_copy", "身份证.png", Uploads.PNG).statusCode()).isEqualTo(201);
    HttpResponse<String> withoutToken = browser.send(browser.request(Uploads.path(unionCase) + "/uploads")
        .header("Content-Type", "multipart/form-data; boundary=x")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--x--\r\n")));
    assertThat(withoutToken.statusCode()).isIn(401, 403);
    assertThat(records.count("select count(*) from case_upload where case_number = ?", unionCase)).isEqualTo(2);
  }

  @Test
  void thePageIsServedAndLinkedFromTasklistSearchAndTheDashboard() throws Exception {
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    HttpResponse<String> page = anonymous.get("/cases/file.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("案件卷宗").contains("file.js").doesNotContain(unionCase);
    String config = java.nio.file.Files.readString(java.nio.file.Path.of(
        "src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js"));
    assertThat(config).contains("'scripts/onedoor/case-file-link.js'");
    assertThat(mediator().get("/camunda/app/tasklist/scripts/onedoor/case-file-link.js").body())
        .contains("/localVariables/caseNumber").contains("/cases/file.html?case=");
    assertThat(anonymous.get("/cases/cases.js").body()).contains("file.html?case=");
    assertThat(anonymous.get("/dashboard/dashboard.js").body()).contains("../cases/file.html?case=");
  }

  private HttpTestClient mediator() {
    return HttpTestClient.basic(port, "mediator", "demo");
  }
}
