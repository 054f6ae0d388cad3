package cn.onedoor.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import cn.onedoor.security.EngineErrorMarkers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of our API as JSON ({@link ApiErrorBody}): {@code status}, {@code error} (a code), {@code message}
 * (Chinese) and, for a bad field, {@code errors} per field. Never a stack trace; unexpected faults are
 * logged here in English with their cause. Features map their own domain exceptions in an advice
 * ordered before this one (intake's {@code IntakeErrorHandler}); this one knows no feature.
 */
@RestControllerAdvice(basePackages = "cn.onedoor")
class ApiErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Map<String, Object>> api(ApiException e) {
    return body(e.status(), e.code(), e.getMessage(), null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    String field = e.getCause() instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
    if (isSyntaxError(e)) {
      return body(HttpStatus.BAD_REQUEST, "unreadable_body",
          "请求内容不是有效的 JSON" + (field.isEmpty() ? "" : "（出错位置：" + field + "）"), null);
    }
    if (!field.isEmpty()) {
      return body(HttpStatus.BAD_REQUEST, "unreadable_body", "字段 " + field + " 的类型不符或取值无效，请按接口说明填写",
          List.of(new FieldError(field, "字段 " + field + " 的类型不符或取值无效")));
    }
    return body(HttpStatus.BAD_REQUEST, "unreadable_body", "请求内容不是有效的 JSON，或字段类型不符", null);
  }

  /** Broken JSON (cut off, bad syntax, nested too deep) rather than a value of the wrong type. */
  private static boolean isSyntaxError(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof JsonParseException || cause instanceof StreamConstraintsException) {
        return true;
      }
    }
    return false;
  }

  /** {@code claim.amount} from Jackson's path; only names of the request's own properties, never a class. */
  private static String fieldPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      String name = reference.getFieldName();
      if (name == null) {
        continue;
      }
      if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,40}")) {
        return "";
      }
      path.append(path.isEmpty() ? "" : ".").append(name);
    }
    return path.toString();
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "请求内容类型应为 application/json（UTF-8）", null);
  }

  /** A path or query value of the wrong type ({@code ?days=abc}). */
  @ExceptionHandler(TypeMismatchException.class)
  ResponseEntity<Map<String, Object>> wrongType(TypeMismatchException e) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    return body(HttpStatus.BAD_REQUEST, "invalid_parameter", "参数 " + name + " 的值无效", null);
  }

  /** A missing parameter, header or path part. */
  @ExceptionHandler(ServletRequestBindingException.class)
  ResponseEntity<Map<String, Object>> missing(ServletRequestBindingException e) {
    return body(HttpStatus.BAD_REQUEST, "missing_parameter", "请求缺少必需的参数或请求头", null);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return body(HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large", "请求内容过大，请缩减后重试。", null);
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    log.info("Engine refused {}: {}", e.getUserId(), e.getMessage());
    return body(HttpStatus.FORBIDDEN, "forbidden", "您的角色无权执行此操作。", null);
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Map<String, Object>> unexpected(RuntimeException e) {
    // the engine-side guard marks what the caller got wrong (EngineErrorMarkers), as for the engine REST API
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains(EngineErrorMarkers.BAD_REQUEST)) {
        return body(HttpStatus.BAD_REQUEST, "bad_request", afterMarker(message, EngineErrorMarkers.BAD_REQUEST), null);
      }
      if (message != null && message.contains(EngineErrorMarkers.FORBIDDEN)) {
        return body(HttpStatus.FORBIDDEN, "forbidden", afterMarker(message, EngineErrorMarkers.FORBIDDEN), null);
      }
    }
    log.error("Unexpected fault in our API", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "系统内部错误，请稍后重试或联系管理员。", null);
  }

  private static String afterMarker(String message, String marker) {
    return message.substring(message.indexOf(marker) + marker.length()).trim();
  }

  private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, String message, List<FieldError> errors) {
    return ApiErrorBody.of(status, code, message, errors);
  }
}
