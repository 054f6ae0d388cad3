package cn.onedoor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may drive the simulator, and how the simulated systems guard their own API. */
@OneDoorSpringTest
class SimulatorControlTests {

  @LocalServerPort int port;

  @AfterEach
  void clear() {
    HttpTestClient.basic(port, "admin", "demo").putJson("/api/simulator/faults/court", "{\"fault\":\"NONE\"}");
  }

  @Test
  void onlyAdministratorsAndSupervisorsDriveTheSimulator() {
    assertThat(HttpTestClient.basic(port, "admin", "demo").get("/api/simulator/requests").statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.basic(port, "supervisor", "demo").get("/api/simulator/faults").statusCode()).isEqualTo(200);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get("/api/simulator/requests").statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.basic(port, "clerk", "demo").putJson("/api/simulator/faults/court", "{\"fault\":\"UNAVAILABLE\"}")
        .statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.anonymous(port).get("/api/simulator/requests").statusCode()).isEqualTo(401);
  }

  @Test
  void aFaultMustBeNamedAndCountedSensibly() {
    HttpTestClient admin = HttpTestClient.basic(port, "admin", "demo");
    assertThat(admin.putJson("/api/simulator/faults/court", "{}").statusCode()).isEqualTo(400);
    assertThat(admin.putJson("/api/simulator/faults/court", "{\"fault\":\"TIMEOUT\",\"calls\":0}").statusCode()).isEqualTo(400);
    assertThat(admin.putJson("/api/simulator/faults/bank", "{\"fault\":\"TIMEOUT\"}").statusCode()).isEqualTo(404);
    HttpResponse<String> set = admin.putJson("/api/simulator/faults/court", "{\"fault\":\"UNAVAILABLE\",\"calls\":2}");
    assertThat(set.body()).contains("\"fault\":\"UNAVAILABLE\"", "\"remaining\":2");
  }

  @Test
  void theSimulatedCourtRefusesCallersWithoutItsApiKeyOrAnIdempotencyKey() {
    HttpTestClient caller = HttpTestClient.anonymous(port);
    HttpResponse<String> noKey = caller.send(caller.request("/simulator/court/api/v1/filings")
        .header("Content-Type", "application/json").header("Idempotency-Key", "litigation-referral:x")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(noKey.statusCode()).isEqualTo(401);
    HttpResponse<String> noIdempotency = caller.send(caller.request("/simulator/court/api/v1/filings")
        .header("Content-Type", "application/json").header("Authorization", "Bearer demo-court-key")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(noIdempotency.statusCode()).isEqualTo(400);
    HttpResponse<String> invalid = caller.send(caller.request("/simulator/court/api/v1/filings")
        .header("Content-Type", "application/json").header("Authorization", "Bearer demo-court-key")
        .header("Idempotency-Key", "litigation-referral:x").POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"litigation_referral\"}")));
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("\"code\":\"invalid_file\"", "caseNumber");
  }
}
