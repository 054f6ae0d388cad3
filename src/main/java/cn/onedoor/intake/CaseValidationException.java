package cn.onedoor.intake;

import cn.onedoor.api.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** An application that cannot be registered; its message lists what to fix, in Chinese. */
public class CaseValidationException extends RuntimeException {

  private final transient List<FieldError> errors;

  public CaseValidationException(List<FieldError> errors) {
    super("登记信息有误，请更正后再提交：" + errors.stream().map(FieldError::message).collect(Collectors.joining("；")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
