package cn.onedoor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.OneDoorSpringTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
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
 * The case file page (案件卷宗) in Debian's headless Chromium (zh-CN) as the union pool's mediator:
 * from her task in Tasklist by its 查看案件卷宗 link to the page, which shows the case's parties
 * masked, its session, documents and timeline, and takes the signed agreement's scan. Screenshots go
 * to target/screenshots/case-file.
 */
@OneDoorSpringTest
@Tag("browser")
class CaseFileBrowserTests {

  static final Path SCREENSHOTS = Paths.get("target", "screenshots", "case-file");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  BrowserSession browser;

  @BeforeEach
  void prepare() throws IOException {
    BrowserSession.assumeInstalled(SCREENSHOTS);
    BrowserSession.clearScreenshots(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void theMediatorOpensTheCaseFileFromHerTaskAndUploadsTheSignedScan() throws Exception {
    CaseDriver driver = new CaseDriver(engine);
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", "卷宗测",
        "knownDate", LocalDate.now().minusDays(10).toString()));
    String caseNumber = driver.businessKey(kase);
    driver.accept(kase);
    driver.complete(kase, "Task_ScheduleSession", "mediator", List.of("mediator-union"),
        "sessionMode", "in_person", "sessionTime", LocalDate.now().plusDays(2) + "T09:30", "sessionPlace", "中心第一调解室");
    driver.complete(kase, "Task_RecordSession", "mediator", List.of("mediator-union"),
        "sessionNotes", "双方对欠薪数额有分歧，约定再次调解", "sessionResult", "another_session");
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ScheduleSession").singleResult();
    assertThat(task).isNotNull();

    browser = BrowserSession.open(port, SCREENSHOTS, 1400, 1800);
    warmUp();
    browser.loginToWebapp("tasklist", "mediator", "我的待办");
    browser.get("/camunda/app/tasklist/default/#/?task=" + task.getId());
    WebElement link = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("onedoor-case-file")));
    assertThat(link.getText()).isEqualTo("查看案件卷宗（" + caseNumber + "）");
    browser.screenshot("01-task-link");

    browser.driver().get(link.getDomProperty("href"));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
    String page = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(page).contains("案件卷宗", caseNumber, "卷宗测", "申请人", "被申请人", "第 1 次", "继续调解", "调解期限届满", "办理时间线",
        "审查受理条件", "承办人");
    assertThat(page).doesNotContain("110101199003078515").doesNotContain("暂无权限");
    assertThat(browser.driver().findElement(By.id("documents")).getText()).isNotBlank();

    Path scan = Files.createTempFile("signed-", ".pdf");
    Files.write(scan, "%PDF-1.4\n% 签字协议书扫描件\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("upload-type"))).selectByVisibleText("签字协议书");
    browser.driver().findElement(By.id("upload-file")).sendKeys(scan.toAbsolutePath().toString());
    browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-message"), "已上传"));
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("uploads"), "签字协议书"));
    Files.deleteIfExists(scan);
    assertThat(jdbc.queryForObject("select count(*) from case_upload where case_number = ?", Integer.class, caseNumber)).isEqualTo(1);
    browser.screenshot("02-case-file");

    // another pool's mediator sees none of it
    browser.close();
    browser = BrowserSession.open(port, SCREENSHOTS);
    warmUp();
    browser.loginToWebapp("tasklist", "mediator2", "我的待办");
    browser.get("/cases/file.html?case=" + java.net.URLEncoder.encode(caseNumber, java.nio.charset.StandardCharsets.UTF_8));
    browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "您无权查看该案件"));
    assertThat(browser.driver().findElement(By.id("content")).isDisplayed()).isFalse();
    browser.screenshot("03-other-pool-refused");
  }

  /** Tasklist's first load on a loaded machine takes longer than a login waits for: wait for its form once. */
  private void warmUp() {
    browser.get("/camunda/app/tasklist/");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMinutes(3))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
  }
}
