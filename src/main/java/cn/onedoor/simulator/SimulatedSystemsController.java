package cn.onedoor.simulator;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.ExternalSystemsProperties;
import cn.onedoor.external.JsonSchemas;
import cn.onedoor.party.MobileNumbers;
import cn.onedoor.referral.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated external systems' own APIs, as our clients call them: the court's and the
 * commission's {@code POST …/filings} and the gateway's {@code POST …/messages}. Like the real ones
 * they check our API key, validate what arrives (schema and e-file checksum), file once per
 * idempotency key, and answer with a receipt; on request they fail instead ({@link Fault}).
 */
@RestController
@ConditionalOnProperty(name = "onedoor.simulator.enabled", havingValue = "true")
class SimulatedSystemsController {

  /**
   * Which callback a simulated system sends by itself after a filing of each type (routine answers).
   * Whether the commission accepts a referral, and its award, come only from the page's buttons.
   */
  static final Map<String, String> AUTOMATIC_CALLBACKS = Map.of(
      "litigation_referral", "court-receipt",
      "payment_order_application", "payment-order-decided",
      "judicial_confirmation_application", "judicial-confirmation-decided",
      "arbitration_review_application", "arbitration-review-decided");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, List<String>> FILING_TYPES = Map.of(
      "court", List.of("litigation_referral", "payment_order_application", "judicial_confirmation_application", "mediation_result_report"),
      "arbitration", List.of("arbitration_referral", "arbitration_review_application"));

  private final SimulatorStore store;
  private final SimulatorFaults faults;
  private final SimulatorCallbacks callbacks;
  private final SimulatorProperties properties;
  private final ExternalSystemsProperties external;
  private final JsonSchemas schemas;

  SimulatedSystemsController(SimulatorStore store, SimulatorFaults faults, SimulatorCallbacks callbacks,
      SimulatorProperties properties, ExternalSystemsProperties external, JsonSchemas schemas) {
    this.store = store;
    this.faults = faults;
    this.callbacks = callbacks;
    this.properties = properties;
    this.external = external;
    this.schemas = schemas;
  }

