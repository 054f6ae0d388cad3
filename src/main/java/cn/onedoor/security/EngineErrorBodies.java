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
    } else if ("AuthorizationException".equals(error.path("type").asText()) && message != null && !hasChinese(message)) {
      // Camunda's refusal names user, permissions and resources in English; the webapps show the message as it is
      log.info("{} refused by the engine's authorizations: {}", request, message);
      newMessage = authorizationMessage(error);
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

  private static final java.util.Map<String, String> PERMISSIONS = java.util.Map.ofEntries(
      java.util.Map.entry("READ", "读取"), java.util.Map.entry("UPDATE", "修改"), java.util.Map.entry("CREATE", "创建"),
      java.util.Map.entry("DELETE", "删除"), java.util.Map.entry("ACCESS", "访问"), java.util.Map.entry("ALL", "全部"),
      java.util.Map.entry("TASK_WORK", "办理任务"), java.util.Map.entry("TASK_ASSIGN", "分派任务"),
      java.util.Map.entry("READ_TASK", "读取任务"), java.util.Map.entry("UPDATE_TASK", "修改任务"),
      java.util.Map.entry("CREATE_INSTANCE", "启动流程"), java.util.Map.entry("READ_INSTANCE", "读取流程实例"),
      java.util.Map.entry("UPDATE_INSTANCE", "修改流程实例"), java.util.Map.entry("DELETE_INSTANCE", "删除流程实例"),
      java.util.Map.entry("READ_HISTORY", "查看历史"), java.util.Map.entry("DELETE_HISTORY", "删除历史"),
      java.util.Map.entry("MIGRATE_INSTANCE", "迁移流程实例"), java.util.Map.entry("SUSPEND", "挂起"));
  private static final java.util.Map<String, String> RESOURCES = java.util.Map.ofEntries(
      java.util.Map.entry("Task", "任务"), java.util.Map.entry("ProcessDefinition", "流程定义"),
      java.util.Map.entry("ProcessInstance", "流程实例"), java.util.Map.entry("Application", "应用"),
      java.util.Map.entry("Deployment", "部署"), java.util.Map.entry("Filter", "过滤器"), java.util.Map.entry("User", "用户"),
      java.util.Map.entry("Group", "用户组"), java.util.Map.entry("Authorization", "授权"), java.util.Map.entry("Batch", "批处理"),
      java.util.Map.entry("DecisionDefinition", "决策定义"), java.util.Map.entry("HistoricTask", "历史任务"),
      java.util.Map.entry("HistoricProcessInstance", "历史流程实例"));

  /** 您无权执行此操作 with the missing permissions in Chinese, from Camunda's {@code missingAuthorizations}. */
  private static String authorizationMessage(ObjectNode error) {
    java.util.LinkedHashSet<String> missing = new java.util.LinkedHashSet<>();
    for (JsonNode authorization : error.path("missingAuthorizations")) {
      String permission = authorization.path("permissionName").asText("");
      String resource = authorization.path("resourceName").asText("").replace(" ", "");
      String permissionText = PERMISSIONS.getOrDefault(permission, permission);
      String resourceText = RESOURCES.getOrDefault(resource, resource);
      if (!permissionText.isEmpty()) {
        missing.add(resourceText.isEmpty() ? permissionText : resourceText + "的“" + permissionText + "”权限");
      }
    }
    return missing.isEmpty() ? "您无权执行此操作。"
        : "您无权执行此操作：需要" + String.join("或", missing) + "。如需办理，请联系本组负责人或管理员。";
  }

  private static boolean hasChinese(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
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
