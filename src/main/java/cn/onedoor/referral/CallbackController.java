package cn.onedoor.referral;

import cn.onedoor.api.ApiException;
import cn.onedoor.external.CallbackSignatures;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.ExternalSystemsProperties;
import cn.onedoor.external.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receipts and decisions the court and the arbitration commission send us. No user logs in here:
 * each call is signed with the secret we share with that system (HMAC-SHA256 over method, path,
 * timestamp and body, {@link CallbackSignatures}), and a system may only send its own messages. The
 * same callback sent again within the tolerance is answered as the first time and applied once
 * ({@link CallbackReceipts}).
 */
@RestController
class CallbackController {

  private static final Logger log = LoggerFactory.getLogger(CallbackController.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Set on the answer to a callback that came again and was not applied a second time. */
  static final String REPLAYED_HEADER = "X-OneDoor-Replayed";

  private final CaseMessages messages;
  private final CallbackReceipts receipts;
  private final ExternalSystemsProperties properties;
  private final JsonSchemas schemas;

  CallbackController(CaseMessages messages, CallbackReceipts receipts, ExternalSystemsProperties properties, JsonSchemas schemas) {
    this.messages = messages;
    this.receipts = receipts;
    this.properties = properties;
    this.schemas = schemas;
  }

  @PostMapping("/api/callbacks/{system}/cases/{caseNumber}/messages/{message}")
  @Operation(summary = "外部机构回调（签名）",
      description = "system: court, arbitration。请求头 X-OneDoor-Timestamp（秒）与 X-OneDoor-Signature: "
          + "sha256=HMAC-SHA256(密钥, 'POST' + '\\n' + 路径（自 /api/callbacks/ 起，URL 解码）+ '\\n' + 时间戳 + '\\n' + 请求体)。"
          + "同一回调在时间容差内重复发送，返回首次的结果，不重复处理。")
  ResponseEntity<CaseMessages.Delivered> callback(@PathVariable String system, @PathVariable String caseNumber,
      @PathVariable String message,
      @RequestHeader(name = CallbackSignatures.TIMESTAMP_HEADER, required = false) String timestamp,
      @RequestHeader(name = CallbackSignatures.SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) byte[] body, HttpServletRequest request) {
    ExternalSystem sender = sender(system);
    byte[] payload = body == null ? new byte[0] : body;
    String path = CallbackSignatures.canonicalPath(request.getRequestURI());
    verify(sender, request.getMethod(), path, timestamp, signature, payload);
    InboundMessage inbound = messages.message(message);
    if (inbound.sender() != sender) {
      throw new ApiException(HttpStatus.FORBIDDEN, "wrong_sender", sender.label() + "无权发送该消息：" + message);
    }
    ExternalMessage parsed = parse(new String(payload, StandardCharsets.UTF_8));
    String key = CallbackReceipts.key(sender, path, timestamp.trim(), CallbackSignatures.normalized(signature));
    CallbackReceipts.Answer answer = receipts.once(key, sender, caseNumber, inbound.path(), properties.getCallbackTolerance(),
        () -> messages.deliver(caseNumber, inbound, parsed));
    if (answer.replayed()) {
      log.info("Callback {} from {} for case {} came again: answered as the first time, not applied twice",
          message, sender.id(), caseNumber);
      return ResponseEntity.ok().header(REPLAYED_HEADER, "true").body(answer.delivered());
    }
    log.info("Callback {} from {} delivered to case {}", message, sender.id(), caseNumber);
    return ResponseEntity.ok(answer.delivered());
  }

  private ExternalSystem sender(String system) {
    if (!"court".equals(system) && !"arbitration".equals(system)) {
      throw new ApiException(HttpStatus.NOT_FOUND, "unknown_system", "未知的外部系统：" + system);
    }
    return ExternalSystem.byId(system);
  }

  private void verify(ExternalSystem sender, String method, String path, String timestamp, String signature, byte[] body) {
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
    if (!CallbackSignatures.matches(secret, method, path, timestamp.trim(), body, signature)) {
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
