package cn.onedoor.register;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 承办人: whoever schedules the first session owns the case, its later tasks are hers while her pool
 * still sees them; supervisors and administrators change her with a reason; 我的案件 and the case search.
 */
class CaseMediatorsTests extends CaseProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();
  /** A second member of the union pool, made here (the demo users have one per pool). */
  static final String COLLEAGUE = "mediator3";

  @LocalServerPort int port;
  HttpTestClient mediator;
  HttpTestClient mediator2;
  HttpTestClient supervisor;

  @BeforeEach
  void users() {
    if (engine.getIdentityService().createUserQuery().userId(COLLEAGUE).count() == 0) {
      User user = engine.getIdentityService().newUser(COLLEAGUE);
      user.setFirstName("红");
      user.setLastName("张");
      user.setPassword("demo-colleague-1");
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(COLLEAGUE, "mediator-union");
    }
    mediator = HttpTestClient.basic(port, "mediator", "demo");
    mediator2 = HttpTestClient.basic(port, "mediator2", "demo");
    supervisor = HttpTestClient.basic(port, "supervisor", "demo");
  }

  @Test
  void whoeverSchedulesTheFirstSessionOwnsTheCaseAndGetsItsLaterTasks() {
    ProcessInstance kase = scheduledBy("mediator", "周承办");

    Task record = driver.task(kase, "Task_RecordSession");
    assertThat(record.getAssignee()).isEqualTo("mediator");
    assertThat(candidateGroups(record)).containsExactly("mediator-union");
    assertThat(mediatorOf(kase)).isEqualTo("mediator");

    driver.complete(kase, "Task_RecordSession", "mediator", UNION_POOL, "sessionNotes", "双方同意再谈一次", "sessionResult", "another_session");
    Task second = driver.task(kase, "Task_ScheduleSession");
    assertThat(second.getAssignee()).isEqualTo("mediator");
    assertThat(candidateGroups(second)).containsExactly("mediator-union");
  }

  @Test
  void myCasesListsTheMediatorsOpenCasesOnly() throws IOException {
    ProcessInstance mine = scheduledBy("mediator", "吴我的");
    ProcessInstance notYet = accepted("吴未排");

    JsonNode cases = mediator.allItems("/api/my-cases");
    assertThat(cases.findValuesAsText("caseNumber")).contains(driver.businessKey(mine)).doesNotContain(driver.businessKey(notYet));
    assertThat(mediator2.allItems("/api/my-cases").findValuesAsText("caseNumber")).doesNotContain(driver.businessKey(mine));
    // the page /cases/ asks with the Tasklist login session
    HttpTestClient browser = HttpTestClient.anonymous(port);
    assertThat(browser.get("/api/my-cases").statusCode()).isEqualTo(401);
    // a page at a time, bounded: out-of-range paging is refused, not clamped
    JsonNode first = json(mediator.get("/api/my-cases?size=1"));
    assertThat(first.get("items").size()).isLessThanOrEqualTo(1);
    assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(1);
    for (String query : List.of("size=201", "size=0", "page=-1", "page=x", "size=1e3")) {
      assertThat(mediator.get("/api/my-cases?" + query).statusCode()).as(query).isEqualTo(400);
    }
    browser.webappLogin("tasklist", "mediator", "demo");
    assertThat(browser.allItems("/api/my-cases").findValuesAsText("caseNumber")).contains(driver.businessKey(mine));
    assertThat(json(browser.get("/api/cases/search?q=" + encode("吴我的"))).findValuesAsText("caseNumber"))
        .containsExactly(driver.businessKey(mine));
  }

  @Test
  void onlySupervisorsAndAdministratorsChangeTheMediatorWithAReason() throws IOException {
    ProcessInstance kase = scheduledBy("mediator", "郑改派");
    String path = "/api/cases/" + encode(driver.businessKey(kase)) + "/mediator";
    String body = "{\"mediator\": \"" + COLLEAGUE + "\", \"reason\": \"李明调岗，由张红接办\"}";

    assertThat(mediator.postJson(path, body).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "clerk", "demo").postJson(path, body).statusCode()).isEqualTo(403);
    HttpResponse<String> noReason = supervisor.postJson(path, "{\"mediator\": \"" + COLLEAGUE + "\", \"reason\": \" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("原因");
    HttpResponse<String> otherPool = supervisor.postJson(path, "{\"mediator\": \"mediator2\", \"reason\": \"试试\"}");
    assertThat(otherPool.statusCode()).isEqualTo(400);
    assertThat(otherPool.body()).contains("mediator-union");
    assertThat(supervisor.postJson("/api/cases/" + encode("吉劳调〔2099〕9999号") + "/mediator", body).statusCode()).isEqualTo(404);
    assertThat(mediatorOf(kase)).isEqualTo("mediator");

    HttpResponse<String> changed = supervisor.postJson(path, body);

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).path("reassignedTasks").asInt()).isOne();
    assertThat(mediatorOf(kase)).isEqualTo(COLLEAGUE);
    Task record = driver.task(kase, "Task_RecordSession");
    assertThat(record.getAssignee()).isEqualTo(COLLEAGUE);
    assertThat(candidateGroups(record)).containsExactly("mediator-union");
    JsonNode changes = json(mediator.get(path + "-changes"));
    assertThat(changes.findValuesAsText("previousMediator")).containsExactly("mediator");
    assertThat(changes.findValuesAsText("mediator")).containsExactly(COLLEAGUE);
    assertThat(changes.findValuesAsText("reason")).containsExactly("李明调岗，由张红接办");
    assertThat(changes.findValuesAsText("changedBy")).containsExactly("supervisor");
    assertThat(mediator.allItems("/api/my-cases").findValuesAsText("caseNumber")).doesNotContain(driver.businessKey(kase));

    driver.complete(kase, "Task_RecordSession", COLLEAGUE, UNION_POOL, "sessionNotes", "双方同意再谈一次", "sessionResult", "another_session");
    assertThat(driver.task(kase, "Task_ScheduleSession").getAssignee()).isEqualTo(COLLEAGUE);
    assertThat(mediatorOf(kase)).isEqualTo(COLLEAGUE);
  }

  @Test
  void aMediatorFindsHerPoolsCasesByNumberPartyNameOrIdentityNumberTail() throws IOException {
    ProcessInstance kase = accepted("冯查找");
    String caseNumber = driver.businessKey(kase);
    String idNumber = "11010119900307123" + IdentityNumbers.checkCharacter("11010119900307123");
    ProcessInstance byEmployer = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", "冯单位",
        "employerName", "吉安市冯氏查找电子有限公司", "applicantIdNumber", idNumber));
    driver.accept(byEmployer);

    assertThat(search(mediator, "冯查找")).containsExactly(caseNumber);
    assertThat(search(mediator, caseNumber)).containsExactly(caseNumber);
    assertThat(search(mediator, "冯氏查找")).containsExactly(driver.businessKey(byEmployer));
    assertThat(search(mediator, idNumber.substring(14))).contains(driver.businessKey(byEmployer)).doesNotContain(caseNumber);
    assertThat(search(mediator, idNumber)).contains(driver.businessKey(byEmployer)).doesNotContain(caseNumber);
    assertThat(search(mediator2, "冯查找")).isEmpty();
    assertThat(search(mediator2, "冯氏查找")).isEmpty();
    assertThat(search(HttpTestClient.basic(port, "clerk", "demo"), "冯查找")).isEmpty();
    assertThat(search(supervisor, "冯查找")).containsExactly(caseNumber);
    assertThat(search(mediator, "%")).doesNotContain(caseNumber);
    HttpResponse<String> empty = mediator.get("/api/cases/search?q=");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("请输入");
  }

  private ProcessInstance accepted(String applicant) {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn("applicantName", applicant));
    driver.accept(kase);
    return kase;
  }

  private ProcessInstance scheduledBy(String user, String applicant) {
    ProcessInstance kase = accepted(applicant);
    driver.complete(kase, "Task_ScheduleSession", user, UNION_POOL,
        "sessionMode", "in_person", "sessionTime", driver.engineToday().plusDays(2) + "T09:30", "sessionPlace", "中心第一调解室");
    return kase;
  }

  private String mediatorOf(ProcessInstance kase) {
    return jdbc.queryForObject("select mediator_id from case_register where case_number = ?", String.class, driver.businessKey(kase));
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private List<String> search(HttpTestClient user, String q) throws IOException {
    HttpResponse<String> response = user.get("/api/cases/search?q=" + encode(q));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).findValuesAsText("caseNumber");
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
