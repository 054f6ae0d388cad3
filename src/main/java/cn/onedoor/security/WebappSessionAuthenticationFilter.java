package cn.onedoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets our own pages call {@code /api/**} with the login session of the Camunda webapps: a user
 * logged in to Tasklist or Cockpit is the same user here, with the same groups. Requests that change
 * something must carry the webapps' CSRF token ({@code X-XSRF-TOKEN}), exactly as the webapps
 * themselves do; without it the session does not count and the request is treated as anonymous.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications != null
          && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
          && (isSafe(request) || csrfTokenMatches(request, session))) {
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
            user.getName(), null, groups.stream().map(CamundaIdentityAuthenticationProvider::authority).toList());
        SecurityContextHolder.getContext().setAuthentication(authentication);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isSafe(HttpServletRequest request) {
    return CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches();
  }

  private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && given != null
        && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
