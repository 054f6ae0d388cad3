package cn.onedoor.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseFixtures;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Connect and Spin are registered with the engine and work the way our models use them. */
@OneDoorSpringTest
class EnginePluginsTests {

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @Test
  void httpConnectorCallsAServerOnLoopback() throws Exception {
    AtomicReference<String> received = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ping", exchange -> {
      received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] body = "{\"pong\":true}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      engine.getRepositoryService().createDeployment().name("connect-probe")
          .addClasspathResource("bpmn/ConnectProbe.bpmn").deploy();
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("ConnectProbe",
          Variables.putValue("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/ping"));

      assertThat(received.get()).isEqualTo("{\"case\":\"吉劳调〔2026〕0001号\"}");
      var history = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId());
      assertThat(history.variableName("statusCode").singleResult().getValue()).isEqualTo(200);
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).variableName("responseBody").singleResult().getValue())
          .isEqualTo("{\"pong\":true}");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void jsonVariablesSubmittedLikeCamundaFormsAreStoredAsSpinJson() {
    String list = "[{\"item\":\"工资\",\"amount\":\"12800.00\"},{\"item\":\"经济补偿\",\"amount\":\"6000.00\"}]";
    StringBuilder body = new StringBuilder("{\"variables\":{\"claimItems\":{\"type\":\"Json\",\"value\":" + quote(list) + "}");
    CaseFixtures.walkInCase().forEach((name, value) -> body.append(",\"").append(name).append("\":{\"value\":")
        .append(value instanceof String ? "\"" + value + "\"" : value).append('}'));
    body.append("}}");
    // an administrator's start: a clerk's start form takes only the fields of register-case (EngineCommandGuard)
    HttpResponse<String> started = HttpTestClient.basic(port, "admin", "demo")
        .postJson("/engine-rest/process-definition/key/LaborDisputeCase/submit-form", body.toString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    TypedValue value = engine.getRuntimeService().getVariableTyped(instanceId, "claimItems");
    assertThat(value).isInstanceOf(JsonValue.class);
    assertThat(((JsonValue) value).getValue().elements()).hasSize(2);
    assertThat(((JsonValue) value).getValue().elements().get(1).prop("item").stringValue()).isEqualTo("经济补偿");
  }

  private static String quote(String json) {
    return "\"" + json.replace("\"", "\\\"") + "\"";
  }
}