  @PostMapping(path = "/simulator/{system}/api/v1/filings", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<JsonNode> filing(@PathVariable String system, @RequestHeader(name = "Authorization", required = false) String auth,
      @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody String body) {
    if (!FILING_TYPES.containsKey(system)) {
      return error(HttpStatus.NOT_FOUND, "not_found", "no such system");
    }
    ExternalSystem target = ExternalSystem.byId(system);
    return handle(target, auth, key, body, request -> {
      List<String> errors = new ArrayList<>(schemas.violations(JsonSchemas.FILING_REQUEST, request));
      if (errors.isEmpty() && !FILING_TYPES.get(system).contains(request.path("type").asText())) {
        errors.add("本机构不受理此类申请：" + request.path("type").asText());
      }
      if (errors.isEmpty() && !CanonicalJson.sha256OfFile(request.get("caseFile"))
          .equals(request.path("caseFile").path("checksum").path("value").asText())) {
        errors.add("电子卷宗校验值不符，材料可能在传输中被改动");
      }
      return errors;
    }, request -> request.path("type").asText(), request -> request.path("caseNumber").asText(),
        request -> describe(request), request -> request.toString(), target == ExternalSystem.COURT ? "法调收〔" : "仲收〔");
  }

  @PostMapping(path = "/simulator/notification/api/v1/messages", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<JsonNode> message(@RequestHeader(name = "Authorization", required = false) String auth,
      @RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody String body) {
    return handle(ExternalSystem.NOTIFICATION_GATEWAY, auth, key, body,
        request -> schemas.violations(JsonSchemas.NOTIFICATION_MESSAGE, request),
        request -> request.path("channel").asText(), request -> request.path("reference").asText(),
        request -> masked(request.path("channel").asText(), request.path("to").asText()) + "：" + request.path("text").asText(),
        request -> ((ObjectNode) request.deepCopy()).put("to", masked(request.path("channel").asText(), request.path("to").asText())).toString(),
        "MSG〔");
  }

  private ResponseEntity<JsonNode> handle(ExternalSystem system, String auth, String key, String body,
      java.util.function.Function<JsonNode, List<String>> validate, java.util.function.Function<JsonNode, String> kind,
      java.util.function.Function<JsonNode, String> caseNumber, java.util.function.Function<JsonNode, String> summary,
      java.util.function.Function<JsonNode, String> stored, String receiptPrefix) {
    if (auth == null || !auth.equals("Bearer " + external.of(system).getApiKey())) {
      return error(HttpStatus.UNAUTHORIZED, "unauthorized", "API key missing or wrong");
    }
    if (key == null || key.isBlank()) {
      return error(HttpStatus.BAD_REQUEST, "missing_idempotency_key", "Idempotency-Key header required");
    }
    Fault fault = faults.next(system);
    if (fault == Fault.UNAVAILABLE) {
      return error(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "系统维护中（模拟故障）");
    }
    if (fault == Fault.INVALID_FILE) {
      return invalid(List.of("（模拟退回）缺少申请人身份证明材料，请补正后重新提交"));
    }
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (IOException e) {
      return invalid(List.of("请求体不是有效的 JSON"));
    }
    List<String> errors = validate.apply(request);
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    SimulatorStore.Stored result = store.store(system, kind.apply(request), key, caseNumber.apply(request),
        abbreviate(summary.apply(request)), stored.apply(request), receiptPrefix + LocalDate.now(ChinaTime.ZONE).getYear() + "〕");
    String automatic = AUTOMATIC_CALLBACKS.get(result.received().kind());
    if (!result.duplicate() && automatic != null && !properties.getCallbackDelay().isZero()) {
      callbacks.later(result.received(), automatic, defaultCallback(automatic, result.received()), properties.getCallbackDelay());
    }
    if (fault == Fault.TIMEOUT) {
      sleep();
    }
    if (fault == Fault.LOST_RESPONSE) {
      return error(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "已收件但答复丢失（模拟故障）");
    }
    ObjectNode receipt = JSON.createObjectNode()
        .put("receiptNumber", result.received().receiptNumber())
        .put("receivedAt", result.received().receivedAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime().toString())
        .put("duplicate", result.duplicate());
    return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
  }

  /** The body the simulated system sends with a callback: its receipt as reference (the date defaults to today). */
  static ObjectNode defaultCallback(String message, SimulatorStore.Received received) {
    ObjectNode body = JSON.createObjectNode()
        .put("reference", received.receiptNumber());
    if ("payment-order-decided".equals(message)) {
      body.put("result", "issued");
    } else if (message.endsWith("-decided")) {
      body.put("result", "confirmed");
    }
    return body;
  }

  private static String describe(JsonNode request) {
    JsonNode file = request.path("caseFile");
    StringBuilder text = new StringBuilder();
    file.path("parties").forEach(party -> text.append(party.path("name").asText()).append("；"));
    text.append("请求金额 ").append(file.path("claims").path("amount").asText()).append(" 元");
    text.append("；材料 ").append(file.path("documents").size()).append(" 件");
    return text.toString();
  }

  private static String masked(String channel, String to) {
    if ("sms".equals(channel)) {
      return MobileNumbers.mask(to);
    }
    int at = to.indexOf('@');
    return at > 1 ? to.charAt(0) + "***" + to.substring(at) : "***";
  }

  private static String abbreviate(String text) {
    return text.length() > 1000 ? text.substring(0, 997) + "…" : text;
  }

  private void sleep() {
    try {
      Thread.sleep(properties.getTimeoutDelay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ResponseEntity<JsonNode> invalid(List<String> errors) {
    ObjectNode body = JSON.createObjectNode().put("code", "invalid_file").put("message", "材料不符合要求，未予登记");
    errors.forEach(body.putArray("errors")::add);
    return ResponseEntity.unprocessableEntity().body(body);
  }

  private static ResponseEntity<JsonNode> error(HttpStatus status, String code, String message) {
    return ResponseEntity.status(status).body(JSON.createObjectNode().put("code", code).put("message", message));
  }
}
