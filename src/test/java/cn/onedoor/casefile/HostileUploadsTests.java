package cn.onedoor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a careless or hostile upload gets: a Chinese 400, 403, 404 or 413, and nothing stored. */
class HostileUploadsTests extends CaseProcessTest {

  @LocalServerPort int port;

  private String unionCase;
  private HttpTestClient mediator;

  @BeforeEach
  void aSettledUnionCase() {
    unionCase = driver.caseWithDeferredAgreement();
    mediator = HttpTestClient.basic(port, "mediator", "demo");
  }

  @Test
  void htmlRenamedToPdfIsRefusedByItsContent() {
    assertRefused(Uploads.upload(mediator, unionCase, "signed_agreement", "协议书.pdf", Uploads.HTML), 400, "file",
        "只能上传 PDF、JPEG 或 PNG 文件");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertRefused(Uploads.upload(mediator, unionCase, "payment_proof", "凭证.pdf", new byte[0]), 400, "file", "文件为空");
  }

  @Test
  void aFileOverTenMegabytesIsRefusedBeforeItIsRead() {
    assertRefused(Uploads.upload(mediator, unionCase, "payment_proof", "扫描件.pdf", Uploads.pdfOf(11 * 1024 * 1024)), 413, null,
        "文件过大：每个文件最多 10 MB");
  }

  @Test
  void aFileJustOverTheLimitButWithinTheRequestLimitIsRefusedToo() {
    assertRefused(Uploads.upload(mediator, unionCase, "payment_proof", "扫描件.pdf", Uploads.pdfOf(10 * 1024 * 1024 + 1)), 413, null,
        "文件过大：每个文件最多 10 MB");
  }

  @Test
  void aNameWithAPathOrMarkupIsRefused() {
    assertRefused(Uploads.upload(mediator, unionCase, "signed_agreement", "../../etc/<script>alert(1)</script>.pdf", Uploads.PDF),
        400, "file", "文件名不能包含路径");
    assertRefused(Uploads.upload(mediator, unionCase, "signed_agreement", "<img src=x onerror=alert(1)>.pdf", Uploads.PDF),
        400, "file", "文件名含有不允许的字符");
  }

  @Test
  void anUnknownOrMissingTypeIsRefusedAtItsField() {
    assertRefused(Uploads.upload(mediator, unionCase, "contract", "合同.pdf", Uploads.PDF), 400, "type", "请选择材料类型：签字协议书、履行凭证、身份证明复印件");
    assertRefused(Uploads.upload(mediator, unionCase, null, "合同.pdf", Uploads.PDF), 400, "type", "请选择材料类型");
    assertRefused(Uploads.upload(mediator, unionCase, "evidence", null, null), 400, "file", "请选择要上传的文件");
  }

  @Test
  void anUnknownCaseIs403ForMediatorsAnd404ForAdministrators() {
    String unknown = "吉劳调〔2099〕9999号";
    HttpResponse<String> mediatorAnswer = Uploads.upload(mediator, unknown, "evidence", "证据.pdf", Uploads.PDF);
    assertThat(mediatorAnswer.statusCode()).isEqualTo(403);
    assertThat(mediatorAnswer.body()).contains("您无权查看该案件");
    HttpResponse<String> adminAnswer = Uploads.upload(HttpTestClient.basic(port, "admin", "demo"), unknown, "evidence", "证据.pdf", Uploads.PDF);
    assertThat(adminAnswer.statusCode()).isEqualTo(404);
    assertThat(adminAnswer.body()).contains("案件登记簿中没有该案件");
    HttpResponse<String> clerkAnswer = Uploads.upload(HttpTestClient.basic(port, "clerk", "demo"), unknown, "id_copy", "身份证.pdf", Uploads.PDF);
    assertThat(clerkAnswer.statusCode()).isEqualTo(403);
    assertThat(records.count("select count(*) from case_upload where case_number = ?", unknown)).isZero();
  }

  @Test
  void theFiftyFirstFileOfACaseIsRefused() {
    for (int i = 1; i <= 50; i++) {
      HttpResponse<String> answer = Uploads.upload(mediator, unionCase, "evidence", "证据" + i + ".png", Uploads.PNG);
      assertThat(answer.statusCode()).as("file %d: %s", i, answer.body()).isEqualTo(201);
    }
    HttpResponse<String> fiftyFirst = Uploads.upload(mediator, unionCase, "evidence", "证据51.png", Uploads.PNG);
    assertThat(fiftyFirst.statusCode()).isEqualTo(400);
    assertThat(fiftyFirst.body()).contains("本案已有 50 个上传文件，已达上限");
    assertThat(count()).isEqualTo(50);
  }

  @Test
  void aBodyThatIsNotMultipartIsA400() {
    HttpResponse<String> answer = mediator.postJson(Uploads.path(unionCase) + "/uploads", "{\"type\":\"evidence\"}");
    assertThat(answer.statusCode()).isIn(400, 415);
    assertThat(answer.body()).doesNotContain("Exception");
    assertThat(count()).isZero();
  }

  @Test
  void aNameIsTidiedAndTakesTheExtensionOfWhatTheFileIs() {
    HttpResponse<String> answer = Uploads.upload(mediator, unionCase, "payment_proof", "  银行   转账\t回单.pdf", Uploads.PNG);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(answer.body()).contains("\"fileName\":\"银行 转账 回单.png\"").contains("\"contentType\":\"image/png\"");
  }

  private void assertRefused(HttpResponse<String> answer, int status, String field, String message) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains(message).doesNotContain("Exception").doesNotContain("<script>");
    if (field != null) {
      assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }
    assertThat(count()).as("nothing stored").isZero();
  }

  private int count() {
    return records.count("select count(*) from case_upload where case_number = ?", unionCase);
  }
}
