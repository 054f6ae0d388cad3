package cn.onedoor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mediator's day in the real webapps (Debian's headless Chromium, zh-CN), as issue 14 tells it: the
 * clerk registers a walk-in case of two workers in Tasklist (a malformed phone refused in Chinese before
 * anything is sent) and is given its number, and accepts it; the mediator of
 * the union pool finds it by the applicant's name, reads the case's summary on her first task (the claim
 * in yuan, the possible duplicate of the applicant's other open case with the same employer), owns it from
 * the first session on (the second session's task is hers without claiming), opens the case file, prints the
 * session notice, records the agreement with each worker's part, downloads it and uploads the signed scan; the
 * lawyers' pool's mediator sees none of it; the supervisor sees it closed as 调解结案 on Cockpit's dashboard.
 * Screenshots go to target/screenshots/mediator-day (the chosen ones are kept in docs/screenshots/).
 */
@OneDoorSpringTest
@Tag("browser")
class MediatorDayBrowserTests {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots", "mediator-day");
  static final String APPLICANT = "诸葛晓梅";
  /** Her workmate, the case's second applicant: both are parties, each paid her own part. */
  static final String CO_APPLICANT = "欧阳小军";
  static final java.util.regex.Pattern RECEIPT = java.util.regex.Pattern.compile("案号 (吉劳调〔\\d{4}〕\\d{4}号)，调解期限届满日 \\d{4}年");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void checkBrowser() throws IOException {
    BrowserSession.assumeInstalled(SCREENSHOTS);
    BrowserSession.clearScreenshots(SCREENSHOTS);
  }

  @Test
  void aMediatorFindsOwnsAndSettlesHerCaseWhileAnotherPoolSeesNoneOfIt() throws Exception {
    // the applicant has an open case against the same employer, so the new one is flagged as a possible duplicate
    CaseDriver cases = new CaseDriver(engine);
    String earlier = cases.businessKey(cases.registerThroughStartForm(CaseDriver.walkIn("applicantName", "诸葛梅",
        "applicantIdNumber", "440305199204150029", "employerCreditCode", "91440300MA5FXKL2DW")));
    String caseNumber;
    // 08:30 the clerk registers a walk-in applicant at the window
    try (TasklistUser clerk = login("tasklist", "clerk", "我的待办")) {
      caseNumber = register(clerk);
      // and accepts the case the same morning
      clerk.openTask(caseNumber, "Task_ReviewEligibility");
      clerk.radio("inScope", 0);
      clerk.radio("employerConsents", 0);
      // the decision follows from the two answers: no third question
      assertThat(clerk.has("eligibilityDecision")).isFalse();
      clerk.screenshot("02-clerk-accepts");
      clerk.complete();
    }

    try (TasklistUser mediator = login("tasklist", "mediator", "我的待办")) {
      // 09:00 the mediator finds the case by the applicant's name (查找案件, linked from Tasklist's header)
      mediator.session.click(By.id("onedoor-case-search"));
      mediator.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
      mediator.session.type(By.id("q"), APPLICANT);
      mediator.browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
      mediator.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), caseNumber));
      assertThat(mediator.browser.findElement(By.id("results")).getText()).contains(APPLICANT).contains("深圳市某某物流有限公司");
      mediator.screenshot("03-mediator-finds-the-case");

      // she claims 安排调解会议, reads the case's summary on it (typed values shown as the clerk gave them: the
      // claim, a Double of yuan; the possible duplicates, a Json list) and holds the first session; the case is hers from now on
      mediator.openTask(caseNumber, "Task_ScheduleSession");
      assertThat(mediator.pageText()).contains(caseNumber, APPLICANT, "4403**********0029", "请求金额：9600 元",
          "可能重复：与在办案件 " + earlier + " 的劳动者和用人单位相同");
      mediator.screenshot("03b-task-with-case-summary");
      scheduleSession(mediator, caseNumber, LocalDate.now().plusDays(1), "16:45");
      mediator.openTask(caseNumber, "Task_RecordSession");
      mediator.fill("sessionNotes", "第一次调解：被申请人同意核对考勤记录后再议");
      mediator.radio("sessionResult", 0); // another session
      mediator.complete();

      // the second session's task is already hers: in 我的待办, no claim button
      Task second = mediator.task(caseNumber, "Task_ScheduleSession");
      assertThat(second.getAssignee()).isEqualTo("mediator");
      // opened from its link it shows her as the one doing it, with no 认领 button (in a suite of hundreds of
      // cases 我的待办 need not list it on its first page)
      mediator.show("http://localhost:" + port + "/camunda/app/tasklist/default/#/?filter=" + filterId("我的待办") + "&task=" + second.getId());
      mediator.session.settle(By.cssSelector(".fjs-form"));
      assertThat(mediator.browser.findElements(By.xpath("//button[normalize-space()='认领']")).stream()
          .filter(org.openqa.selenium.WebElement::isDisplayed).toList()).isEmpty();
      mediator.screenshot("04-second-session-in-my-tasks");
      scheduleSession(mediator, caseNumber, LocalDate.now().plusDays(3), "16:45");
      mediator.openTask(caseNumber, "Task_RecordSession");
      // from the task she opens the case file (案件卷宗) and prints the notice of the coming session
      openCaseFile(mediator, caseNumber);
      String file = mediator.pageText();
      assertThat(file).contains(APPLICANT, CO_APPLICANT, "深圳市某某物流有限公司", "第 1 次", "调解会议通知书（第二次）", "承办人",
          "调解期限届满", "办理时间线", "调解员")
          .doesNotContain("440305199204150029").doesNotContain("13823456789");
      mediator.screenshot("05-case-file");
      String notice = documentLink(mediator, "调解会议通知书");
      try (PDDocument document = Loader.loadPDF(HttpTestClient.basic(port, "mediator", "demo").getBytes(notice).body())) {
        // the title is letter-spaced (调 解 会 议 通 知 书): compared without blanks
        assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", ""))
            .contains("调解会议通知书", APPLICANT, CO_APPLICANT, "深圳市某某物流有限公司", "中心第二调解室");
        savePageOne(document, "06-session-notice-pdf.png", 80);
      }
      mediator.openTask(caseNumber, "Task_RecordSession");
      assertThat(mediator.browser.findElement(TasklistUser.field("sessionNotes")).getDomProperty("value"))
          .as("the second record opens empty, not with the first session's notes").isEmpty();
      mediator.fill("sessionNotes", "第二次调解：双方同意被申请人当场支付工资9000元");
      mediator.radio("sessionResult", 1); // agreement
      mediator.complete();

      // she records the agreement, paid on the spot
      mediator.openTask(caseNumber, "Task_DraftAgreement");
      mediator.fill("agreedAmount", "9000.00");
      // each worker's part: the list offers both applicants, the amounts add up to the total
      mediator.wait.until(ExpectedConditions.visibilityOfElementLocated(row("workerAmountAmount", 1)));
      mediator.session.type(row("workerAmountAmount", 0), "6000.00");
      mediator.session.type(row("workerAmountAmount", 1), "3000.00");
      mediator.fill("agreementItems", "被申请人于签订本协议时当场支付申请人2026年9月至10月工资9000元");
      mediator.radio("agreementPays", 0);
      mediator.radio("performanceMode", 0);
      mediator.radio("confirmationType", 0);
      mediator.screenshot("07-agreement-form");
      mediator.complete();
      cases.runStepsAfterUserTasks(caseOf(caseNumber).getId());

      // and downloads it, as the parties will sign it
      HttpResponse<byte[]> pdf = HttpTestClient.basic(port, "mediator", "demo").getBytes("/api/cases/" + encoded(caseNumber) + "/agreement.pdf");
      assertThat(pdf.statusCode()).isEqualTo(200);
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document).replaceAll("[\\s,]", "");
        assertThat(text).contains(APPLICANT, CO_APPLICANT, "9000", "6000", "3000");
        savePageOne(document, "07b-agreement-pdf.png", 100);
      }
      // the parties sign it; the case has no task left, so she opens its file from 查找案件 and uploads the signed scan
      mediator.session.get("/cases/");
      mediator.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
      mediator.session.type(By.id("q"), APPLICANT);
      mediator.browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
      mediator.session.click(By.xpath("//tbody[@id='results']//a[contains(@class,'case-file-link')][normalize-space()='" + caseNumber + "']"));
      mediator.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
      mediator.session.settle(By.id("content"));
      assertThat(documentLink(mediator, "调解协议书")).endsWith("/agreement.pdf");
      Path scan = java.nio.file.Files.createTempFile("signed-agreement-", ".pdf");
      try {
        java.nio.file.Files.write(scan, "%PDF-1.4\n% 签字协议书扫描件\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        new org.openqa.selenium.support.ui.Select(mediator.browser.findElement(By.id("upload-type"))).selectByVisibleText("签字协议书");
        mediator.browser.findElement(By.id("upload-file")).sendKeys(scan.toAbsolutePath().toString());
        mediator.browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        mediator.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-message"), "已上传"));
        mediator.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploads"), "签字协议书"));
      } finally {
        java.nio.file.Files.deleteIfExists(scan);
      }
      mediator.session.scrollTo(By.id("uploads"));
      mediator.screenshot("08-signed-scan-uploaded");
    }

    // the lawyers' pool's mediator sees none of it
    try (TasklistUser other = login("tasklist", "mediator2", "我的待办")) {
      other.session.get("/cases/");
      other.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
      other.session.type(By.id("q"), APPLICANT);
      other.browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
      other.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "未找到您有权查看的案件"));
      assertThat(other.browser.findElement(By.id("results")).getText()).doesNotContain(caseNumber);
      other.screenshot("09-other-pool-finds-nothing");
      assertThat(HttpTestClient.basic(port, "mediator2", "demo").getBytes("/api/cases/" + encoded(caseNumber) + "/agreement.pdf")
          .statusCode()).isEqualTo(403);
      // nor may she open its case file
      other.session.get("/cases/file.html?case=" + encoded(caseNumber));
      other.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "您无权查看该案件"));
      assertThat(other.browser.findElement(By.id("content")).isDisplayed()).isFalse();
      other.screenshot("10-other-pool-refused-the-case-file");
    }

    // the supervisor sees it closed, with its outcome in words, on Cockpit's dashboard (近期结案)
    try (TasklistUser supervisor = login("cockpit", "supervisor", "已部署")) {
      By closed = By.cssSelector(".onedoor-closed-cases");
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(supervisor.browser, java.time.Duration.ofSeconds(15))
            .until(ExpectedConditions.textToBePresentInElementLocated(closed, caseNumber));
      } catch (org.openqa.selenium.TimeoutException slowDashboard) {
        supervisor.browser.navigate().refresh();
        supervisor.wait.until(ExpectedConditions.textToBePresentInElementLocated(closed, caseNumber));
      }
      org.openqa.selenium.WebElement row = supervisor.browser.findElement(
          By.xpath("//section[contains(@class,'onedoor-closed-cases')]//tr[td[text()='" + caseNumber + "']]"));
      // the outcome in words only; its code stays in the markup for machines
      assertThat(row.getText()).contains("调解结案").doesNotContain("settled");
      assertThat(row.findElement(By.cssSelector("[data-outcome]")).getDomAttribute("data-outcome")).isEqualTo("settled");
      supervisor.session.scrollTo(closed);
      supervisor.screenshot("11-cockpit-closed-case");
    }
  }

  /** Page 1 of the document as a PNG beside the screenshots. */
  private static void savePageOne(PDDocument document, String file, int dpi) throws IOException {
    javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, dpi), "png",
        SCREENSHOTS.resolve(file).toFile());
  }

  private static By row(String key, int index) {
    return By.cssSelector("[id$='-Field_" + key + "_" + index + "']");
  }

  /** Follows the task header's link 查看案件卷宗（案号） to the case file, as from any task. */
  private void openCaseFile(TasklistUser user, String caseNumber) {
    org.openqa.selenium.WebElement link = user.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("onedoor-case-file")));
    assertThat(link.getText()).isEqualTo("查看案件卷宗（" + caseNumber + "）");
    user.browser.get(link.getDomProperty("href"));
    user.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
    user.session.settle(By.id("content"));
  }

  /** The path of the case file's link to the document of that title. */
  private static String documentLink(TasklistUser user, String title) {
    org.openqa.selenium.WebElement link = user.wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//ul[@id='documents']//a[contains(normalize-space(), '" + title + "')]")));
    String href = link.getDomProperty("href");
    return href.substring(href.indexOf("/api/"));
  }

  private TasklistUser login(String app, String user, String shownAfterLogin) throws IOException {
    return TasklistUser.login(port, SCREENSHOTS, engine, app, user, shownAfterLogin);
  }

  /** The clerk fills the start form for a walk-in applicant and reads the case number she is given. */
  private String register(TasklistUser clerk) {
    clerk.session.click(By.linkText("启动流程"));
    clerk.session.click(By.linkText("劳动人事争议案件"));
    clerk.wait.until(ExpectedConditions.visibilityOfElementLocated(TasklistUser.field("applicantName")));
    clerk.session.settle(By.cssSelector(".fjs-form"));
    Map<String, String> application = new LinkedHashMap<>();
    application.put("applicantName", APPLICANT);
    application.put("applicantIdNumber", "440305199204150029");
    application.put("applicantPhone", "13823456789");
    application.put("employerName", "深圳市某某物流有限公司");
    application.put("employerCreditCode", "91440300MA5FXKL2DW");
    application.put("employerPhone", "13870004444"); // the employer's contact: notices reach both parties
    application.put("claimAmount", "9600.00");
    application.put("claimDescription", "拖欠2026年9月至10月工资共9600元");
    application.put("workerCount", "2");
    // a malformed phone is refused in Chinese at the field, before anything is submitted
    clerk.browser.findElement(TasklistUser.field("applicantPhone")).sendKeys("12", Keys.TAB);
    clerk.wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("[id$='-Field_applicantPhone-error-message']"), "格式不正确"));
    application.forEach(clerk::fill);
    // her workmate joins the application as a second applicant (其他申请人)
    org.openqa.selenium.WebElement add = clerk.browser.findElement(By.cssSelector(".fjs-repeat-render-add"));
    clerk.session.script("arguments[0].scrollIntoView({block: 'center'})", add);
    add.click();
    clerk.wait.until(ExpectedConditions.visibilityOfElementLocated(row("coApplicantName", 0)));
    clerk.session.type(row("coApplicantName", 0), CO_APPLICANT);
    clerk.session.type(row("coApplicantIdNumber", 0), "440306199503080012");
    clerk.session.type(row("coApplicantPhone", 0), "13823450001");
    clerk.select("disputeType", "追索劳动报酬");
    clerk.date("knownDate", LocalDate.now().minusDays(10));
    // form-js re-renders as values change: a field it reset is typed again, as a clerk would, the row's too
    clerk.session.settle(By.cssSelector(".fjs-form"));
    Map<By, String> typed = new LinkedHashMap<>();
    application.forEach((key, value) -> typed.put(TasklistUser.field(key), value));
    typed.put(row("coApplicantName", 0), CO_APPLICANT);
    typed.put(row("coApplicantIdNumber", 0), "440306199503080012");
    typed.put(row("coApplicantPhone", 0), "13823450001");
    typed.forEach((field, value) -> {
      if (!value.equals(clerk.browser.findElement(field).getDomProperty("value"))) {
        clerk.session.type(field, value);
      }
    });
    // the read-back confirmation last, once everything is typed; form-js may re-render and untick it, so
    // she looks again before 启动, and starts again should the dialog still be open with the box unticked
    By start = By.cssSelector("button[ng-click='startProcessInstance()']");
    By readBack = TasklistUser.field("applicationReadBack");
    for (int attempt = 1; ; attempt++) {
      for (int tick = 1; tick <= 5 && !clerk.browser.findElement(readBack).isSelected(); tick++) {
        org.openqa.selenium.WebElement box = clerk.browser.findElement(readBack);
        clerk.session.script("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
        clerk.session.settle(By.cssSelector(".fjs-form"));
      }
      if (attempt == 1) {
        clerk.screenshot("01-clerk-registers");
      }
      try {
        clerk.wait.until(ExpectedConditions.elementToBeClickable(start)).click();
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError("启动 stays disabled; fields with errors: " + clerk.session.script("""
            return [...document.querySelectorAll('.fjs-has-errors')].map(f => (f.querySelector('input, textarea') || f).id
              + ': ' + f.textContent).join(' | ');"""), e);
      }
      try {
        new org.openqa.selenium.support.ui.WebDriverWait(clerk.browser, java.time.Duration.ofSeconds(10))
            .until(ExpectedConditions.invisibilityOfElementLocated(start));
        break;
      } catch (org.openqa.selenium.TimeoutException stillOpen) {
        if (attempt == 3) {
          throw new AssertionError("the start dialog stays open; fields with errors: " + clerk.session.script("""
              return [...document.querySelectorAll('.fjs-has-errors')].map(f => (f.querySelector('input, textarea') || f).id
                + ': ' + f.textContent).join(' | ');"""), stillOpen);
        }
      }
    }
    // she is given the case number and the mediation deadline to tell the applicant
    java.util.regex.Matcher receipt = RECEIPT.matcher(new org.openqa.selenium.support.ui.WebDriverWait(clerk.browser,
        java.time.Duration.ofSeconds(60)).until(d -> {
      String text = d.findElement(By.tagName("body")).getText();
      return RECEIPT.matcher(text).find() ? text : null;
    }));
    assertThat(receipt.find()).isTrue();
    clerk.screenshot("01b-clerk-given-the-case-number");
    String caseNumber = receipt.group(1);
    assertThat(caseOfApplicant().getBusinessKey()).isEqualTo(caseNumber);
    return caseNumber;
  }

  private void scheduleSession(TasklistUser mediator, String caseNumber, LocalDate day, String time) {
    mediator.openTask(caseNumber, "Task_ScheduleSession");
    mediator.radio("sessionMode", 0);
    mediator.date("sessionTime", day);
    mediator.time("sessionTime", time);
    mediator.select("sessionPlace", "中心第二调解室");
    mediator.complete();
  }

  private String filterId(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  private HistoricProcessInstance caseOfApplicant() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("LaborDisputeCase")
            .variableValueEquals("applicantName", APPLICANT).orderByProcessInstanceStartTime().desc().list().get(0);
  }

  private HistoricProcessInstance caseOf(String caseNumber) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("LaborDisputeCase").singleResult();
  }

  private static String encoded(String caseNumber) {
    return URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
  }
}
