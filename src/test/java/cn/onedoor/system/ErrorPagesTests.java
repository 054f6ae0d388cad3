package cn.onedoor.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser that meets an error gets a page in Chinese (static/error/*.html), never Spring's "Whitelabel Error Page". */
@OneDoorSpringTest
class ErrorPagesTests {

  @LocalServerPort int port;

  @Test
  void anUnknownPageIsAChinese404() {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    HttpResponse<String> page = browser.send(browser.request("/no-such-page").header("Accept", "text/html"));
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("页面不存在").contains("返回待办任务").doesNotContain("Whitelabel");
    // its stylesheet is served to anyone, as the page itself is
    HttpResponse<String> css = browser.send(browser.request("/error/error.css").header("Accept", "text/css"));
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains("font-family");
  }
}
