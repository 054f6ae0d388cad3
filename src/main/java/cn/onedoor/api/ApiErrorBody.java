package cn.onedoor.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The one shape of our API's errors: {@code status}, {@code error} (a code for programs), {@code message}
 * (Chinese, for people) and, where fields are wrong, {@code errors} per field. A feature that maps its
 * own domain exception to an answer (intake's invalid application) builds it here.
 */
public final class ApiErrorBody {

  private ApiErrorBody() {}

  public static ResponseEntity<Map<String, Object>> of(HttpStatus status, String code, String message, List<FieldError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("error", code);
    body.put("message", message);
    if (errors != null) {
      body.put("errors", errors);
    }
    return ResponseEntity.status(status).body(body);
  }
}
