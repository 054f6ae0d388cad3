package cn.onedoor.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the error bodies of the engine REST API (Camunda's {@code {"type","message","code"}}) so
 * that no caller reads internals: a 5xx gets a generic Chinese message with a reference id (the
 * original goes to the log at WARN with the same id); a message holding class names, SQL or a stack
 * trace gets a generic one for its status; {@link EngineErrorMarkers} set status and message. The
 * {@code type} and every other member stay: the webapps read them.
 */
final class EngineErrorBodies {

  /** What a rewritten answer has. */
  record Rewritten(int status, byte[] body) {}

  private static final Logger log = LoggerFactory.getLogger(EngineErrorBodies.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Java class names, MyBatis and SQL, stack traces. */
  private static final Pattern INTERNALS = Pattern.compile(
      "org\\.|java\\.|javax\\.|jakarta\\.|Exception:|###|SQL|(?i:insert into)|(?i:select )|(?i:delete from)|\\sat [\\w$.]+\\(");

  private EngineErrorBodies() {}

  static boolean leaksInternals(String message) {
    return message != null && INTERNALS.matcher(message).find();
  }

  /** The answer to send instead of {@code status} with {@code body}; {@code request} only names it in the log. */
  static Rewritten rewrite(int status, byte[] body, String request) {
    ObjectNode error = parse(body);
    String message = error.path("message").isTextual() ? error.get("message").asText() : null;
    int newStatus = status;
    String newMessage;
    if (message != null && message.contains(EngineErrorMarkers.BAD_REQUEST)) {
      newStatus = 400;
      newMessage = afterMarker(message, EngineErrorMarkers.BAD_REQUEST, newStatus);
    } else if (message != null && message.contains(EngineErrorMarkers.FORBIDDEN)) {
      newStatus = 403;
      newMessage = afterMarker(message, EngineErrorMarkers.FORBIDDEN, newStatus);
    } else if (status >= 500) {
      String reference = reference();
      log.warn("{} answered {} (reference {}): {}", request, status, reference, message == null ? new String(body, StandardCharsets.UTF_8) : message);
      newMessage = "服务器内部错误，请联系管理员（参考编号 " + reference + "）";
    } else if (message == null || message.isBlank() || leaksInternals(message)) {
      if (message != null) {
        log.info("{} answered {}; its message was replaced: {}", request, status, message);
      }
      newMessage = generic(status);
    } else {
      newMessage = message;
    }
    if (newStatus == status && newMessage.equals(message)) {
      return null;
    }
    error.put("message", newMessage);
    if (!error.has("type")) {
      error.put("type", newStatus >= 500 ? "ServerError" : "RestException");
    }
    try {
      return new Rewritten(newStatus, JSON.writeValueAsBytes(error));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String afterMarker(String message, String marker, int status) {
    String text = message.substring(message.indexOf(marker) + marker.length()).trim();
    return text.isEmpty() || leaksInternals(text) ? generic(status) : text;
  }

  /** A body that is not a JSON object (HTML, text, nothing) becomes one holding it as its message. */
  private static ObjectNode parse(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node != null && node.isObject()) {
        return (ObjectNode) node;
      }
    } catch (java.io.IOException e) {
      // not JSON
    }
    ObjectNode error = JSON.createObjectNode();
    String text = new String(body, StandardCharsets.UTF_8).trim();
    if (!text.isEmpty()) {
      error.put("message", text);
    }
    return error;
  }

  static String generic(int status) {
    return switch (status) {
      case 400 -> "请求有误，请检查提交的内容。";
      case 401 -> "请先登录。";
      case 403 -> "您的角色无权执行此操作。";
      case 404 -> "请求的对象不存在。";
      case 405 -> "不支持该请求方法。";
      case 409 -> "操作与当前状态冲突，请刷新后重试。";
      case 413 -> "请求内容过大。";
      case 415 -> "不支持该内容类型。";
      default -> status >= 500 ? "服务器内部错误，请联系管理员。" : "请求未能完成（HTTP " + status + "）。";
    };
  }

  private static String reference() {
    byte[] bytes = new byte[5];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
