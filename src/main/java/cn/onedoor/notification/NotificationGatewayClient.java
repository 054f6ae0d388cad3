package cn.onedoor.notification;

import cn.onedoor.external.ExternalHttpClient;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.ExternalSystemUnavailableException;
import cn.onedoor.external.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The SMS and e-mail gateway ({@code POST {base-url}/messages}, shape
 * {@code schemas/notification-message.schema.json}): one message per call, with an idempotency key
 * per notice row so a retried job never texts a party twice.
 */
@Component
class NotificationGatewayClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExternalHttpClient http;
  private final JsonSchemas schemas;

  NotificationGatewayClient(ExternalHttpClient http, JsonSchemas schemas) {
    this.http = http;
    this.schemas = schemas;
  }

  /** Sends one message; returns the gateway's message id. */
  String send(String channel, String to, String subject, String text, String idempotencyKey, String caseNumber) {
    ObjectNode message = JSON.createObjectNode()
        .put("channel", channel)
        .put("to", to)
        .put("text", text)
        .put("idempotencyKey", idempotencyKey)
        .put("reference", caseNumber);
    if (subject != null) {
      message.put("subject", subject);
    }
    List<String> violations = schemas.violations(JsonSchemas.NOTIFICATION_MESSAGE, message);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("通知不符合网关约定（" + String.join("；", violations) + "），请核对当事人联系方式");
    }
    JsonNode answer = http.post(ExternalSystem.NOTIFICATION_GATEWAY, "/messages", idempotencyKey, message);
    if (!answer.hasNonNull("receiptNumber")) {
      throw new ExternalSystemUnavailableException("短信/邮件网关的答复缺少 receiptNumber，无法确认已发送；重试不会重复发送");
    }
    return answer.get("receiptNumber").asText();
  }
}
