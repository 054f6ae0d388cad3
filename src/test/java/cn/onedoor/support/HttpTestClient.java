package cn.onedoor.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests against the running application: HTTP Basic for the REST APIs, and
 * a cookie jar plus the webapps' CSRF token for browser-like sessions.
 */
public final class HttpTestClient {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String basic;

  private HttpTestClient(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
  }

  public static HttpTestClient anonymous(int port) {
    return new HttpTestClient("http://localhost:" + port);
  }

  public static HttpTestClient basic(int port, String user, String password) {
    HttpTestClient c = anonymous(port);
    c.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return c;
  }

  /**
   * Every item of a paged list ({@code {items, page, size, total}}): {@code path} (without paging
   * parameters) read 200 at a time until the total is reached; each page must answer 200.
   */
  public com.fasterxml.jackson.databind.node.ArrayNode allItems(String path) {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ArrayNode items = json.createArrayNode();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 0; ; page++) {
      HttpResponse<String> response = get(path + separator + "page=" + page + "&size=200");
      if (response.statusCode() != 200) {
        throw new AssertionError(path + " page " + page + ": " + response.statusCode() + " " + response.body());
      }
      try {
        com.fasterxml.jackson.databind.JsonNode body = json.readTree(response.body());
        body.get("items").forEach(items::add);
        if (body.get("items").isEmpty() || items.size() >= body.get("total").asLong()) {
          return items;
        }
      } catch (IOException e) {
        throw new AssertionError(path + " answered no JSON: " + response.body(), e);
      }
    }
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A download (a PDF): the body as bytes; an error still comes as JSON. */
  public HttpResponse<byte[]> getBytes(String path) {
    return download(path, "application/pdf, application/json");
  }

  /** A download as a browser's link asks for it ({@code Accept: *}{@code /*}): the body as bytes. */
  public HttpResponse<byte[]> download(String path) {
    return download(path, "*/*");
  }

  private HttpResponse<byte[]> download(String path, String accept) {
    try {
      return client.send(request(path).setHeader("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST as Tasklist sends it to {@code /engine-rest/filter/{id}/list}: HAL, with the tasks' variables embedded. */
  public HttpResponse<String> postHal(String path, String json) {
    return send(request(path).setHeader("Accept", "application/hal+json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postMultipart(String path, Map<String, String> textParts, String fileName, byte[] file) {
    String boundary = "----onedoor" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    textParts.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n"));
    head.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(fileName).append("\"; filename=\"").append(fileName).append("\"\r\n")
        .append("Content-Type: application/octet-stream\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + file.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(file, 0, body, start.length, file.length);
    System.arraycopy(end, 0, body, start.length + file.length, end.length);
    HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary);
    if (!csrfToken().isEmpty()) {
      request.header("X-XSRF-TOKEN", csrfToken()); // a webapp session (Cockpit) sends its CSRF token
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * Logs in to a Camunda webapp as the browser does: page load for the CSRF cookie, the form post,
   * then the app page again (the login starts a new session, which gets its own CSRF token).
   */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/");
    String form = Map.of("username", user, "password", password).entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    get("/camunda/app/" + app + "/");
    return login;
  }

  /** The webapps' CSRF token from the XSRF-TOKEN cookie, for the X-XSRF-TOKEN header. */
  public String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
  }

  public HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json");
    if (basic != null) {
      builder.header("Authorization", basic);
    }
    return builder;
  }
}
