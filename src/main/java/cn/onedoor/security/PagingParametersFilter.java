package cn.onedoor.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code firstResult} and {@code maxResults} on the engine's REST doors ({@code /engine-rest},
 * the webapps' {@code /camunda/api}) must be whole numbers from 0: Camunda passes a negative one
 * to the database, which answered 500 (PostgreSQL: OFFSET must not be negative). They get a 400
 * that names the parameter, before any query runs.
 */
class PagingParametersFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (String name : new String[] {"firstResult", "maxResults"}) {
      for (String value : request.getParameterMap().getOrDefault(name, new String[0])) {
        if (!isPageNumber(value)) {
          response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          response.setContentType("application/json");
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"分页参数 " + name
              + " 必须是不小于 0 的整数（不超过 2147483647）\",\"code\":0}");
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  static boolean isPageNumber(String value) {
    if (value == null || value.isEmpty() || value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return Long.parseLong(value) <= Integer.MAX_VALUE;
  }
}
