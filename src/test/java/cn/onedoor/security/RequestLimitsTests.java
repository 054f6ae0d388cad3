package cn.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/**
 * Request bodies above the limit (1 MB; deployments 10 MB) are refused with 413 and a Chinese message
 * on all three API doors, from Content-Length before anything is read, and for a chunked body as soon
 * as the limit is passed.
 */
@OneDoorSpringTest
class RequestLimitsTests {

  static final int MB = 1024 * 1024;

  @LocalServerPort int port;

  @Test
  void aBodyOverTheLimitIsRefusedOnEveryDoor() {
    String field = "{\"sessionNotes\":\"" + "记".repeat(600_000) + "\"}";
    for (String path : new String[] {"/api/cases", "/engine-rest/process-definition/key/LaborDisputeCase/start",
        "/camunda/api/engine/engine/default/process-definition/key/LaborDisputeCase/start", "/camunda/api/admin/auth/user/default/login/tasklist"}) {
      HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
      HttpResponse<String> response = admin.postJson(path, field);
      assertThat(response.statusCode()).as(path).isEqualTo(413);
      assertThat(response.body()).contains("\"error\":\"payload_too_large\"").contains("请求内容过大：最多 1 MB");
    }
  }

  @Test
  void aFiveMegabyteFieldIsRefusedFromItsLengthBeforeAnyOfItIsSent() throws IOException {
    // only the head goes out: the answer comes without one byte of the 5 MB body
    try (RawConnection connection = new RawConnection(port)) {
      connection.head("POST", "/api/cases", "clerk:demo", "Content-Length: 5000000");
      assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 413 ");
      assertThat(connection.rest()).contains("请求内容过大");
    }
  }

  @Test
  void aChunkedBodyIsCutOffOnceItPassesTheLimit() throws IOException {
    long sent;
    try (RawConnection connection = new RawConnection(port)) {
      connection.head("POST", "/engine-rest/process-definition/key/LaborDisputeCase/start", "admin:demo",
          "Transfer-Encoding: chunked");
      // keeps sending 64 KB chunks (up to 64 MB) until the server answers or closes
      sent = connection.chunksUntilAnswered(64 * MB);
      assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 413 ");
    }
    // the limit is 1 MB; Tomcat drops at most 2 MB more of an aborted upload and socket buffers hold some
    assertThat(sent).as("bytes sent before the 413").isGreaterThan(MB).isLessThan(16L * MB);
  }

