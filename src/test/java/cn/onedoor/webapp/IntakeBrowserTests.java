package cn.onedoor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.party.CaseParty;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.OneDoorSpringTest;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Intake at the window through Tasklist's start form, in Debian's headless Chromium (zh-CN), as the
 * clerk: the dialog keeps what was typed (Esc, a click outside, closing and reopening), several
 * workers are registered as one case through the 其他申请人 list, the clerk reads the case number and
 * the mediation deadline after registering, and a returning applicant is offered from the earlier
 * case. Screenshots go to target/screenshots/intake (copies in docs/screenshots/intake-*.png).
 */
@OneDoorSpringTest
@Tag("browser")
class IntakeBrowserTests {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots", "intake");
  static final Pattern RECEIPT = Pattern.compile("案号 (吉劳调〔\\d{4}〕\\d{4}号)，调解期限届满日 (\\d{4})年(\\d{1,2})月(\\d{1,2})日");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired CaseRegister register;
  /** Every field typed into since the form opened, with its value: form-js may reset one as it re-renders. */
  final Map<By, String> typed = new LinkedHashMap<>();
  BrowserSession session;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
    BrowserSession.assumeInstalled(SCREENSHOTS);
    session = BrowserSession.open(port, SCREENSHOTS);
    browser = session.driver();
    wait = session.waiting();
    session.loginToWebapp("tasklist", "clerk", "我的待办");
  }

  @AfterEach
  void closeBrowser() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void startFormKeepsWhatWasTypedOnEscapeOutsideClickAndReopening() {
    openStartForm();
    fill("applicantName", "夏雨晴");
    fill("employerName", "吉安市保留草稿有限公司");
    fill("claimDescription", "拖欠2026年10月工资");
    // Esc in a field and in the open date picker, then a click outside the dialog
    browser.findElement(field("applicantName")).sendKeys(Keys.ESCAPE);
    browser.findElement(By.cssSelector("[id$='-Field_knownDate-date']")).click();
    browser.findElement(By.cssSelector("[id$='-Field_knownDate-date']")).sendKeys(Keys.ESCAPE);
    new Actions(browser).moveToLocation(8, 700).click().perform();
    session.settle(By.cssSelector(".modal-dialog"));
    assertThat(browser.findElements(By.cssSelector(".modal-dialog"))).as("the start dialog is still open").hasSize(1);
    assertThat(value("applicantName")).isEqualTo("夏雨晴");
    assertThat(value("employerName")).isEqualTo("吉安市保留草稿有限公司");
    session.scrollTo(field("applicantName"));
    session.screenshot("01-kept-after-escape-and-outside-click");

    // closed by its own button, opened again: the draft is back
    session.click(By.cssSelector("button[ng-click='$dismiss()']"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".modal-dialog"), 0));
    openStartForm();
    assertThat(value("applicantName")).isEqualTo("夏雨晴");
    assertThat(value("employerName")).isEqualTo("吉安市保留草稿有限公司");
    assertThat(value("claimDescription")).isEqualTo("拖欠2026年10月工资");
    assertThat(browser.findElement(By.cssSelector(".onedoor-lookup[data-for=draft]")).getText()).contains("已恢复本窗口上次未提交的登记内容");
    session.scrollTo(field("applicantName"));
    session.screenshot("02-draft-restored-on-reopening");

    // another applicant: the clerk discards the draft, and it stays discarded
    session.click(By.cssSelector(".onedoor-lookup[data-for=draft] .onedoor-lookup-take"));
    wait.until(d -> value("applicantName").isEmpty() && value("employerName").isEmpty());
    session.click(By.cssSelector("button[ng-click='$dismiss()']"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".modal-dialog"), 0));
    openStartForm();
    assertThat(value("applicantName")).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".onedoor-lookup[data-for=draft]"))).isEmpty();
  }

  @Test
  void clerkRegistersThreeWorkersAndReadsTheCaseNumberAndDeadline() {
    // the first worker came before: an open case of hers with another employer
    String earlier = new CaseDriver(engine).businessKey(new CaseDriver(engine).registerThroughStartForm(CaseDriver.walkIn(
        "applicantName", "钟晓燕", "applicantIdNumber", id("36080219900307002"), "applicantPhone", "13970001111")));
    openStartForm();
    fill("applicantIdNumber", id("36080219900307002"));
    WebElement offer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".onedoor-lookup[data-for=applicant]")));
    assertThat(offer.getText()).contains("曾在 ").contains(earlier).contains("钟晓燕").contains("139****1111")
        .contains("尚有未结案件").contains("请核实是否重复申请");
    session.screenshot("03-returning-applicant-offered");
    session.click(By.cssSelector(".onedoor-lookup[data-for=applicant] .onedoor-lookup-take"));
    wait.until(d -> "钟晓燕".equals(value("applicantName")) && "13970001111".equals(value("applicantPhone")));
    session.settle(By.cssSelector(".fjs-form"));

    fillCase(3, "吉安市三人电子有限公司", "91360821MA38ABCD13");
    addWorker(0, "黄志强", id("36080219920515001"), "13970002222");
    addWorker(1, "罗丽萍", id("36080219931120002"), null);
    session.screenshot("04-three-workers");
    start();

    String receipt = receipt();
    Matcher m = RECEIPT.matcher(receipt);
    assertThat(m.find()).isTrue();
    String caseNumber = m.group(1);
    session.screenshot("05-case-number-and-deadline");
    assertThat(LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))))
        .isEqualTo(mediationDeadline(caseNumber));
    List<CaseParty> applicants = applicants(caseNumber);
    assertThat(applicants).extracting(CaseParty::name).containsExactly("钟晓燕", "黄志强", "罗丽萍");
    assertThat(applicants).extracting(CaseParty::idNumber).containsExactly(id("36080219900307002"), id("36080219920515001"), id("36080219931120002"));

    // the draft is gone with the registered case
    openStartForm();
    assertThat(value("applicantName")).isEmpty();
  }

  @Test
  void tenWorkersNeedTwoToFiveRepresentativesThroughTheStartForm() {
    openStartForm();
    fill("applicantName", "邓建华");
    fill("applicantIdNumber", id("36080219880101001"));
    fill("applicantPhone", "13970003333");
    browser.findElement(field("applicantRepresentative")).click();
    fillCase(10, "吉安市十人制衣有限公司", "91360821MA38ABCD13");
    String lastId = null;
    for (int i = 0; i < 9; i++) {
      String first17 = "3608021989" + String.format("%02d", i + 1) + "15" + String.format("%03d", 100 + i);
      lastId = id(first17);
      // the ninth worker's number with a wrong check character (the form's pattern cannot see it; the guard does)
      String typedId = i < 8 ? lastId : first17 + (lastId.charAt(17) == '0' ? '1' : '0');
      addWorker(i, "工人" + "甲乙丙丁戊己庚辛壬".charAt(i) + "某", typedId, null);
    }
    start();
    // one representative marked and a bad row: the guard refuses both, naming the rule and the row's field; nothing is lost
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "应推举2至5名代表"));
    String refusal = browser.findElement(By.tagName("body")).getText();
    assertThat(refusal).contains("coApplicants[8].idNumber");
    WebElement message = browser.findElement(By.xpath("//*[contains(text(),'应推举2至5名代表')]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", message);
    session.screenshot("06-ten-workers-refused-at-the-rule-and-the-row");
    assertThat(browser.findElements(By.cssSelector(".modal-dialog"))).hasSize(1);
    assertThat(value("coApplicants", 8, "coApplicantName")).isEqualTo("工人壬某");
    type(rowField("coApplicantIdNumber", 8), lastId);

    WebElement second = browser.findElement(By.cssSelector("[id$='-Field_coApplicantRepresentative_0']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", second);
    second.click();
    start();
    String receipt = receipt();
    assertThat(receipt).contains("集体争议（10名劳动者）");
    Matcher m = RECEIPT.matcher(receipt);
    assertThat(m.find()).isTrue();
    List<CaseParty> applicants = applicants(m.group(1));
    assertThat(applicants).hasSize(10);
    assertThat(applicants).filteredOn(CaseParty::representative).extracting(CaseParty::name).containsExactly("邓建华", "工人甲某");
  }

  private void openStartForm() {
    typed.clear();
    session.click(By.linkText("启动流程"));
    session.click(By.linkText("劳动人事争议案件"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(field("applicantName")));
    session.settle(By.cssSelector(".fjs-form")); // form-js imports its data once more after the first render
  }

  /** The rest of a valid application: the employer, the claim (the read-back is ticked by {@link #start}). */
  private void fillCase(int workers, String employer, String creditCode) {
    if (value("applicantName").isEmpty()) {
      throw new IllegalStateException("fill the first applicant first");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("employerName", employer);
    fields.put("employerCreditCode", creditCode);
    fields.put("employerPhone", "13870004444");
    fields.put("claimAmount", "36000.00");
    fields.put("claimDescription", "拖欠2026年8月至10月工资");
    fields.put("workerCount", Integer.toString(workers));
    fields.forEach(this::fill);
    select("disputeType", "追索劳动报酬");
    date("knownDate", LocalDate.now().minusDays(20));
  }

  private void addWorker(int row, String name, String idNumber, String phone) {
    WebElement add = browser.findElement(By.cssSelector(".fjs-repeat-render-add"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", add);
    add.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(rowField("coApplicantName", row)));
    type(rowField("coApplicantName", row), name);
    type(rowField("coApplicantIdNumber", row), idNumber);
    if (phone != null) {
      type(rowField("coApplicantPhone", row), phone);
    }
  }

  /** Starts the case; first, as a clerk would, types again any field the form reset while re-rendering. */
  private void start() {
    session.settle(By.cssSelector(".fjs-form"));
    typed.forEach((by, value) -> {
      if (!value.equals(browser.findElement(by).getDomProperty("value"))) {
        session.type(by, value);
      }
    });
    // the clerk's confirmation last: ticked once everything is typed and the form has settled
    WebElement readBack = browser.findElement(field("applicationReadBack"));
    if (!readBack.isSelected()) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", readBack);
      readBack.click();
      wait.until(d -> d.findElement(field("applicationReadBack")).isSelected());
    }
    By button = By.cssSelector("button[ng-click='startProcessInstance()']");
    try {
      wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("启动 stays disabled; fields with errors: " + session.script("""
          return [...document.querySelectorAll('.fjs-has-errors')].map(f => (f.querySelector('input, textarea') || f).id
            + ': ' + f.textContent).join(' | ');"""), e);
    }
  }

  /** The page's text once it shows the receipt (已登记：案号 …，调解期限届满日 …); what it shows instead if it does not. */
  private String receipt() {
    try {
      return new WebDriverWait(browser, java.time.Duration.ofSeconds(60)).until(d -> {
        String text = d.findElement(By.tagName("body")).getText();
        return RECEIPT.matcher(text).find() ? text : null;
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      String text = browser.findElement(By.tagName("body")).getText();
      throw new AssertionError("no receipt shown; the page reads: " + text.substring(0, Math.min(3000, text.length()))
          + "\nits console: " + session.consoleLog() + "\ncases started: "
          + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("LaborDisputeCase").count()
          + ", modals open: " + browser.findElements(By.cssSelector(".modal")).size(), e);
    }
  }

  private List<CaseParty> applicants(String caseNumber) {
    return register.parties(caseNumber).stream().filter(p -> CaseParty.APPLICANT.equals(p.role())).toList();
  }

  private LocalDate mediationDeadline(String caseNumber) {
    String instance = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
    return cn.onedoor.process.CaseFacts.of(engine.getRuntimeService().getVariables(instance)).mediationDeadline();
  }

  /** A valid identity number: the first 17 characters and their check character. */
  private static String id(String first17) {
    return first17 + cn.onedoor.party.IdentityNumbers.checkCharacter(first17);
  }

  private static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  private static By rowField(String key, int row) {
    return By.cssSelector("[id$='-Field_" + key + "_" + row + "']");
  }

  private String value(String key) {
    return browser.findElement(field(key)).getDomProperty("value");
  }

  private String value(String list, int row, String key) {
    return browser.findElement(rowField(key, row)).getDomProperty("value");
  }

  private void fill(String key, String value) {
    type(field(key), value);
  }

  private void type(By by, String value) {
    session.type(by, value);
    typed.put(by, value);
  }

  private void select(String key, String label) {
    browser.findElement(field(key)).findElement(By.xpath("..")).click();
    session.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
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
}
