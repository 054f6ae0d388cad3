package cn.onedoor.mediation;

import cn.onedoor.security.EngineErrorMarkers;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A session that cannot be booked: its room or its mediator is taken at that time (found by the
 * database's own constraint when two bookings race), or the time does not fit the calendar's grain.
 * Marked as a bad request, so {@code /engine-rest} and Tasklist answer 400 with the Chinese message;
 * {@link #field()} is the form field it concerns.
 */
public class SessionClashException extends BadUserRequestException {

  private final String field;

  SessionClashException(String field, String message) {
    super(EngineErrorMarkers.BAD_REQUEST + "提交的内容未通过校验：" + message + "（字段 fields: " + field + "）");
    this.field = field;
  }

  public String field() {
    return field;
  }
}
