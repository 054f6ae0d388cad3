package cn.onedoor.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator's template in {@code onedoor.documents.template-dir} (the tests' folder
 * {@code target/test-document-templates}, empty otherwise) replaces the bundled one on the next
 * request, without a restart; a broken one answers 503 in Chinese and says in the log which file is
 * wrong, while every other document keeps working.
 */
@ExtendWith(OutputCaptureExtension.class)
class DocumentTemplateOverrideTests extends CaseProcessTest {

  @LocalServerPort int port;
  @Value("${onedoor.documents.template-dir}") Path folder;

  @AfterEach
  void removeTheAdministratorsTemplates() throws IOException {
    for (String name : new String[] {"acceptance-notice", "session-notice", "_style"}) {
      Files.deleteIfExists(folder.resolve(name + ".html"));
    }
  }

  @Test
  void theAdministratorsFileReplacesTheBundledTemplateOnTheNextRequest() throws IOException {
    String caseNumber = acceptedCase();
    String notice = DocumentsApiTests.documents(caseNumber) + "/acceptance-notice.pdf";
    assertThat(text(notice)).contains("经审查，该争议属于劳动争议调解的受案范围").doesNotContain("本中心特别提示");

    write("acceptance-notice", """
        <html xmlns="http://www.w3.org/1999/xhtml"><head>{{> _style}}</head><body>
        <h1>受理通知书</h1><p>{{caseNumber}}：{{applicantNames}}与{{employer.name}}一案已受理。本中心特别提示：请于{{mediationDeadline}}前参加调解。</p>
        </body></html>""");
    assertThat(text(notice)).contains(caseNumber + "：赵小红与吉安市某某制衣有限公司一案已受理。本中心特别提示：请于")
        .doesNotContain("经审查，该争议属于劳动争议调解的受案范围");

    write("acceptance-notice", """
        <html xmlns="http://www.w3.org/1999/xhtml"><head>{{> _style}}</head><body><p>第二稿：{{receivedDate}}</p></body></html>""");
    assertThat(text(notice)).contains("第二稿：2026年9月21日");

    Files.delete(folder.resolve("acceptance-notice.html"));
    assertThat(text(notice)).contains("经审查，该争议属于劳动争议调解的受案范围");
  }

  @Test
  void aBrokenTemplateAnswersInChineseAndTheOthersKeepWorking(CapturedOutput output) throws IOException {
    String caseNumber = acceptedCase();
    write("acceptance-notice", """
        <html xmlns="http://www.w3.org/1999/xhtml"><body>{{#applicants}}<p>{{name}}</p></body></html>""");

    HttpResponse<String> broken = HttpTestClient.basic(port, "mediator", "demo")
        .get(DocumentsApiTests.documents(caseNumber) + "/acceptance-notice.pdf");

    assertThat(broken.statusCode()).isEqualTo(503);
    assertThat(broken.body()).contains("\"error\":\"template_broken\"", "文书模板有误", "acceptance-notice.html")
        .doesNotContain(folder.toAbsolutePath().toString(), "Exception");
    assertThat(output.getOut()).contains("Document template " + folder.resolve("acceptance-notice.html").toAbsolutePath(),
        "is not a valid template", caseNumber);
    HttpResponse<String> list = HttpTestClient.basic(port, "mediator", "demo").get(DocumentsApiTests.documents(caseNumber));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.basic(port, "mediator", "demo")
        .getBytes(DocumentsApiTests.documents(caseNumber) + "/service-proof/acceptance-notice/applicant-1.pdf").statusCode()).isEqualTo(200);
  }

  @Test
  void aTemplateThatWouldPrintAValueAsMarkupIsRefused(CapturedOutput output) throws IOException {
    String caseNumber = acceptedCase();
    write("acceptance-notice", """
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>{{{applicantNames}}}</p></body></html>""");

    HttpResponse<String> refused = HttpTestClient.basic(port, "mediator", "demo")
        .get(DocumentsApiTests.documents(caseNumber) + "/acceptance-notice.pdf");

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(output.getOut()).contains("uses an unescaped placeholder");
  }

  private String acceptedCase() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    driver.accept(kase);
    return driver.businessKey(kase);
  }

  private String text(String path) throws IOException {
    HttpResponse<byte[]> pdf = HttpTestClient.basic(port, "mediator", "demo").getBytes(path);
    assertThat(pdf.statusCode()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return DocumentsApiTests.textOf(pdf.body());
  }

  private void write(String name, String text) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(name + ".html"), text, StandardCharsets.UTF_8);
  }
}
