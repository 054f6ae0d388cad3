package cn.onedoor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.OneDoorSpringTest;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a user reads is Chinese from the first page load, in Debian's headless Chromium with the
 * browser language zh-CN and a fresh profile (no cached label files): Tasklist's relative times
 * right after the first login, even when English date settings are loaded last; the forms' date
 * picker (一月…十二月, weeks from Monday) and their fixed texts; names family name first; Cockpit
 * refusing a mediator in Chinese; the deadlines as a page. Screenshots go to target/screenshots/chinese
 * (copies in docs/screenshots).
 */
@OneDoorSpringTest
@Tag("browser")
class ChineseWebappsBrowserTests {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots", "chinese");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  BrowserSession session;

  @BeforeEach
  void checkBrowser() throws IOException {
    BrowserSession.assumeInstalled(SCREENSHOTS);
  }

  @AfterEach
  void stopBrowser() {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  @Test
  void taskListShowsChineseRelativeTimesRightAfterTheFirstLoginAndNamesFamilyNameFirst() throws IOException {
    registeredCase("林小雨");
    session = BrowserSession.open(port, SCREENSHOTS);
    openLoginPage("tasklist");
    // what happens on a first visit when en.json answers after zh.json: Camunda's locale loader
    // updates moment's "en" locale, which makes English moment's global locale
    session.script("""
        var injector = angular.element(document.body).injector();
        injector.get('moment').updateLocale('en', {});
        injector.get('$rootScope').$apply();""");
    session.type(By.cssSelector("input[ng-model=username]"), "clerk");
    session.type(By.cssSelector("input[ng-model=password]"), "demo");
    session.click(By.cssSelector("button[type=submit]"));
    session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "我的待办"));
    session.click(By.partialLinkText("本组待认领"));
    // the registered case puts at least one task in the pool; in a suite of hundreds of cases, sorted by
    // due date, it need not be on the first page: any entry shows the relative times
    By entry = By.xpath("(//li[contains(@class,'task')][.//*[contains(normalize-space(),'吉劳调')]])[1]");
    WebElement task = session.waiting().until(ExpectedConditions.visibilityOfElementLocated(entry));
    session.settle(By.tagName("body"));

