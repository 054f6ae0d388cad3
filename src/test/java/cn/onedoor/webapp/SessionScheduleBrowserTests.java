package cn.onedoor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.OneDoorSpringTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * 安排调解会议 in Tasklist (Chromium, zh-CN) as {@code mediator}: the form asks for the room and the
 * length; a session in a room another session holds is refused in Chinese naming the room (Tasklist
 * shows the server's refusal as a notice under the form); the adjacent slot is taken; the week shows
 * on 调解会议日程. Screenshots to target/screenshots/sessions, the two that show it also to docs/screenshots.
 */
@OneDoorSpringTest
@Tag("browser")
class SessionScheduleBrowserTests {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots", "sessions");
  static final Path DOCS = Paths.get("docs", "screenshots");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  BrowserSession session;
  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
    BrowserSession.assumeInstalled(SCREENSHOTS);
    BrowserSession.clearScreenshots(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void mediatorChoosesARoomAndIsToldInChineseWhenItIsTaken() throws Exception {
    CaseDriver driver = new CaseDriver(engine);
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
    ProcessInstance booked = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", "钱多多"));
    driver.accept(booked);
    driver.complete(booked, "Task_ScheduleSession", "mediator", List.of("mediator-union"),
        "sessionMode", "in_person", "sessionTime", day + "T09:30", "sessionPlace", "中心第一调解室");
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", "孙小美"));
    driver.accept(kase);

    session = BrowserSession.open(port, SCREENSHOTS, 1280, 1500);
    browser = session.driver();
    wait = session.waiting();
    session.loginToWebapp("tasklist", "mediator", "我的待办");
    openTask(driver.task(kase, "Task_ScheduleSession"));
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains("会议时长", "调解室");

    radio("sessionMode", 0);
    date("sessionTime", day);
    time("10:00");
    select("sessionPlace", "中心第一调解室");
    complete();
    String refusal = waitForNotice("已安排其他调解会议");
    assertThat(refusal).contains("调解室：中心第一调解室在 " + day + " 09:30–10:30 已安排其他调解会议");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(field("sessionPlace")));
    session.screenshot("01-room-taken");

    // (the same mediator's other session at that time is refused likewise, naming 会议时间: SessionSchedulingTests)
    time("10:30");
    complete();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "在列表中选择一个任务"));
    assertThat(driver.task(kase, "Task_RecordSession")).isNotNull();

    session.get("/cases/sessions.html?from=" + day);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "场调解会议"));
    assertThat(browser.findElement(By.id("by-room")).getText()).contains("中心第一调解室", driver.businessKey(booked),
        driver.businessKey(kase), "10:30–11:30");
    session.screenshot("03-calendar");

    Files.createDirectories(DOCS);
    Files.copy(SCREENSHOTS.resolve("01-room-taken.png"), DOCS.resolve("tasklist-session-room-taken.png"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(SCREENSHOTS.resolve("03-calendar.png"), DOCS.resolve("sessions-calendar.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private void openTask(Task task) {
    String link = session.url("/camunda/app/tasklist/default/#/?task=" + task.getId());
    for (int attempt = 1; ; attempt++) {
      browser.get("about:blank");
      browser.get(link);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        break;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    List<WebElement> claim = browser.findElements(By.xpath("//button[normalize-space()='认领']"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee() != null);
    }
    session.settle(By.cssSelector(".fjs-form"));
  }

  private String waitForNotice(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    return browser.findElement(By.tagName("body")).getText();
  }

  private void complete() {
    // an earlier refusal's notice lies over the 完成 button: close it as a user would
    for (WebElement close : browser.findElements(By.cssSelector(".page-notifications .close, .page-notifications button"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
    By button = By.cssSelector("button[ng-click='complete()']");
    WebElement done = wait.until(ExpectedConditions.elementToBeClickable(button));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", done);
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
  }

  private static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  private void select(String key, String label) {
    // a TAB into the next field opens its dropdown (会议时长), which then covers this one: a click on the heading closes it
    browser.findElement(By.cssSelector(".fjs-form h2")).click();
    WebElement input = browser.findElement(field(key));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.findElement(By.xpath("..")).click();
    session.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
  }

  private void radio(String key, int index) {
    WebElement option = browser.findElement(By.cssSelector("[id$='-Field_" + key + "-" + index + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
    option.click();
  }

  private void time(String hhmm) {
    WebElement time = browser.findElement(By.cssSelector("[id$='-Field_sessionTime-time']"));
    time.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    time.sendKeys(hhmm, Keys.TAB);
  }

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
