package cn.onedoor.simulator;

import cn.onedoor.api.ApiException;
import cn.onedoor.external.ExternalSystem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the simulator page ({@code /simulator/}) and the tests use: what the simulated systems
 * received, their faults, and the buttons that make the court or the commission answer.
 */
@RestController
@ConditionalOnProperty(name = "onedoor.simulator.enabled", havingValue = "true")
class SimulatorControlController {

  /** One fault setting: {@code calls} null means until cleared. */
  record FaultRequest(Fault fault, Integer calls) {}

  /** A callback to send now; {@code result}, {@code note} optional. */
  record CallbackRequest(String result, String note, String reference) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SimulatorStore store;
  private final SimulatorFaults faults;
  private final SimulatorCallbacks callbacks;

  SimulatorControlController(SimulatorStore store, SimulatorFaults faults, SimulatorCallbacks callbacks) {
    this.store = store;
    this.faults = faults;
    this.callbacks = callbacks;
  }

  @GetMapping("/api/simulator/requests")
  List<SimulatorStore.Received> requests(@RequestParam(required = false) String system,
      @RequestParam(required = false) String caseNumber, @RequestParam(defaultValue = "100") int limit) {
    return store.latest(system, caseNumber, limit);
  }

  @GetMapping("/api/simulator/requests/{id}")
  SimulatorStore.Received request(@PathVariable long id) {
    return store.byId(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not_found", "没有这条记录：" + id));
  }

  @GetMapping("/api/simulator/faults")
  Map<ExternalSystem, SimulatorFaults.Setting> faults() {
    Map<ExternalSystem, SimulatorFaults.Setting> all = new EnumMap<>(ExternalSystem.class);
    for (ExternalSystem system : ExternalSystem.values()) {
      all.put(system, faults.current(system));
    }
    return all;
  }

  @PutMapping("/api/simulator/faults/{system}")
  SimulatorFaults.Setting fault(@PathVariable String system, @RequestBody FaultRequest request) {
    ExternalSystem target;
    try {
      target = ExternalSystem.byId(system);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.NOT_FOUND, "unknown_system", "未知的系统：" + system);
    }
    if (request == null || request.fault() == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_fault", "fault 应为 NONE、UNAVAILABLE、LOST_RESPONSE、TIMEOUT 或 INVALID_FILE");
    }
    if (request.calls() != null && request.calls() < 1) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_fault", "calls 应为正整数，或省略（直到清除）");
    }
    faults.set(target, request.fault(), request.calls());
    return faults.current(target);
  }

  @PostMapping("/api/simulator/requests/{id}/callbacks/{message}")
  SimulatorCallbacks.Answer callback(@PathVariable long id, @PathVariable String message,
      @RequestBody(required = false) CallbackRequest request) {
    SimulatorStore.Received received = request(id);
    if ("notification".equals(received.system())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "no_callbacks", "短信网关不回调");
    }
    ObjectNode body = SimulatedSystemsController.defaultCallback(message, received);
    if (request != null) {
      if (request.result() != null) {
        body.put("result", request.result());
      }
      if (request.note() != null) {
        body.put("note", request.note());
      }
      if (request.reference() != null) {
        body.put("reference", request.reference());
      }
    }
    return callbacks.send(received, message, body);
  }
}