    List<String> times = session.driver().findElements(By.cssSelector("[am-time-ago]")).stream().map(WebElement::getText)
        .filter(text -> !text.isBlank()).toList();
    assertThat(times).isNotEmpty().allSatisfy(text -> assertThat(text).matches(".*[前后]$").doesNotContainPattern("[A-Za-z]"));
    assertThat(task.getText()).contains("到期").contains("创建于").doesNotContain(" ago").doesNotContain("in ");
    assertThat(session.script("return document.documentElement.getAttribute('data-onedoor-date-locale')")).isEqualTo("zh");
    // Camunda shows firstName + " " + lastName; OneDoor keeps the family name in firstName
    String header = session.driver().findElement(By.cssSelector("[cam-widget-header]")).getText();
    assertThat(header).contains("王 芳").doesNotContain("芳 王");
    session.screenshot("tasklist-zh-first-load");
  }

  @Test
  void datePickerShowsChineseMonthsAndWeekdaysFromMondayAndNoEnglishPlaceholder() throws IOException {
    session = BrowserSession.open(port, SCREENSHOTS);
    session.loginToWebapp("tasklist", "clerk", "我的待办");
    session.click(By.linkText("启动流程"));
    session.click(By.linkText("劳动人事争议案件"));
    By knownDate = By.cssSelector("[id$='-Field_knownDate-date']");
    session.waiting().until(ExpectedConditions.visibilityOfElementLocated(knownDate));
    session.settle(By.cssSelector(".fjs-form"));

    String form = session.driver().findElement(By.cssSelector(".fjs-form")).getText();
    assertThat(form).contains("请选择").doesNotContainPattern("\\bSelect\\b").doesNotContainPattern("\\bSearch\\b");
    assertThat(session.driver().findElement(knownDate).getDomAttribute("placeholder")).isEqualTo("年-月-日");
    assertThat(session.script("""
        return Array.from(document.querySelectorAll('.fjs-form input[placeholder]')).map(i => i.placeholder)
          .filter(p => /[A-Za-z]/.test(p)).join(',');""")).isEqualTo("");

    session.driver().findElement(knownDate).click();
    WebElement calendar = session.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".flatpickr-calendar.open")));
    assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream().map(WebElement::getText).toList())
        .containsExactly("一", "二", "三", "四", "五", "六", "日");
    assertThat(session.script("""
        return Array.from(arguments[0].querySelectorAll('.flatpickr-monthDropdown-months option')).map(o => o.text).join(',');""",
        calendar)).isEqualTo("一月,二月,三月,四月,五月,六月,七月,八月,九月,十月,十一月,十二月");
    // Monday first: the grid's first column is a Monday
    assertThat(session.script("""
        var first = arguments[0].querySelector('.dayContainer .flatpickr-day');
        return first.dateObj.getDay();""", calendar)).isEqualTo(1L);
    session.script("arguments[0].scrollIntoView({block: 'center'})", calendar);
    session.settle(By.cssSelector(".flatpickr-calendar.open"));
    session.screenshot("datepicker-zh");

    // picking a day still fills the field, as Chinese forms write a date (the Chinese words are put in
    // place, not through flatpickr's set(), which would fire form-js's change handler)
    calendar.findElement(By.xpath(".//span[contains(@class,'flatpickr-day') and not(contains(@class,'prevMonthDay'))"
        + " and not(contains(@class,'nextMonthDay')) and not(contains(@class,'flatpickr-disabled')) and normalize-space()='1']"))
        .click();
    session.waiting().until(d -> String.valueOf(d.findElement(knownDate).getDomProperty("value")).matches("\\d{4}-\\d{2}-01"));
  }

  @Test
  void cockpitRefusesAMediatorInChineseOnEveryDeepLink() throws IOException {
    session = BrowserSession.open(port, SCREENSHOTS);
    session.loginToWebapp("tasklist", "mediator", "我的待办");
    for (String path : List.of("/camunda/app/cockpit/", "/camunda/app/cockpit/default/#/dashboard",
        "/camunda/app/cockpit/default/#/processes", "/camunda/app/cockpit/default/#/process-instance/x/runtime",
        "/camunda/app/admin/default/#/users")) {
      session.get(path);
      session.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "无权访问"));
      assertThat(session.driver().findElement(By.tagName("body")).getText()).as(path)
          .contains("您的账号没有访问此页面的权限").doesNotContain("Whitelabel").doesNotContain("Forbidden").doesNotContain("status=");
    }
    session.screenshot("cockpit-mediator-refused-zh");
  }

  @Test
  void deadlinesAreAChinesePageForTheSupervisor() throws IOException {
    String caseNumber = registeredCase("付晓燕");
    session = BrowserSession.open(port, SCREENSHOTS);
    session.loginToWebapp("cockpit", "supervisor", "已部署");
    // Cockpit's dashboard links to it
    session.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.linkText("法定期限一览")));
    session.click(By.linkText("法定期限一览"));
    session.waiting().until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-loaded") != null);
    assertThat(session.driver().getTitle()).startsWith("法定期限一览");
    String page = session.driver().findElement(By.tagName("main")).getText();
    assertThat(page).contains("案号").contains("期限事项").contains("到期时间").contains("共 ");
    // the case is on whichever page holds it: the first page shows the earliest deadlines
    WebElement row = session.waiting().until(d -> {
      List<WebElement> rows = d.findElements(By.cssSelector("tr[data-case-number='" + caseNumber + "']"));
      if (rows.isEmpty() && d.findElement(By.id("page-next")).isDisplayed() && d.findElement(By.id("page-next")).isEnabled()) {
        d.findElement(By.id("page-next")).click();
        return null;
      }
      return rows.isEmpty() ? null : rows.get(0);
    });
    assertThat(row.getText()).contains("审查受理条件").containsPattern("剩 \\d+ 天|今日到期|已逾期 \\d+ 天").containsPattern("\\d{4}年");
    assertThat(session.driver().findElement(By.id("user-name")).getText()).isEqualTo("刘建国");
    session.scrollTo(By.tagName("body"));
    session.screenshot("deadlines-page");
  }

  /** The webapp's login page, loaded again should a busy machine not have drawn it in time. */
  private void openLoginPage(String app) {
    for (int attempt = 1; ; attempt++) {
      session.get("/camunda/app/" + app + "/");
      try {
        session.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model=username]")));
        session.settle(By.tagName("body"));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private String registeredCase(String applicant) {
    CaseDriver driver = new CaseDriver(engine);
    return driver.businessKey(driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", applicant)));
  }
}