  @Test
  void aChunkedBodyWithinTheLimitIsReadAsUsual() {
    String application = """
        {"channel":"online",
         "applicant":{"name":"孙丽","idNumber":"360802198512120028","phone":"13912345678"},
         "employer":{"name":"吉安市某某电子有限公司","creditCode":"91360821MA38ABCD13"},
         "claim":{"disputeType":"wages","amount":"8600.50","description":"拖欠两个月工资","workerCount":1,"knownDate":"2026-11-05"}}""";
    HttpTestClient clerk = HttpTestClient.basic(port, "clerk", "demo");
    byte[] bytes = application.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> response = clerk.send(clerk.request("/api/cases").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  @Test
  void deploymentsHaveTheirOwnLargerLimit() throws IOException {
    RequestSizeLimitFilter filter = new RequestSizeLimitFilter(new RequestLimitsProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(10), DataSize.ofMegabytes(10)));
    assertThat(filter.limitOf("/engine-rest/deployment/create")).isEqualTo(10L * MB);
    assertThat(filter.limitOf("/api/imports/cases")).isEqualTo(10L * MB);
    assertThat(filter.limitOf("/api/imports/cases/template.csv")).isEqualTo(MB);
    assertThat(filter.limitOf("/engine-rest/engine/default/deployment/create")).isEqualTo(10L * MB);
    assertThat(filter.limitOf("/camunda/api/engine/engine/default/deployment/create")).isEqualTo(10L * MB);
    assertThat(filter.limitOf("/engine-rest/deployment/create/x")).isEqualTo(MB);
    assertThat(filter.limitOf("/api/cases")).isEqualTo(MB);

    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
    // over the general limit, within the deployment limit: reaches Camunda (which refuses this non-multipart body)
    HttpResponse<String> within = admin.send(admin.request("/engine-rest/deployment/create").header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[MB + MB / 2])));
    assertThat(within.statusCode()).isNotEqualTo(413);
    try (RawConnection connection = new RawConnection(port)) {
      connection.head("POST", "/engine-rest/deployment/create", "admin:demo", "Content-Length: " + 11 * MB);
      assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 413 ");
      assertThat(connection.rest()).contains("最多 10 MB");
    }
  }

  @Test
  void uploadsToACaseHaveTheirOwnLimitOnTheirPathOnly() throws IOException {
    RequestSizeLimitFilter filter = new RequestSizeLimitFilter(new RequestLimitsProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(10), DataSize.ofMegabytes(10)));
    assertThat(filter.limitOf("/api/cases/吉劳调〔2026〕0001号/uploads")).isEqualTo(10L * MB + RequestSizeLimitFilter.MULTIPART_OVERHEAD);
    assertThat(filter.limitOf("/api/cases/吉劳调〔2026〕0001号/uploads/7")).isEqualTo(MB);
    assertThat(filter.limitOf("/api/cases/吉劳调〔2026〕0001号/file")).isEqualTo(MB);
    assertThat(filter.limitOf("/api/cases/a/b/uploads")).isEqualTo(MB);

    try (RawConnection connection = new RawConnection(port)) {
      connection.head("POST", "/api/cases/x/uploads", "mediator:demo", "Content-Length: " + 11 * MB);
      assertThat(connection.statusLine()).isEqualTo("HTTP/1.1 413 ");
      assertThat(connection.rest()).contains("文件过大：每个文件最多 10 MB");
    }
  }

  /** HTTP/1.1 by hand, to control exactly how much of a body goes out. */
  static final class RawConnection implements AutoCloseable {

    private final java.net.Socket socket;
    private final java.io.BufferedReader in;

    RawConnection(int port) throws IOException {
      socket = new java.net.Socket("localhost", port);
      socket.setSoTimeout(10_000);
      in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    }

    void head(String method, String path, String credentials, String lengthHeader) throws IOException {
      String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes()) + "\r\n"
          + lengthHeader + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
    }

    /**
     * Sends a JSON string that never ends ({@code {"businessKey":"aaaa…}) in chunks until the server has
     * answered (or closed), at most {@code max} bytes; how many were sent.
     */
    long chunksUntilAnswered(long max) {
      byte[] data = new byte[64 * 1024];
      java.util.Arrays.fill(data, (byte) 'a');
      byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      long sent = 0;
      try {
        byte[] start = "{\"businessKey\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        socket.getOutputStream().write((Integer.toHexString(start.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        socket.getOutputStream().write(start);
        socket.getOutputStream().write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        while (sent < max && socket.getInputStream().available() == 0) {
          socket.getOutputStream().write(size);
          socket.getOutputStream().write(data);
          socket.getOutputStream().write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          sent += data.length;
        }
      } catch (IOException closedByServer) {
        // the server stopped listening: the answer is waiting to be read
      }
      return sent;
    }

    String statusLine() throws IOException {
      String line = in.readLine();
      return line == null ? "" : line.replaceAll("(HTTP/1.1 \\d{3} ).*", "$1");
    }

    /** What follows the status line, until the answer's JSON is complete (or a second of silence). */
    String rest() throws IOException {
      socket.setSoTimeout(1000);
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[4096];
      try {
        for (int n; !text.toString().trim().endsWith("}") && (n = in.read(buffer)) > 0; ) {
          text.append(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException done) {
        // the connection stays open or was reset after the answer
      }
      return text.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
