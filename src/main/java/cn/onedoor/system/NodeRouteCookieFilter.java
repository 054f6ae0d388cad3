package cn.onedoor.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sticky sessions behind a load balancer: each node marks the browser with a route cookie naming
 * itself ({@code ONEDOOR_ROUTE=node1}); nginx sends requests with that cookie back to the same node
 * (see deploy/nginx.conf). Webapp logins live in the node's HTTP session, the engine state in the
 * shared database, so a node that fails costs its users a new login, never a case.
 */
@Component
class NodeRouteCookieFilter extends OncePerRequestFilter {

  static final String COOKIE = "ONEDOOR_ROUTE";

  private final String nodeName;

  NodeRouteCookieFilter(@Value("${onedoor.node-name}") String nodeName) {
    this.nodeName = nodeName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!nodeName.equals(currentRoute(request))) {
      Cookie cookie = new Cookie(COOKIE, nodeName);
      cookie.setPath("/");
      cookie.setHttpOnly(true);
      cookie.setSecure(request.isSecure());
      response.addCookie(cookie);
    }
    chain.doFilter(request, response);
  }

  private static String currentRoute(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
