package cn.onedoor.process;

import static cn.onedoor.process.CaseVariables.NOTICE_ID;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** NoticeDelivery's one variable: the notice row it delivers. */
public final class NoticeDeliveryVariables extends ProcessVariables {

  private NoticeDeliveryVariables(VariableScope scope) {
    super(scope);
  }

  public static NoticeDeliveryVariables of(VariableScope scope) {
    return new NoticeDeliveryVariables(scope);
  }

  /** The variables NoticeDelivery starts with. */
  public static Map<String, Object> start(long noticeId) {
    return Map.of(NOTICE_ID, noticeId);
  }

  public long noticeId() {
    long id = number(NOTICE_ID, -1);
    if (id < 0) {
      throw new IllegalStateException("Process variable '" + NOTICE_ID + "' is missing");
    }
    return id;
  }
}
