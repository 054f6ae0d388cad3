package cn.onedoor.simulator;

import cn.onedoor.external.CallbackSignatures;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.ExternalSystemsProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The simulated court and commission calling back: a signed POST to the callback URL the filing
 * named, as the real systems would. Sent now (page button, tests) or after the configured delay.
 * A callback that comes before the case waits for it is kept by OneDoor (202) and applied when the
 * case is ready, so a 4xx is final and not tried again; only a failure to get an answer (5xx, no
 * connection) is tried again a few times, with the same body, as the retry contract in docs/handoffs.md asks.
 */
class SimulatorCallbacks implements DisposableBean {

  /** What our endpoint answered. */
  record Answer(int status, String body) {}

  private static final Logger log = LoggerFactory.getLogger(SimulatorCallbacks.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ATTEMPTS = 5;

  private final SimulatorStore store;
  private final ExternalSystemsProperties external;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "simulator-callbacks");
    thread.setDaemon(true);
    return thread;
  });

  SimulatorCallbacks(SimulatorStore store, ExternalSystemsProperties external) {
    this.store = store;
    this.external = external;
  }

  Answer send(SimulatorStore.Received received, String message, ObjectNode body) {
    ExternalSystem system = ExternalSystem.byId(received.system());
    String url;
    try {
      JsonNode request = JSON.readTree(received.body());
      url = request.path("callbackUrl").asText().replace("{message}", message);
    } catch (IOException e) {
      throw new IllegalStateException("stored filing is not JSON", e);
    }
    if (url.isBlank()) {
      return new Answer(400, "{\"message\":\"the filing named no callbackUrl\"}");
    }
    if (!body.has("messageId")) {
      // the sender's id of this message: a retry of the same body is applied once (docs/handoffs.md)
      body.put("messageId", system.id() + "-" + UUID.randomUUID());
    }
    byte[] payload = body.toString().getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    URI target = URI.create(url);
    // signed as the real systems sign: method, path (decoded, from /api/callbacks/ on), timestamp, body
    String signature = CallbackSignatures.sign(external.of(system).getCallbackSecret(), "POST",
        CallbackSignatures.canonicalPath(target.getRawPath()), timestamp, payload);
    HttpRequest request = HttpRequest.newBuilder(target)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=UTF-8")
        .header(CallbackSignatures.TIMESTAMP_HEADER, timestamp)
        .header(CallbackSignatures.SIGNATURE_HEADER, signature)
        .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() / 100 == 2) {
        store.recordCallback(received.id(), message);
      }
      log.info("Simulated {} sent {} for case {}: HTTP {}", system.id(), message, received.caseNumber(), response.statusCode());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Answer(503, "{\"message\":\"" + e.getClass().getSimpleName() + "\"}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(503, "{\"message\":\"interrupted\"}");
    }
  }

  /** Sends the callback after {@code delay}; tries again (same body) while it gets no answer. */
  void later(SimulatorStore.Received received, String message, ObjectNode body, Duration delay) {
    schedule(received, message, body, delay, 1);
  }

  private void schedule(SimulatorStore.Received received, String message, ObjectNode body, Duration delay, int attempt) {
    scheduler.schedule(() -> {
      Answer answer = send(received, message, body);
      if (answer.status() >= 500 && attempt < ATTEMPTS) {
        schedule(received, message, body, Duration.ofSeconds(5L * attempt), attempt + 1);
      }
    }, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void destroy() {
    scheduler.shutdownNow();
  }
}
