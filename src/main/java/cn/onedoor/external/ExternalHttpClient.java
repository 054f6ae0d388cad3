package cn.onedoor.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.connect.ConnectorException;
import org.camunda.connect.Connectors;
import org.camunda.connect.httpclient.HttpConnector;
import org.camunda.connect.httpclient.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Outbound HTTP to the external systems through Camunda Connect's HTTP connector. Every call is a
 * JSON POST with our API key, an idempotency key that the caller keeps the same across retries, and
 * the configured time-outs. The answer is sorted into three cases: taken (2xx, the JSON reply), the
 * file is invalid (4xx with code {@code invalid_file}: {@link CaseFileRejectedException}) and
 * everything else ({@link ExternalSystemUnavailableException}, retried by the job). Bodies are never
 * logged: they carry identity numbers and phone numbers.
 */
@Component
public class ExternalHttpClient {

  private static final Logger log = LoggerFactory.getLogger(ExternalHttpClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExternalSystemsProperties properties;
  private final LocalServer localServer;

  ExternalHttpClient(ExternalSystemsProperties properties, LocalServer localServer) {
    this.properties = properties;
    this.localServer = localServer;
  }

  /** POSTs {@code body} to {@code path} below the system's base URL; returns the JSON answer of a 2xx. */
  public JsonNode post(ExternalSystem system, String path, String idempotencyKey, JsonNode body) {
    ExternalSystemsProperties.Endpoint endpoint = properties.of(system);
    String url = baseUrl(system) + path;
    String requestId = UUID.randomUUID().toString();
    HttpConnector http = Connectors.getConnector(HttpConnector.ID);
    HttpResponse response;
    long started = System.nanoTime();
    try {
      response = http.createRequest()
          .url(url)
          .post()
          .contentType("application/json; charset=UTF-8")
          .header("Accept", "application/json")
          .header("Authorization", "Bearer " + endpoint.getApiKey())
          .header("Idempotency-Key", idempotencyKey)
          .header("X-Request-Id", requestId)
          .configOption("connection-timeout", (int) endpoint.getConnectTimeout().toMillis())
          .configOption("connection-request-timeout", (int) endpoint.getConnectTimeout().toMillis())
          .configOption("socket-timeout", (int) endpoint.getReadTimeout().toMillis())
          .payload(body.toString())
          .execute();
    } catch (ConnectorException e) {
      log.warn("{} {} failed after {} ms (key {}, request {}): {}", system.id(), path, millisSince(started),
          idempotencyKey, requestId, rootMessage(e));
      throw new ExternalSystemUnavailableException(system.label() + "无法连接或响应超时（" + rootMessage(e)
          + "），系统将按重试周期自动重试；重试用尽后请在 Cockpit 中重试。", e);
    }
    try {
      int status = response.getStatusCode();
      String text = response.getResponse();
      log.info("{} {} answered {} in {} ms (key {}, request {})", system.id(), path, status, millisSince(started),
          idempotencyKey, requestId);
      if (status >= 200 && status < 300) {
        return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
      }
      JsonNode error = parseQuietly(text);
      if (status >= 400 && status < 500 && "invalid_file".equals(error.path("code").asText())) {
        throw new CaseFileRejectedException(system, reasons(error));
      }
      if (status == 401 || status == 403) {
        throw new ExternalSystemUnavailableException(system.label() + "拒绝了本中心的认证（HTTP " + status
            + "），请检查 onedoor.external." + system.id() + ".api-key 的配置");
      }
      throw new ExternalSystemUnavailableException(system.label() + "暂时无法处理（HTTP " + status
          + (error.hasNonNull("message") ? "：" + error.get("message").asText() : "") + "），系统将自动重试");
    } catch (java.io.IOException e) {
      throw new ExternalSystemUnavailableException(system.label() + "的答复无法解析（不是 JSON），系统将自动重试", e);
    } finally {
      response.close();
    }
  }

  /** The configured base URL, or the built-in simulator of that system on this node. */
  public String baseUrl(ExternalSystem system) {
    String configured = properties.of(system).getBaseUrl();
    if (!configured.isEmpty()) {
      return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
    return localServer.url("/simulator/" + system.id() + "/api/v1");
  }

  private static List<String> reasons(JsonNode error) {
    List<String> reasons = new ArrayList<>();
    error.path("errors").forEach(reason -> reasons.add(reason.asText()));
    if (reasons.isEmpty()) {
      reasons.add(error.path("message").asText("未说明原因"));
    }
    return reasons;
  }

  private static JsonNode parseQuietly(String text) {
    try {
      return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (java.io.IOException e) {
      ObjectNode node = JSON.createObjectNode();
      return node;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
