package cn.onedoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Our API's error handler on its own: an unexpected fault is a 500 with a generic Chinese message,
 * the engine guard's markers keep their status and text. Through the application: {@link ApiErrorResponsesTests}.
 */
class ApiErrorHandlerTests {

  @Test
  void anUnexpectedFaultIsA500WithAGenericChineseMessageAndNoInternals() {
    ResponseEntity<Map<String, Object>> answer = new ApiErrorHandler()
        .unexpected(new IllegalStateException("### Error updating database. Cause: org.h2.jdbc.JdbcSQLDataException: insert into x"));
    assertThat(answer.getStatusCode().value()).isEqualTo(500);
    assertThat(answer.getBody()).containsEntry("error", "internal_error").containsEntry("message", "系统内部错误，请稍后重试或联系管理员。");
    assertThat(answer.getBody().toString()).doesNotContain("org.").doesNotContain("###").doesNotContain("SQL");
  }

  @Test
  void theEngineGuardsMarkersGiveTheirStatusAndTextThroughOurApiToo() {
    ResponseEntity<Map<String, Object>> refused = new ApiErrorHandler().unexpected(new org.camunda.bpm.engine.ProcessEngineException(
        "Cannot instantiate process definition LaborDisputeCase:1:x: " + cn.onedoor.security.EngineErrorMarkers.badRequest("以下字段不允许提交：caseNumber")));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).containsEntry("message", "以下字段不允许提交：caseNumber");
    ResponseEntity<Map<String, Object>> forbidden = new ApiErrorHandler().unexpected(new IllegalStateException("wrapped",
        new IllegalStateException(cn.onedoor.security.EngineErrorMarkers.forbidden("仅管理员可执行作业"))));
    assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
    assertThat(forbidden.getBody()).containsEntry("message", "仅管理员可执行作业");
  }
}
