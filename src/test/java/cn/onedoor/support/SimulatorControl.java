package cn.onedoor.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * Drives the built-in simulator over its HTTP API as the administrator does from its page: faults
 * of the court, the commission and the gateway, and the buttons that make them call back.
 */
public final class SimulatorControl implements BeforeEachCallback, AfterEachCallback {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpTestClient admin;

  public SimulatorControl(int port) {
    this.admin = HttpTestClient.basic(port, "admin", "demo");
  }

  private SimulatorControl() {}

  /**
   * For {@code @RegisterExtension}: no faults before and after each test of the class, on the port of
   * the test's application (found in its Spring context), so no test leaves a fault behind.
   */
  public static SimulatorControl clearedAroundEachTest() {
    return new SimulatorControl();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (admin == null) {
      int port = Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment()
          .getRequiredProperty("local.server.port"));
      admin = HttpTestClient.basic(port, "admin", "demo");
    }
    clearFaults();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    clearFaults();
  }

  /** {@code calls} null: until cleared. */
  public void fault(String system, String fault, Integer calls) {
    HttpResponse<String> response = admin.putJson("/api/simulator/faults/" + system,
        "{\"fault\":\"" + fault + "\"" + (calls == null ? "" : ",\"calls\":" + calls) + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  public void clearFaults() {
    for (String system : new String[] {"court", "arbitration", "notification"}) {
      fault(system, "NONE", null);
    }
  }

  /** The simulated system sends {@code message} about the filing it received with that receipt; our endpoint's answer. */
  public JsonNode callback(long requestId, String message, String body) {
    HttpResponse<String> response = admin.postJson("/api/simulator/requests/" + requestId + "/callbacks/" + message,
        body == null ? "{}" : body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = read(response.body());
    assertThat(answer.path("status").asInt()).as("our callback endpoint answered %s", answer).isEqualTo(200);
    return read(answer.path("body").asText());
  }

  public JsonNode requests(String system, String caseNumber) {
    HttpResponse<String> response = admin.get("/api/simulator/requests?system=" + system + "&caseNumber="
        + java.net.URLEncoder.encode(caseNumber, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
