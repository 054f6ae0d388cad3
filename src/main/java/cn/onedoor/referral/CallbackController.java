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
  private final CallbackInbox inbox;
  private final CallbackReceipts receipts;
  private final ExternalSystemsProperties properties;
  private final JsonSchemas schemas;

  CallbackController(CaseMessages messages, CallbackInbox inbox, CallbackReceipts receipts, ExternalSystemsProperties properties,
                     JsonSchemas schemas) {
    this.messages = messages;
    this.inbox = inbox;
    this.receipts = receipts;
    this.properties = properties;
    this.schemas = schemas;
  }

  @PostMapping("/api/callbacks/{system}/cases/{caseNumber}/messages/{message}")
  @Operation(summary = "外部机构回调（签名）",
      description = "system: court, arbitration。请求头 X-OneDoor-Timestamp（秒）与 X-OneDoor-Signature: "
          + "sha256=HMAC-SHA256(密钥, 'POST' + '\\n' + 路径（自 /api/callbacks/ 起，URL 解码）+ '\\n' + 时间戳 + '\\n' + 请求体)。"
          + "200：已处理；202：案件尚未进入等待该消息的环节，消息已暂存（返回编号），就绪后自动处理，无需重发；"
          + "404 案号不存在、409 当前阶段不会等待该消息、410 已结案：不再处理，请勿自动重发。"
          + "同一回调（或同一 messageId）重复发送，返回该消息当前的结果，不重复处理。")
  ResponseEntity<CallbackInbox.Received> callback(@PathVariable String system, @PathVariable String caseNumber,
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
    String dedupKey = CallbackInbox.dedupKey(parsed, key);
    // the answer as the message stands now: a message first kept may have been applied since
    CallbackInbox.Received received;
    boolean replayed;
    var earlier = inbox.earlier(sender, dedupKey);
    if (earlier.isPresent()) {
      received = earlier.get();
      replayed = true;
    } else {
      CallbackReceipts.Answer answer = receipts.once(key, sender, caseNumber, inbound.path(), properties.getCallbackTolerance(),
          () -> inbox.receive(sender, dedupKey, caseNumber, inbound, parsed));
      received = inbox.current(answer.delivered().id()).orElse(answer.delivered());
      replayed = answer.replayed();
    }
    if (replayed) {
      log.info("Callback {} from {} for case {} came again: answered as it stands ({}), not applied twice",
          message, sender.id(), caseNumber, received.state());
    } else {
      log.info("Callback {} from {} for case {}: {}", message, sender.id(), caseNumber, received.state());
    }
    ResponseEntity.BodyBuilder response = switch (received.state()) {
      case CallbackInbox.BUFFERED -> ResponseEntity.status(HttpStatus.ACCEPTED);
      case CallbackInbox.APPLIED -> ResponseEntity.ok();
      default -> throw new ApiException(HttpStatus.CONFLICT, "refused", received.info());
    };
    if (replayed) {
      response.header(REPLAYED_HEADER, "true");
    }
    return response.body(received);
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
