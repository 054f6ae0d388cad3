package cn.onedoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Our API's errors through the application: JSON with a Chinese message, 4xx for what the caller got wrong, never internals. */
@OneDoorSpringTest
class ApiErrorResponsesTests {

  @LocalServerPort int port;

  @Test
  void aQueryValueOfTheWrongTypeIsA400NotA500() {
    // a typed parameter (int limit) given text: the framework's conversion error, answered by our handler
    HttpResponse<String> response = HttpTestClient.basic(port, "supervisor", "demo").get("/api/inbound-messages?limit=many");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"error\":\"invalid_parameter\"").contains("参数 limit 的值无效")
        .doesNotContain("Exception").doesNotContain("java.");
  }

  @Test
  void malformedJsonAndWrongFieldTypesAreA400InChinese() {
    HttpTestClient clerk = HttpTestClient.basic(port, "clerk", "demo");
    for (String body : new String[] {"{\"channel\": ", "{\"claim\": {\"workerCount\": \"many\"}}", "[1,2]", "\"text\""}) {
      HttpResponse<String> response = clerk.postJson("/api/cases", body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      // broken JSON says so; a value of the wrong type names its field
      assertThat(response.body()).as(body).containsAnyOf("请求内容不是有效的 JSON", "claim.workerCount")
          .doesNotContain("Exception").doesNotContain("com.fasterxml");
    }
  }

  @Test
  void anotherContentTypeGets415InChinese() {
    HttpTestClient clerk = HttpTestClient.basic(port, "clerk", "demo");
    HttpResponse<String> text = clerk.send(clerk.request("/api/cases").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("hello")));
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(text.body()).contains("请求内容类型应为 application/json");
  }

  @Test
  void aMethodThePathDoesNotTakeIsA405InChineseWithTheMethodsItTakes() {
    HttpResponse<String> put = HttpTestClient.basic(port, "clerk", "demo").putJson("/api/cases", "{}");
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.body()).contains("\"error\":\"method_not_allowed\"").contains("该地址不支持 PUT 请求，可用：").contains("POST")
        .doesNotContain("Method Not Allowed").doesNotContain("Exception").doesNotContain("java.");
    assertThat(put.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
  }

  @Test
  void anUnknownApiPathIsA404InChineseWhileAnUnknownPageKeepsTheChineseErrorPage() {
    HttpTestClient clerk = HttpTestClient.basic(port, "clerk", "demo");
    HttpResponse<String> api = clerk.get("/api/no-such-thing");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).contains("\"error\":\"not_found\"").contains("接口地址不存在").doesNotContain("Not Found");
    HttpResponse<String> page = clerk.send(clerk.request("/no-such-page.html").header("Accept", "text/html").GET());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<html").doesNotContain("接口地址不存在");
  }
}
