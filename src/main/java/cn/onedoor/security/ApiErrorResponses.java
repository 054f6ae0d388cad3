package cn.onedoor.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of our API as JSON, with a message in Chinese for people and a code for programs. */
final class ApiErrorResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiErrorResponses() {}

  /**
   * 401 with the Basic challenge for programs; a page's own script (it says so with
   * {@code X-Requested-With: XMLHttpRequest}) gets none, or the browser would open its login dialog
   * over the page's Chinese login form.
   */
  static AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> {
      if (exception instanceof LoginThrottledException throttled) {
        tooManyAttempts(response, throttled.retryAfter());
        return;
      }
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"OneDoor\", charset=\"UTF-8\"");
      }
      write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "请先登录：使用 OneDoor 账号（HTTP Basic 或 Tasklist 登录会话）。");
    };
  }

  /** 429 while {@link LoginThrottle} holds a source or a user back; no password was checked. */
  static void tooManyAttempts(HttpServletResponse response, java.time.Duration retryAfter) throws IOException {
    long seconds = LoginThrottledException.seconds(retryAfter);
    response.setHeader("Retry-After", Long.toString(seconds));
    write(response, 429, "too_many_attempts", "登录失败次数过多，请 " + seconds + " 秒后再试。");
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, exception) ->
        write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "您的角色无权执行此操作。");
  }

  static void write(HttpServletResponse response, int status, String error, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", error);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
