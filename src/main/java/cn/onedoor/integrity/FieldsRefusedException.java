package cn.onedoor.integrity;

import cn.onedoor.security.EngineErrorMarkers;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A start or completion refused by the engine guard: one Chinese message per field, the field
 * names in English. Engine REST answers it with 400 (Tasklist shows the message at the form).
 */
public class FieldsRefusedException extends FormFieldValidationException {

  private final transient List<FormContract.Violation> violations;

  FieldsRefusedException(List<FormContract.Violation> violations) {
    super(List.copyOf(violations), EngineErrorMarkers.BAD_REQUEST + "提交的内容未通过校验："
        + violations.stream().map(FormContract.Violation::message).collect(Collectors.joining("；"))
        + "（字段 fields: " + violations.stream().map(FormContract.Violation::field).distinct().collect(Collectors.joining(", ")) + "）");
    this.violations = List.copyOf(violations);
  }

  public List<String> fields() {
    return violations.stream().map(FormContract.Violation::field).distinct().toList();
  }
}
