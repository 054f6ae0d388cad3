package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard page at /dashboard/: served by the application with everything it loads (ECharts
 * from the webjar, no CDN), no figure without a login, and the login the page performs — the same
 * Camunda webapp session Cockpit uses — over plain HTTP.
 */
@OneDoorSpringTest
class DashboardPageTests {

  static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(?:script|link)[^>]+(?:src|href)=\"([^\"]+)\"");

  @LocalServerPort int port;

  @Test
  void pageIsServedWithItsScriptsFromThisServerOnly() {
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    HttpResponse<String> page = anonymous.send(anonymous.request("/dashboard/").header("Accept", "text/html").GET());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("<html lang=\"zh-CN\">").contains("监管看板").contains("id=\"login-form\"");
    List<String> assets = new ArrayList<>();
    Matcher matcher = SCRIPT_OR_STYLE.matcher(page.body());
    while (matcher.find()) {
      assets.add(matcher.group(1));
    }
    assertThat(assets).contains("../webjars/echarts/5.3.1/dist/echarts.min.js", "dashboard.js", "dashboard.css");
    assertThat(assets).as("no CDN: the centre's network may be closed").noneMatch(url -> url.matches("(?i)^(https?:)?//.*"));
    for (String asset : assets) {
      String path = java.net.URI.create("http://localhost/dashboard/").resolve(asset).getPath();
      HttpResponse<String> response = anonymous.send(anonymous.request(path).header("Accept", "*/*").GET());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void pageCarriesAStrictContentSecurityPolicyAndNoData() {
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    HttpResponse<String> page = anonymous.send(anonymous.request("/dashboard/").header("Accept", "text/html").GET());

    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().allValues("Set-Cookie")).as("the page starts no session").noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(page.body()).doesNotContain("594").doesNotContain("6811100");
    HttpResponse<String> redirect = anonymous.get("/dashboard");
    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard/"));
  }

  @Test
  void theLoginThePageMakesOpensTheApisToSupervisorsAndRefusesMediators() {
    HttpTestClient supervisor = HttpTestClient.anonymous(port);
    assertThat(supervisor.get("/api/reports/open-cases").statusCode()).isEqualTo(401);
    assertThat(pageLogin(supervisor, "supervisor").statusCode()).isEqualTo(200);
    assertThat(supervisor.get("/api/me").body()).contains("\"supervisor\"");
    assertThat(supervisor.get("/api/reports/kpi?from=2026-01-01&to=2026-12-31").statusCode()).isEqualTo(200);
    // and Cockpit itself now knows the supervisor: one login for both
    assertThat(supervisor.get("/camunda/api/engine/engine/default/process-definition/count").statusCode()).isEqualTo(200);

    HttpTestClient mediator = HttpTestClient.anonymous(port);
    assertThat(pageLogin(mediator, "mediator").statusCode()).as("a mediator may not open Cockpit, so no login").isEqualTo(403);
    assertThat(mediator.get("/api/reports/open-cases").statusCode()).isEqualTo(401);

    HttpTestClient wrong = HttpTestClient.anonymous(port);
    assertThat(pageLogin(wrong, "nobody-" + System.nanoTime()).statusCode()).isEqualTo(401);
  }

  @Test
  void thePagesOwnCallsGet401WithoutABasicChallengeSoNoBrowserDialogOpens() {
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    HttpResponse<String> page = anonymous.send(anonymous.request("/api/me").header("X-Requested-With", "XMLHttpRequest").GET());
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(page.body()).contains("请先登录");
    assertThat(anonymous.get("/api/me").headers().firstValue("WWW-Authenticate")).as("programs still get the challenge")
        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void cockpitLinksToTheDashboard() {
    HttpTestClient anonymous = HttpTestClient.anonymous(port);
    assertThat(anonymous.get("/camunda/app/cockpit/scripts/config.js").body()).contains("scripts/onedoor/dashboard-link.js");
    HttpResponse<String> plugin = anonymous.get("/camunda/app/cockpit/scripts/onedoor/dashboard-link.js");
    assertThat(plugin.statusCode()).isEqualTo(200);
    assertThat(plugin.body()).contains("pluginPoint: 'cockpit.dashboard'").contains("href=\"/dashboard/\"").contains("监管看板");
  }

  /** What dashboard.js does: a GET through the webapps' CSRF filter for the token, then the Cockpit login. */
  private static HttpResponse<String> pageLogin(HttpTestClient browser, String user) {
    HttpResponse<String> probe = browser.get("/camunda/api/admin/auth/user/default");
    String token = probe.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.equals("Required")).orElse(browser.csrfToken());
    assertThat(token).as("CSRF token handed to the page").isNotBlank();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
    return browser.send(browser.request("/camunda/api/admin/auth/user/default/login/cockpit")
        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }
}
