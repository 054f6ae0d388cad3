package cn.onedoor.register;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One case's data (agreement PDF, timeline) goes to the case's pool, its assigned mediator,
 * supervisors and administrators only: every demo role on a union-pool case, over HTTP Basic and
 * over the webapp login session.
 */
class CaseAccessTests extends CaseProcessTest {

  /** What each demo role gets for a settled union-pool case's agreement PDF and timeline. */
  static final Map<String, Integer> UNION_CASE = Map.of(
      "admin", 200, "supervisor", 200, "mediator", 200, "mediator2", 403, "clerk", 403, "lawyer", 403);

  @LocalServerPort int port;
  @Autowired CaseRegister register;

  private String unionCase;

  @BeforeEach
  void settleAUnionPoolCase() {
    unionCase = driver.caseWithDeferredAgreement();
    assertThat(register.keepers(unionCase)).hasValue(new CaseRegister.Keepers("mediator-union", "mediator"));
  }

  @ParameterizedTest(name = "{0} over HTTP Basic")
  @CsvSource({"admin", "supervisor", "mediator", "mediator2", "clerk", "lawyer"})
  void eachRoleGetsTheUnionCaseOrA403OverHttpBasic(String user) {
    assertAnswers(HttpTestClient.basic(port, user, "demo"), user);
  }

  @ParameterizedTest(name = "{0} over the Tasklist session")
  @CsvSource({"admin", "supervisor", "mediator", "mediator2", "clerk", "lawyer"})
  void eachRoleGetsTheUnionCaseOrA403OverTheWebappSession(String user) {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    assertThat(browser.webappLogin("tasklist", user, "demo").statusCode()).isEqualTo(200);
    assertThat(browser.get("/api/me").body()).contains("\"id\":\"" + user + "\"");
    assertAnswers(browser, user);
  }

  @Test
  void strangersGet401() {
    assertThat(HttpTestClient.anonymous(port).getBytes(pdf(unionCase)).statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.anonymous(port).get(timeline(unionCase)).statusCode()).isEqualTo(401);
  }

  @Test
  void theAssignedMediatorReadsTheCaseFromOutsideItsPool() {
    jdbc.update("update case_register set mediator_id = 'mediator2' where case_number = ?", unionCase);

    assertThat(HttpTestClient.basic(port, "mediator2", "demo").getBytes(pdf(unionCase)).statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.basic(port, "mediator2", "demo").get(timeline(unionCase)).statusCode()).isEqualTo(200);
    // the pool still reads it
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get(timeline(unionCase)).statusCode()).isEqualTo(200);
  }

  @Test
  void aCaseNotYetTriagedIsTheSupervisorsAndAdministratorsOnly() {
    ProcessInstance kase = driver.registerThroughStartForm(CaseDriver.walkIn());
    String caseNumber = driver.businessKey(kase);
    assertThat(register.keepers(caseNumber)).hasValue(new CaseRegister.Keepers(null, null));

    assertThat(HttpTestClient.basic(port, "supervisor", "demo").get(timeline(caseNumber)).statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.basic(port, "admin", "demo").get(timeline(caseNumber)).statusCode()).isEqualTo(200);
    for (String user : List.of("clerk", "mediator", "mediator2", "lawyer")) {
      assertThat(HttpTestClient.basic(port, user, "demo").get(timeline(caseNumber)).statusCode()).as(user).isEqualTo(403);
      assertThat(HttpTestClient.basic(port, user, "demo").getBytes(pdf(caseNumber)).statusCode()).as(user).isEqualTo(403);
    }
    // those who may read it learn that it has no agreement yet
    assertThat(HttpTestClient.basic(port, "supervisor", "demo").getBytes(pdf(caseNumber)).statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownCaseIs404ForThoseWhoCouldReadItAnd403ForTheRest() {
    String unknown = "吉劳调〔2099〕9999号";
    for (String user : List.of("supervisor", "admin")) {
      HttpResponse<String> answer = HttpTestClient.basic(port, user, "demo").get(timeline(unknown));
      assertThat(answer.statusCode()).as(user).isEqualTo(404);
      assertThat(answer.body()).contains("\"error\":\"no_case\"");
      assertThat(HttpTestClient.basic(port, user, "demo").getBytes(pdf(unknown)).statusCode()).as(user).isEqualTo(404);
    }
    for (String user : List.of("mediator", "mediator2", "clerk", "lawyer")) {
      assertThat(HttpTestClient.basic(port, user, "demo").get(timeline(unknown)).statusCode()).as(user).isEqualTo(403);
      assertThat(HttpTestClient.basic(port, user, "demo").getBytes(pdf(unknown)).statusCode()).as(user).isEqualTo(403);
    }
  }

  private void assertAnswers(HttpTestClient client, String user) {
    int expected = UNION_CASE.get(user);
    HttpResponse<byte[]> agreement = client.getBytes(pdf(unionCase));
    HttpResponse<String> steps = client.get(timeline(unionCase));

    assertThat(agreement.statusCode()).as("%s: agreement.pdf", user).isEqualTo(expected);
    assertThat(steps.statusCode()).as("%s: timeline %s", user, steps.body()).isEqualTo(expected);
    if (expected == 200) {
      assertThat(agreement.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(steps.body()).contains(unionCase).contains("Task_DraftAgreement");
    } else {
      String refusal = new String(agreement.body(), StandardCharsets.UTF_8);
      for (String body : List.of(refusal, steps.body())) {
        assertThat(body).contains("\"status\":403").contains("\"error\":\"forbidden\"").contains("您无权查看该案件")
            .doesNotContain("110101199003078515").doesNotContain("赵小红").doesNotContain("Exception");
      }
    }
  }


  private static String pdf(String caseNumber) {
    return "/api/cases/" + encode(caseNumber) + "/agreement.pdf";
  }

  private static String timeline(String caseNumber) {
    return "/api/cases/" + encode(caseNumber) + "/timeline";
  }

  private static String encode(String caseNumber) {
    return URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
