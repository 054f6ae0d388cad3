package cn.onedoor.referral;

import cn.onedoor.api.ApiException;
import cn.onedoor.external.CallbackSignatures;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.ExternalSystemsProperties;
import cn.onedoor.external.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receipts and decisions the court and the arbitration commission send us. No user logs in here:
 * each call is signed with the secret we share with that system (HMAC-SHA256 over timestamp and
 * body, {@link CallbackSignatures}), and a system may only send its own messages.
 */
@RestController
class CallbackController {

  private static final Logger log = LoggerFactory.getLogger(CallbackController.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseMessages messages;
  private final ExternalSystemsProperties properties;
  private final JsonSchemas schemas;

  CallbackController(CaseMessages messages, ExternalSystemsProperties properties, JsonSchemas schemas) {
    this.messages = messages;
    this.properties = properties;
    this.schemas = schemas;
  }

  @PostMapping("/api/callbacks/{system}/cases/{caseNumber}/messages/{message}")
  @Operation(summary = "外部机构回调（签名）",
      description = "system: court, arbitration。请求头 X-OneDoor-Timestamp（秒）与 X-OneDoor-Signature: sha256=HMAC-SHA256(密钥, 时间戳 + '.' + 请求体)")
  CaseMessages.Delivered callback(@PathVariable String system, @PathVariable String caseNumber, @PathVariable String message,
      @RequestHeader(name = CallbackSignatures.TIMESTAMP_HEADER, required = false) String timestamp,
      @RequestHeader(name = CallbackSignatures.SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) String body) {
    ExternalSystem sender = sender(system);
    String payload = body == null ? "" : body;
    verify(sender, timestamp, signature, payload);
    InboundMessage inbound = messages.message(message);
    if (inbound.sender() != sender) {
      throw new ApiException(HttpStatus.FORBIDDEN, "wrong_sender", sender.label() + "无权发送该消息：" + message);
    }
    ExternalMessage parsed = parse(payload);
    CaseMessages.Delivered delivered = messages.deliver(caseNumber, inbound, parsed);
    log.info("Callback {} from {} delivered to case {}", message, sender.id(), caseNumber);
    return delivered;
  }

  private ExternalSystem sender(String system) {
    if (!"court".equals(system) && !"arbitration".equals(system)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "unknown_system", "未知的外部系统：" + system);
    }
    return ExternalSystem.byId(system);
  }

  private void verify(ExternalSystem sender, String timestamp, String signature, String body) {
    String secret = properties.of(sender).getCallbackSecret();
    if (secret == null || secret.isBlank()) {
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "callback_not_configured",
          "未配置" + sender.label() + "的回调密钥（onedoor.external." + sender.id() + ".callback-secret）");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp == null ? "" : timestamp.trim());
    } catch (NumberFormatException e) {
      throw unauthorized(sender, "缺少或无效的时间戳");
    }
    long skew = Math.abs(Instant.now().getEpochSecond() - seconds);
    if (skew > properties.getCallbackTolerance().toSeconds()) {
      throw unauthorized(sender, "时间戳超出允许范围");
    }
    if (!CallbackSignatures.matches(secret, timestamp.trim(), body, signature)) {
      throw unauthorized(sender, "签名无效");
    }
  }

  private ApiException unauthorized(ExternalSystem sender, String why) {
    log.warn("Callback claiming to be {} refused: {}", sender.id(), why);
    return new ApiException(HttpStatus.UNAUTHORIZED, "bad_signature", "回调认证失败：" + why);
  }

  private ExternalMessage parse(String body) {
    if (body.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_message", "请求体不是有效的 JSON");
    }
    List<String> violations = schemas.violations(JsonSchemas.CALLBACK, node);
    if (!violations.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_message", "请求体不符合约定格式：" + String.join("；", violations));
    }
    return JSON.convertValue(node, ExternalMessage.class);
  }
}
