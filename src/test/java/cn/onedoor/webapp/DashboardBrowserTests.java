package cn.onedoor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.reporting.KpiService;
import cn.onedoor.reporting.Kpis;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CentreFigures;
import cn.onedoor.support.OneDoorSpringTest;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supervisor dashboard in Debian's headless Chromium: the supervisor goes from Cockpit to the
 * dashboard without logging in again and reads the centre's figures for March 2023 to December 2025
 * from the seeded register ({@link CentreFigures}), with charts, today's views and a case's timeline;
 * a mediator is refused, both through the dashboard's login and with a Tasklist session. Screenshots
 * go to target/screenshots/dashboard.
 */
@OneDoorSpringTest
@Tag("browser")
class DashboardBrowserTests {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots", "dashboard");
  static final String PERIOD = "?from=2023-03-01&to=2025-12-31";
  static final String APPLICANT = "钱集体代表";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired KpiService kpis;
  BrowserSession browser;
  Incident incident;

  @BeforeEach
  void prepare() throws IOException {
    BrowserSession.assumeInstalled(SCREENSHOTS);
    BrowserSession.clearScreenshots(SCREENSHOTS);
    CentreFigures.seed(jdbc);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (incident != null) {
      engine.getRuntimeService().resolveIncident(incident.getId());
      incident = null;
    }
  }

  @Test
  void supervisorReadsTheCentresFiguresAndMediatorIsRefused() throws Exception {
    // today: an open collective dispute whose notice failed to go out
    ProcessInstance kase = new CaseDriver(engine).registerThroughStartForm(CaseDriver.walkIn(
        "workerCount", 23L, "applicantName", APPLICANT, "knownDate", LocalDate.now().minusDays(10).toString()));
    String caseNumber = new CaseDriver(engine).businessKey(kase);
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(kase.getId()).singleResult();
    incident = engine.getRuntimeService().createIncident("onedoorProbe", review.getExecutionId(), "browser-test",
        "短信网关无响应（测试数据）");

    // the supervisor opens Cockpit and follows its link to the dashboard: no second login
    browser = BrowserSession.open(port, SCREENSHOTS, 1400, 1500);
    browser.loginToWebapp("cockpit", "supervisor", "已部署");
    browser.click(By.linkText("打开监管看板"));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-view")));
    assertThat(browser.driver().findElement(By.id("user-name")).getText()).isEqualTo("刘建国");
    assertThat(browser.driver().findElement(By.id("user-name")).getDomAttribute("data-user-id")).isEqualTo("supervisor");

    // the centre's reported figures, as the API gives them (with whatever other tests accepted in the
    // period: the figures themselves are KpiTests')
    browser.get("/dashboard/" + PERIOD);
    waitForKpis("2023-03-01/2025-12-31");
    Kpis kpi = kpis.kpis(CentreFigures.FROM, CentreFigures.TO);
    assertThat(kpi.casesReceived()).isGreaterThanOrEqualTo(CentreFigures.CASES);
    assertThat(kpiCards()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "casesReceived", "" + kpi.casesReceived(), "workersInvolved", "" + kpi.workersInvolved(),
        "enterprisesInvolved", "" + kpi.enterprisesInvolved(), "agreementsReached", "" + kpi.agreementsReached(),
        "performedOnTheSpot", "" + kpi.performedOnTheSpot(), "successRate", kpi.successRate(), "amountRecovered", kpi.amountRecovered()));
    assertThat(browser.driver().findElement(By.id("kpi-period")).getText()).isEqualTo("按受理日期 2023-03-01 至 2025-12-31");
    for (String chart : List.of("chart-month", "chart-channel", "chart-dispute-type", "chart-stage")) {
      assertThat(browser.driver().findElements(By.cssSelector("#" + chart + " canvas"))).as(chart + " drawn").isNotEmpty();
    }
    Kpis.Row online = row(kpi, "channel", "online");
    assertThat(rowText("breakdown-table", "网上申请")).contains("" + online.casesReceived()).contains("" + online.agreementsReached())
        .contains(online.successRate()).contains(online.amountRecovered());
    browser.click(By.cssSelector("[data-breakdown=mediator]"));
    Kpis.Row mediator = row(kpi, "mediator", "mediator");
    assertThat(rowText("breakdown-table", "李明（mediator）")).contains("" + mediator.casesReceived()).contains(mediator.amountRecovered());
    browser.click(By.cssSelector("[data-breakdown=channel]"));

