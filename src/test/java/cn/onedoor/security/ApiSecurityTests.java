package cn.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The HTTP doors: engine REST, our API, Actuator and the webapps' login session. */
@OneDoorSpringTest
class ApiSecurityTests {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired cn.onedoor.calendar.StatutoryCalendar calendar;

  @Test
  void engineRestApiRefusesAnonymousCallsAndAcceptsBasicAuthentication() {
    assertThat(HttpTestClient.anonymous(port).get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    // a wrong password also delays that user's next logins (the identity service's brute-force guard),
    // so it is tried on a user of its own
    if (identityService.createUserQuery().userId("lockoutprobe").count() == 0) {
      User probe = identityService.newUser("lockoutprobe");
      probe.setPassword("right");
      identityService.saveUser(probe);
    }
    assertThat(HttpTestClient.basic(port, "lockoutprobe", "wrong").get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    HttpResponse<String> admin = HttpTestClient.basic(port, "admin", "demo").get("/engine-rest/process-definition");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("LaborDisputeCase");
  }

  @Test
  void healthIsAnonymousWithLivenessAndReadiness() {
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    assertThat(anonymous.get("/actuator/health").body()).contains("\"status\":\"UP\"");
    assertThat(anonymous.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    HttpResponse<String> readiness = HttpTestClient.basic(port, "admin", "demo").get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"db\"").contains("UP");
  }

  @Test
  void prometheusMetricsIncludeEngineMetricsForSupervisorsOnly() {
    assertThat(HttpTestClient.anonymous(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get("/actuator/prometheus").statusCode()).isEqualTo(403);
    HttpResponse<String> metrics = HttpTestClient.basic(port, "supervisor", "demo")
        .send(HttpTestClient.basic(port, "supervisor", "demo").request("/actuator/prometheus").header("Accept", "text/plain").GET());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("camunda_process_instances_active")
        .contains("camunda_incidents_open")
        .contains("camunda_engine_job_successful_total")
        .contains("hikaricp_connections_active");
  }

  @Test
  void ownApiAnswers401ToAnonymousAnd403ToWrongRoles() {
    HttpResponse<String> anonymous = HttpTestClient.anonymous(port).get("/api/system/status");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(anonymous.body()).contains("请先登录");
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get("/api/system/status").statusCode()).isEqualTo(403);
    HttpResponse<String> supervisor = HttpTestClient.basic(port, "supervisor", "demo").get("/api/system/status");
    assertThat(supervisor.statusCode()).isEqualTo(200);
    assertThat(supervisor.body()).contains("\"authorizationEnabled\":true").contains("Asia/Shanghai");
  }

  /** Years counted on the provisional statutory holidays, and from 1 November the reminder that next year is due. */
  @Test
  void systemStatusShowsProvisionalCalendarYearsAndTheScheduleReminder() throws Exception {
    HttpResponse<String> status = HttpTestClient.basic(port, "admin", "demo").get("/api/system/status");
    var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(status.body());
    assertThat(body.get("calendarProvisionalYears").toString())
        .isEqualTo(calendar.provisionalYears().toString().replace(" ", ""));
    assertThat(body.get("calendarMissingYears").toString()).isEqualTo(calendar.missingYears().toString().replace(" ", ""));
    calendar.scheduleDueYear().ifPresentOrElse(
        year -> assertThat(body.get("calendarReminder").asText()).contains(year + "年节假日安排应已由国务院办公厅公布"),
        () -> assertThat(body.get("calendarReminder").isNull()).isTrue());
  }

  @Test
  void ownApiAcceptsTheWebappLoginSession() {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
    assertThat(browser.webappLogin("cockpit", "supervisor", "demo").statusCode()).isEqualTo(200);
    HttpResponse<String> me = browser.get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"id\":\"supervisor\"").contains("刘建国").contains("supervisor");
    assertThat(browser.get("/api/system/status").statusCode()).isEqualTo(200);
  }

  @Test
  void ownApiLeavesTheWebappSessionAsItIs() {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    browser.webappLogin("cockpit", "supervisor", "demo");
    String engineApi = "/camunda/api/engine/engine/default/process-definition/count";
    assertThat(browser.get(engineApi).statusCode()).isEqualTo(200);

    HttpResponse<String> status = browser.get("/api/system/status");

    assertThat(status.statusCode()).isEqualTo(200);
    // the session id stays: Cockpit's requests in flight with it keep working
    assertThat(status.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    assertThat(browser.get(engineApi).statusCode()).isEqualTo(200);
  }

  @Test
  void sessionRequestsThatChangeSomethingNeedTheCsrfToken() {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    browser.webappLogin("tasklist", "clerk", "demo");
    // without the token the session does not count: anonymous
    assertThat(browser.postJson("/api/me", "{}").statusCode()).isEqualTo(401);
    // with it the caller is known and reaches the endpoint, which takes no POST
    HttpResponse<String> withToken = browser.send(browser.request("/api/me")
        .header("X-XSRF-TOKEN", browser.csrfToken()).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(withToken.statusCode()).isEqualTo(405);
  }

  @Test
  void errorsNeverCarryStackTraces() {
    HttpResponse<String> response = HttpTestClient.basic(port, "admin", "demo").get("/api/no-such-endpoint");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("at cn.onedoor").doesNotContain("Exception");
  }
}
