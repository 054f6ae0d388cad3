package cn.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow the guesser (per user: Camunda's delay; per source address: ours) but never
 * lock an account for good. The engine's clock is moved instead of waiting: Camunda's delay and the
 * throttle both read it. Each test is its own source address (X-Forwarded-For from loopback, which
 * Tomcat trusts as a proxy), so the suite's own logins from 127.0.0.1 are never throttled.
 */
@OneDoorSpringTest
class LoginThrottleTests {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  long clockOffset;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void moreThanTenWrongPasswordsDelayTheUserButNeverLockItForGood() {
    String user = newUser("right-password");
    int refused = 0;
    for (int attempt = 1; attempt <= 12; attempt++) {
      // each guess from another address and after the user's delay ran out: a real wrong password each time
      HttpResponse<String> wrong = engineRest(user, "guess-" + attempt, randomSource());
      assertThat(wrong.statusCode()).as("attempt %d", attempt).isEqualTo(401);
      // right after it even the right password waits for the delay: 429, told how long
      HttpResponse<String> waiting = engineRest(user, "right-password", randomSource());
      assertThat(waiting.statusCode()).as("attempt %d", attempt).isEqualTo(429);
      long retryAfter = Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow());
      // Camunda's delay: 3 s, doubled per wrong password, capped at 60 s
      assertThat(retryAfter).as("attempt %d", attempt).isBetween(1L, 60L);
      if (attempt >= 6) {
        assertThat(retryAfter).isGreaterThan(50L);
      }
      assertThat(waiting.body()).contains("登录失败次数过多").contains("秒后再试");
      refused++;
      passSeconds(retryAfter + 1);
    }
    assertThat(refused).isEqualTo(12);

    // the attack stopped and the (capped) delay passed: the right password works on every door
    assertThat(engineRest(user, "right-password", randomSource()).statusCode()).isEqualTo(200);
    assertThat(ownApi(user, "right-password", randomSource()).statusCode()).isNotIn(401, 429);
    assertThat(identityService.checkPassword(user, "right-password")).isTrue();
  }

  @Test
  void ourApiDelaysTheUserAsTheEngineRestApiDoes() {
    String user = newUser("right-password");
    assertThat(ownApi(user, "wrong", randomSource()).statusCode()).isEqualTo(401);
    HttpResponse<String> waiting = ownApi(user, "right-password", randomSource());
    assertThat(waiting.statusCode()).isEqualTo(429);
    assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
    assertThat(waiting.body()).contains("\"status\":429").contains("登录失败次数过多");
    passSeconds(4);
    assertThat(ownApi(user, "right-password", randomSource()).statusCode()).isNotIn(401, 429);
  }

  @Test
  void aSourceThatKeepsFailingIsHeldBackOnEveryDoorThenLetGo() {
    String source = randomSource();
    String user = newUser("right-password");
    // ten free failures, spread over user names that do not exist (no user delay)
    for (int i = 1; i <= 10; i++) {
      assertThat(engineRest("nobody-" + UUID.randomUUID(), "x", source).statusCode()).as("failure %d", i).isEqualTo(401);
    }
    // the eleventh blocks the address
    assertThat(ownApi("nobody-" + UUID.randomUUID(), "x", source).statusCode()).isEqualTo(401);

    HttpResponse<String> held = engineRest(user, "right-password", source);
    assertThat(held.statusCode()).isEqualTo(429);
    assertThat(held.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(ownApi(user, "right-password", source).statusCode()).isEqualTo(429);
    assertThat(webappLogin(user, "right-password", source).statusCode()).isEqualTo(429);
    // another address is not held back
    assertThat(engineRest(user, "right-password", randomSource()).statusCode()).isEqualTo(200);

    // the next failure after the delay doubles it
    passSeconds(2);
    assertThat(engineRest("nobody-" + UUID.randomUUID(), "x", source).statusCode()).isEqualTo(401);
    assertThat(engineRest(user, "right-password", source).headers().firstValue("Retry-After")).hasValue("2");

    passSeconds(5);
    assertThat(engineRest(user, "right-password", source).statusCode()).isEqualTo(200);
    assertThat(webappLogin(user, "right-password", source).statusCode()).isNotIn(401, 429);
  }

  @Test
  void theWebappLoginCountsItsFailuresForTheSource() {
    String source = randomSource();
    for (int i = 1; i <= 11; i++) {
      assertThat(webappLogin("nobody-" + UUID.randomUUID(), "x", source).statusCode()).as("failure %d", i).isEqualTo(401);
    }
    HttpResponse<String> held = webappLogin("admin", "demo", source);
    assertThat(held.statusCode()).isEqualTo(429);
    assertThat(held.body()).contains("登录失败次数过多");
  }

  @Test
  void theDelayDoublesUpToItsCap() {
    LoginThrottle throttle = new LoginThrottle(
        new LoginThrottleProperties(10, java.time.Duration.ofSeconds(1), java.time.Duration.ofMinutes(5), null, 0), null);
    assertThat(throttle.delay(1)).hasSeconds(1);
    assertThat(throttle.delay(2)).hasSeconds(2);
    assertThat(throttle.delay(9)).hasSeconds(256);
    assertThat(throttle.delay(10)).hasMinutes(5);
    assertThat(throttle.delay(10_000)).hasMinutes(5);
  }

  private String newUser(String password) {
    String id = "probe" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identityService.newUser(id);
    user.setPassword(password);
    identityService.saveUser(user);
    return id;
  }

  /** Moves the engine's clock (Camunda's login delay and the throttle) forward. */
  private void passSeconds(long seconds) {
    clockOffset += seconds * 1000;
    ClockUtil.offset(clockOffset);
  }

  private static String randomSource() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
  }

  private HttpResponse<String> engineRest(String user, String password, String source) {
    return basic(user, password, source, "/engine-rest/process-definition/count");
  }

  private HttpResponse<String> ownApi(String user, String password, String source) {
    return basic(user, password, source, "/api/me");
  }

  private HttpResponse<String> basic(String user, String password, String source, String path) {
    HttpTestClient client = HttpTestClient.anonymous(port);
    return client.send(client.request(path)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()))
        .header("X-Forwarded-For", source).GET());
  }

  private HttpResponse<String> webappLogin(String user, String password, String source) {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    browser.get("/camunda/app/admin/");
    return browser.send(browser.request("/camunda/api/admin/auth/user/default/login/admin")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", browser.csrfToken())
        .header("X-Forwarded-For", source)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
  }
}
