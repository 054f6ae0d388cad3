package cn.onedoor.intake;

import cn.onedoor.api.ApiErrorBody;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An application refused by intake's checks, at any door of our API: 400 with every field error at once. */
@RestControllerAdvice(basePackages = "cn.onedoor")
@Order(Ordered.HIGHEST_PRECEDENCE) // before the API's general handler, which would answer any RuntimeException with 500
class IntakeErrorHandler {

  @ExceptionHandler(CaseValidationException.class)
  ResponseEntity<Map<String, Object>> invalidApplication(CaseValidationException e) {
    return ApiErrorBody.of(HttpStatus.BAD_REQUEST, "invalid_application", e.getMessage(), e.errors());
  }
}
