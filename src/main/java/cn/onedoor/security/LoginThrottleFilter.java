package cn.onedoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link LoginThrottle} in front of the password checks Camunda makes itself: HTTP Basic on
 * {@code /engine-rest/**} and the webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}).
 * A throttled caller gets 429 before any password is checked; a 401 after the check counts as a
 * failure of its source. (Our own API checks passwords in {@link CamundaIdentityAuthenticationProvider}.)
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean webappLogin = "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches();
    String basicUser = path.startsWith("/engine-rest/") ? basicUser(request.getHeader("Authorization")) : null;
    if (!webappLogin && basicUser == null) {
      chain.doFilter(request, response);
      return;
    }
    // the source as the container sees it: behind nginx the client from X-Forwarded-For
    // (server.forward-headers-strategy: native), else the peer address
    String source = request.getRemoteAddr();
    try {
      // the webapp login's user name is in the form body, left unread here: its user delay shows as 401
      throttle.check(source, basicUser);
    } catch (LoginThrottledException e) {
      ApiErrorResponses.tooManyAttempts(response, e.retryAfter());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      throttle.failed(source, basicUser == null ? "(webapp login)" : basicUser);
    }
  }

  /** The user name of an HTTP Basic header, or null. */
  static String basicUser(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? decoded : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
