package cn.onedoor.integrity;

import cn.onedoor.security.EngineErrorMarkers;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A start or completion refused by the engine guard: one Chinese message per field, the field
 * names in English. Engine REST answers it with 400 through its marker (Tasklist shows the message
 * over the form). A user's mistake, not the engine's: Camunda logs a {@link BadUserRequestException}
 * at DEBUG, where a form validation exception would be an ERROR with a stack trace each time; the
 * guard logs each refusal once at INFO with the field names.
 */
public class FieldsRefusedException extends BadUserRequestException {

  private final transient List<FormContract.Violation> violations;

  FieldsRefusedException(List<FormContract.Violation> violations) {
    super(EngineErrorMarkers.BAD_REQUEST + "提交的内容未通过校验："
        + violations.stream().map(FormContract.Violation::message).collect(Collectors.joining("；"))
        + "（字段 fields: " + violations.stream().map(FormContract.Violation::field).distinct().collect(Collectors.joining(", ")) + "）");
    this.violations = List.copyOf(violations);
  }

  public List<String> fields() {
    return violations.stream().map(FormContract.Violation::field).distinct().toList();
  }
}
