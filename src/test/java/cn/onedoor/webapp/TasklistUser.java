package cn.onedoor.webapp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One staff member in Tasklist, in WebDriver terms: logs in, opens a case's task by its link (claiming
 * it where the pool offers it), fills Camunda Forms fields (text, select, radio, date picker) and
 * completes. Each person has a browser of their own ({@link BrowserSession}), as at the centre.
 */
final class TasklistUser implements AutoCloseable {

  final String user;
  final BrowserSession session;
  final ChromeDriver browser;
  final WebDriverWait wait;
  private final ProcessEngine engine;
  private final int port;

  private TasklistUser(String user, BrowserSession session, ProcessEngine engine, int port) {
    this.user = user;
    this.session = session;
    this.browser = session.driver();
    this.wait = session.waiting();
    this.engine = engine;
    this.port = port;
  }

  /** A new browser, logged in to {@code app} as {@code user} (password demo), once {@code shownAfterLogin} shows. */
  static TasklistUser login(int port, Path screenshots, ProcessEngine engine, String app, String user, String shownAfterLogin)
      throws IOException {
    BrowserSession session = BrowserSession.open(port, screenshots);
    try {
      session.loginToWebapp(app, user, shownAfterLogin);
    } catch (RuntimeException e) {
      session.close(); // with its last screenshot
      throw e;
    }
    return new TasklistUser(user, session, engine, port);
  }

  /** The case's open task of this key, once the engine has it. */
  Task task(String caseNumber, String taskKey) {
    return wait.until(d -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(taskKey).singleResult());
  }

  /** Opens the case's task by its link, as a click in the task list does, and claims it where it is still the pool's. */
  Task openTask(String caseNumber, String taskKey) {
    Task task = task(caseNumber, taskKey);
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
    return task;
  }

  /** Loads the page afresh until the task form shows; a slow machine may need a second load. */
  void show(String link) {
    for (int attempt = 1; ; attempt++) {
      browser.get("about:blank");
      browser.get(link);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        return;
      } catch (TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Clicks 完成 and waits until Tasklist has taken the form. */
  void complete() {
    By button = By.cssSelector("button[ng-click='complete()']");
    WebElement done = wait.until(ExpectedConditions.elementToBeClickable(button));
    session.script("arguments[0].scrollIntoView({block: 'center'})", done);
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "在列表中选择一个任务"));
  }

  static By field(String key) {
    return By.cssSelector("[id$='-Field_" + key + "']");
  }

  /** Whether the form shows the field (a text field by its id, radio options and date parts by theirs). */
  boolean has(String key) {
    return !browser.findElements(By.cssSelector("[id$='-Field_" + key + "'], [id*='-Field_" + key + "-']")).isEmpty();
  }

  void fill(String key, String value) {
    session.type(field(key), value);
  }

  void select(String key, String label) {
    // a TAB into the next field may have opened its dropdown over this one: a click on the form's heading closes it
    List<WebElement> heading = browser.findElements(By.cssSelector(".fjs-form h2"));
    if (!heading.isEmpty()) {
      heading.get(0).click();
    }
    WebElement input = browser.findElement(field(key));
    session.script("arguments[0].scrollIntoView({block: 'center'})", input);
    input.findElement(By.xpath("..")).click();
    session.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
  }

  /** Picks the radio option (or checklist item) at {@code index}. */
  void radio(String key, int index) {
    WebElement option = browser.findElement(By.cssSelector("[id$='-Field_" + key + "-" + index + "']"));
    session.script("arguments[0].scrollIntoView({block: 'center'})", option);
    option.click();
  }

  /** Picks a day in form-js's date picker (flatpickr), whatever date format the browser's locale shows. */
  void date(String key, LocalDate day) {
    WebElement input = browser.findElement(By.cssSelector("[id$='-Field_" + key + "-date']"));
    ((JavascriptExecutor) browser).executeScript("""
        let node = arguments[0], picker = null;
        while (node && !picker) { picker = node._flatpickr; node = node.parentElement; }
        if (!picker) { throw new Error('no date picker'); }
        picker.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]), true);
        picker.close();""", input, day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    input.sendKeys(Keys.TAB);
  }

  /** Types a time into the time part of a datetime field. */
  void time(String key, String hhmm) {
    browser.findElement(By.cssSelector("[id$='-Field_" + key + "-time']")).sendKeys(hhmm, Keys.TAB);
  }

  String pageText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  void screenshot(String name) {
    session.screenshot(name);
  }

  @Override
  public void close() {
    session.close();
  }
}
