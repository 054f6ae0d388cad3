package cn.onedoor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole case through the real webapps in Debian's headless Chromium, in Chinese: the clerk
 * registers a walk-in case with the Tasklist start form and accepts it, the mediator claims it and
 * works it through a session to an agreement performed on the spot, the supervisor sees it closed
 * as 调解结案 ({@code settled}) on Cockpit's dashboard. Screenshots go to target/screenshots (the browser in
 * {@link BrowserSession}).
 */
@OneDoorSpringTest
@Tag("browser")
class TasklistWalkthroughTests {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  static final String APPLICANT = "欧阳晓晓";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  BrowserSession session;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void checkBrowser() throws IOException {
    BrowserSession.assumeInstalled(SCREENSHOTS);
  }

  /** Each person works in a browser of their own, as at the centre. */
  private void newBrowser() throws IOException {
    stopBrowser();
    session = BrowserSession.open(port, SCREENSHOTS);
    browser = session.driver();
    wait = session.waiting();
  }

  @AfterEach
  void stopBrowser() {
    if (session != null) {
      session.close();
      session = null;
      browser = null;
    }
  }

  @Test
  void clerkRegistersMediatorSettlesSupervisorSeesItClosed() throws Exception {
    BrowserSession.clearScreenshots(SCREENSHOTS);
    // an open case of the same worker and employer, so the new one is flagged as a possible duplicate
    String earlier = new CaseDriver(engine).businessKey(new CaseDriver(engine).registerThroughStartForm(CaseDriver.walkIn(
        "applicantName", "欧阳晓", "applicantIdNumber", "360802198512120028", "employerCreditCode", "91360821MA38ABCD13")));
    // the clerk registers a walk-in case through the start form
    login("tasklist", "clerk", "我的待办");
    click(By.linkText("启动流程"));
    click(By.linkText("劳动人事争议案件"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("applicantName")));
    session.settle(By.cssSelector(".fjs-form")); // form-js imports its data once more after the first render
    // a malformed value is refused in Chinese before anything is submitted
    browser.findElement(field("applicantPhone")).sendKeys("12", Keys.TAB);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("[id$='-Field_applicantPhone-error-message']"), "格式不正确"));
    Map<String, String> application = new java.util.LinkedHashMap<>();
    application.put("applicantName", APPLICANT);
    application.put("applicantIdNumber", "360802198512120028");
    application.put("applicantPhone", "13912345678");
    application.put("employerName", "吉安市某某电子有限公司");
    application.put("employerCreditCode", "91360821MA38ABCD13");
    application.put("claimAmount", "12800.00");
    application.put("claimDescription", "拖欠2026年8月至10月工资共12800元");
    application.forEach(this::fill);
    select("disputeType", "追索劳动报酬");
    date("knownDate", LocalDate.now().minusDays(20));
    browser.findElement(field("applicationReadBack")).click();
    // form-js re-renders as values change; a field it reset is typed again, as a clerk would
    application.forEach((key, value) -> {
      if (!value.equals(browser.findElement(field(key)).getDomProperty("value"))) {
        fill(key, value);
      }
    });
    screenshot("01-start-form");
    click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "流程已启动"));

    HistoricProcessInstance kase = caseOf(APPLICANT);
    String caseNumber = kase.getBusinessKey();
    assertThat(caseNumber).matches("吉劳调〔\\d{4}〕\\d{4}号");

    // the clerk accepts it
    openTask(kase, "Task_ReviewEligibility");
    radio("inScope", 0);
    radio("employerConsents", 0);
    screenshot("02-review-form");
    complete();

    // the mediator of the union pool claims it and holds a session
    login("tasklist", "mediator", "我的待办");
    click(By.partialLinkText("本组待认领"));
    openTask(kase, "Task_ScheduleSession");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains(caseNumber).contains(APPLICANT).contains("3608**********0028")
        // typed values shown as before: the claim (a Double of yuan) and the possible duplicates (a Json list)
        .contains("请求金额：12800 元").contains("可能重复：与在办案件 " + earlier + " 的劳动者和用人单位相同");
    screenshot("03-task-with-case-summary");
    radio("sessionMode", 0);
    date("sessionTime", LocalDate.now().plusDays(2));
    WebElement time = browser.findElement(By.cssSelector("[id$='-Field_sessionTime-time']"));
    time.sendKeys("09:30", Keys.TAB);
    select("sessionPlace", "中心第一调解室");
    complete();
    openTask(kase, "Task_RecordSession");
    fill("sessionNotes", "双方同意被申请人当场支付12000元，申请人放弃其余请求");
    radio("sessionResult", 1);
    complete();
    openTask(kase, "Task_DraftAgreement");
    fill("agreedAmount", "12000.00");
    fill("agreementItems", "被申请人于签订本协议时当场支付申请人2026年8月至10月工资12000元");
    radio("agreementPays", 0);   // checklist item 劳动报酬: form-js ids checklist options like radio options
    radio("performanceMode", 0);
    radio("confirmationType", 0);
    scrollTo(field("agreedAmount"));
    screenshot("04-agreement-form-filled");
    complete();
    // the job executor (off in tests) runs 生成调解协议书, behind its async boundary, seconds later
    new cn.onedoor.support.CaseDriver(engine).runStepsAfterUserTasks(kase.getId());

    HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(kase.getId()).singleResult();
    assertThat(ended.getEndTime()).as("the case has ended").isNotNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(kase.getId())
        .variableName("outcome").singleResult().getValue()).isEqualTo("settled");

    // the supervisor sees it closed, with its outcome, on Cockpit's dashboard
    login("cockpit", "supervisor", "已部署");
    try {
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".onedoor-closed-cases"), caseNumber));
    } catch (org.openqa.selenium.TimeoutException slowDashboard) {
      browser.navigate().refresh();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".onedoor-closed-cases"), caseNumber));
    }
    WebElement row = browser.findElement(By.xpath("//section[contains(@class,'onedoor-closed-cases')]//tr[td[text()='" + caseNumber + "']]"));
    // the outcome in words only; its code stays in the markup for machines
    assertThat(row.getText()).contains("调解结案").doesNotContain("settled");
    assertThat(row.findElement(By.cssSelector("[data-outcome]")).getDomAttribute("data-outcome")).isEqualTo("settled");
    scrollTo(By.cssSelector(".onedoor-closed-cases"));
    screenshot("05-cockpit-closed-case");

    // the agreement the mediator drew up, as the parties will sign it
    HttpResponse<byte[]> pdf = HttpTestClient.basic(port, "mediator", "demo").getBytes(
        "/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "/agreement.pdf");
    if (pdf.statusCode() == 200) {
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
        ImageIO.write(page, "png", SCREENSHOTS.resolve("06-agreement-pdf.png").toFile());
      }
    }
  }

  // --- what a user does, in WebDriver terms

  /** A new browser for the person, logged in to the webapp. */
  private void login(String app, String user, String shownAfterLogin) throws IOException {
    newBrowser();
    session.loginToWebapp(app, user, shownAfterLogin);
  }

  /** Opens the case's task by its link, as a click in the task list does, and claims it. */
  private void openTask(HistoricProcessInstance kase, String taskKey) {
    Task task = wait.until(d -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(kase.getBusinessKey())
        .taskDefinitionKey(taskKey).singleResult());
    String link = "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId();
    show(link);
    List<WebElement> claim = browser.findElements(By.xpath("//button[normalize-space()='认领']"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee() != null);
      // a claimed task leaves the pool's filter: open it again, now among my own tasks
      show(link);
    }
    session.settle(By.cssSelector(".fjs-form"));
  }

  /** Loads the page afresh until the task form shows; a slow machine may need a second load. */
  private void show(String link) {
    for (int attempt = 1; ; attempt++) {
      browser.get("about:blank");
      browser.get(link);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private void complete() {
    By button = By.cssSelector("button[ng-click='complete()']");
    WebElement done = wait.until(ExpectedConditions.elementToBeClickable(button));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", done);
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "在列表中选择一个任务"));
  }

  private static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  private void fill(String key, String value) {
    session.type(field(key), value);
  }

  private void select(String key, String label) {
    // a TAB into the next field opens its dropdown (会议时长), which then covers this one: a click on the heading closes it
    browser.findElement(By.cssSelector(".fjs-form h2")).click();
    WebElement input = browser.findElement(field(key));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.findElement(By.xpath("..")).click();
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
  }

  private void radio(String key, int index) {
    WebElement option = browser.findElement(By.cssSelector("[id$='-Field_" + key + "-" + index + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
    option.click();
  }

  /** Picks a day in form-js's date picker (flatpickr), whatever date format the browser's locale shows. */
  private void date(String key, LocalDate day) {
    WebElement input = browser.findElement(By.cssSelector("[id$='-Field_" + key + "-date']"));
    ((JavascriptExecutor) browser).executeScript("""
        let node = arguments[0], picker = null;
        while (node && !picker) { picker = node._flatpickr; node = node.parentElement; }
        if (!picker) { throw new Error('no date picker'); }
        picker.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]), true);
        picker.close();""", input, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    input.sendKeys(Keys.TAB);
  }

  private void click(By by) {
    session.click(by);
  }

  private void scrollTo(By by) {
    session.scrollTo(by);
  }

  private void screenshot(String name) {
    session.screenshot(name);
  }

  private HistoricProcessInstance caseOf(String applicant) {
    return wait.until(d -> engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("LaborDisputeCase")
        .variableValueEquals("applicantName", applicant).orderByProcessInstanceStartTime().desc().list().stream().findFirst().orElse(null));
  }
}