    // today's views: the collective dispute, its incident, links to Cockpit and to its timeline
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("collective-table"), caseNumber));
    assertThat(rowText("collective-table", caseNumber)).contains(APPLICANT).contains("23").contains("已登记");
    assertThat(rowText("incidents-table", "短信网关无响应（测试数据）")).contains(caseNumber).contains("审查受理条件");
    WebElement cockpit = browser.driver().findElement(By.xpath(
        "//*[@id='incidents-table']//tr[contains(., '短信网关无响应')]//a[contains(@class,'cockpit-link')]"));
    assertThat(cockpit.getAttribute("href")).endsWith("/camunda/app/cockpit/default/#/process-instance/" + kase.getId());
    browser.script("window.scrollTo(0, 0)");
    browser.screenshot("01-dashboard");

    // a notice the gateway never took, listed with its retry (docs/notifications.md)
    jdbc.update("""
        insert into notification (case_number, template, recipient_role, channel, recipient_masked, body, created_at,
          status, attempts, last_error, failed_at)
        values (?, 'accepted', 'applicant', 'sms', '138****8000', '（测试数据）', current_timestamp, 'failed', 4,
          '短信/邮件网关暂时无法处理（HTTP 503：测试数据）', current_timestamp)""", caseNumber);
    long failedNotice = jdbc.queryForObject("select max(id) from notification where case_number = ? and status = 'failed'",
        Long.class, caseNumber);
    browser.click(By.id("refresh"));
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("failed-notices-table"), caseNumber));
    assertThat(rowText("failed-notices-table", caseNumber)).contains("受理通知").contains("138****8000").contains("HTTP 503");
    browser.script("document.getElementById('failed-notices-panel').scrollIntoView()");
    browser.screenshot("01b-failed-notices");
    browser.click(By.xpath("//*[@id='failed-notices-table']//tr[contains(., '" + caseNumber + "')]//button[contains(@class,'retry-notice')]"));
    browser.waiting().until(ExpectedConditions.not(
        ExpectedConditions.textToBePresentInElementLocated(By.id("failed-notices-table"), caseNumber)));
    assertThat(jdbc.queryForObject("select status from notification where id = ?", String.class, failedNotice)).isEqualTo("queued");
    jdbc.update("update notification set status = 'sent' where id = ?", failedNotice);
    browser.script("window.scrollTo(0, 0)");

    browser.click(By.xpath("//*[@id='collective-table']//tr[contains(., '" + caseNumber + "')]//a[contains(@class,'timeline-link')]"));
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-table"), "审查受理条件"));
    assertThat(browser.driver().findElement(By.id("timeline-title")).getText()).isEqualTo(caseNumber);
    assertThat(rowText("timeline-table", "审查受理条件")).contains("进行中");
    assertThat(browser.driver().findElement(By.id("timeline-incidents")).getText()).contains("短信网关无响应（测试数据）");
    browser.screenshot("02-case-timeline");

    // exports are links the session may follow
    String csv = browser.driver().findElement(By.cssSelector("[data-table=kpi] a[href$='.csv" + PERIOD + "']")).getAttribute("href");
    assertThat(csv).endsWith("/api/reports/export/kpi.csv" + PERIOD);
    assertThat(fetchStatus(csv)).isEqualTo("200 text/csv;charset=UTF-8");

    // a preset changes the period
    browser.click(By.cssSelector("[data-preset=year]"));
    int year = LocalDate.now(CaseDriver.BEIJING).getYear();
    waitForKpis(year + "-01-01/" + year + "-12-31");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/dashboard/?from=" + year + "-01-01&to=" + year + "-12-31");

    // logging out leaves the login form and no figures
    browser.click(By.id("logout"));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
    assertThat(browser.driver().findElement(By.id("dashboard-view")).isDisplayed()).isFalse();

    // a mediator who tries the dashboard's login is refused in Chinese
    browser.driver().findElement(By.id("login-username")).sendKeys("mediator");
    browser.driver().findElement(By.id("login-password")).sendKeys("demo");
    browser.click(By.id("login-submit"));
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-message"), "无权访问"));
    assertThat(browser.driver().findElement(By.id("dashboard-view")).isDisplayed()).isFalse();
    browser.screenshot("03-mediator-login-refused");
    browser.close();

    // and a mediator already logged in to Tasklist sees the refusal; the API answers 403
    browser = BrowserSession.open(port, SCREENSHOTS);
    browser.loginToWebapp("tasklist", "mediator", "我的待办");
    browser.get("/dashboard/" + PERIOD);
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("denied-view")));
    assertThat(browser.driver().findElement(By.id("denied-text")).getText()).startsWith("无权访问").contains("李明（mediator）");
    assertThat(browser.driver().findElement(By.id("dashboard-view")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain(kpi.amountRecovered());
    assertThat(fetchStatus(browser.url("/api/reports/kpi" + PERIOD))).startsWith("403");
    browser.screenshot("04-mediator-refused");
  }

  private static Kpis.Row row(Kpis kpi, String breakdown, String key) {
    return kpi.breakdowns().get(breakdown).stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
  }

  private void waitForKpis(String period) {
    browser.waiting().until(driver -> period.equals(browser.script("return document.body.dataset.kpiLoaded")));
  }

  private Map<String, String> kpiCards() {
    Map<String, String> cards = new java.util.HashMap<>();
    for (WebElement card : browser.driver().findElements(By.cssSelector("#kpi-cards .card"))) {
      cards.put(card.getAttribute("data-kpi"), card.findElement(By.className("value")).getText());
    }
    return cards;
  }

  private String rowText(String tableId, String contained) {
    return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[@id='" + tableId + "']//tr[contains(., '" + contained + "')]"))).getText();
  }

  /** The page's own fetch with its session: "status content-type". */
  private String fetchStatus(String url) {
    return (String) browser.asyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
          .then(r => done(r.status + ' ' + (r.headers.get('Content-Type') || '')))
          .catch(e => done('error ' + e));""", url);
  }
}
