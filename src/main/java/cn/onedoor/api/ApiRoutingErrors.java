package cn.onedoor.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors Spring MVC raises before any of our controllers is chosen (a method the path does not take,
 * a path that does not exist, an {@code Accept} we cannot serve). {@link ApiErrorHandler} is scoped to
 * our controllers and never sees them, so they got Spring's English body. Under {@code /api/} they get
 * our JSON with a Chinese message (and {@code Allow} for a 405); anywhere else the exception goes back
 * to Spring, so a browser still gets the Chinese error pages ({@code static/error/}).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingErrors {

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
      throws HttpRequestMethodNotSupportedException {
    if (!underApi(request)) {
      throw e;
    }
    Set<HttpMethod> allowed = e.getSupportedHttpMethods();
    String methods = allowed == null || allowed.isEmpty() ? ""
        : allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining("、"));
    ResponseEntity<Map<String, Object>> body = ApiErrorBody.of(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
        "该地址不支持 " + e.getMethod() + " 请求" + (methods.isEmpty() ? "。" : "，可用：" + methods + "。"), null);
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(body.getHeaders());
    if (allowed != null && !allowed.isEmpty()) {
      headers.setAllow(allowed);
    }
    return new ResponseEntity<>(body.getBody(), headers, body.getStatusCode());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, Object>> noSuchPath(NoResourceFoundException e, HttpServletRequest request)
      throws NoResourceFoundException {
    if (!underApi(request)) {
      throw e;
    }
    return ApiErrorBody.of(HttpStatus.NOT_FOUND, "not_found", "接口地址不存在，请核对路径。", null);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
      throws HttpMediaTypeNotAcceptableException {
    if (!underApi(request)) {
      throw e;
    }
    // the body cannot be in a type the caller refused; the status and the header carry the answer
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).header("X-OneDoor-Error", "not_acceptable").build();
  }

  private static boolean underApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }
}
