package cn.onedoor.external;

import java.util.List;

/**
 * The other side answered 4xx and said what we sent is invalid (its code {@code invalid_file}).
 * Retrying would only be refused again: the delegate turns this into the BPMN error
 * {@code CaseFileRejected}, which routes the case to a correction task.
 */
public class CaseFileRejectedException extends RuntimeException {

  private final List<String> reasons;

  public CaseFileRejectedException(ExternalSystem system, List<String> reasons) {
    super(system.label() + "退回材料：" + String.join("；", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
