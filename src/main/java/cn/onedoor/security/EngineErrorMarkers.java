package cn.onedoor.security;

/**
 * Markers an engine-side guard puts in front of its message so that the engine REST API answers with
 * the right status and only that message: Camunda answers every exception of, for example,
 * {@code POST /process-definition/{id}/start} with 500. {@link EngineErrorBodyFilter} turns
 * {@code "… [OD-400] 以下字段不允许提交：x"} into status 400 with message {@code "以下字段不允许提交：x"}
 * (whatever Camunda put before the marker is left out), {@code [OD-403]} likewise into 403.
 */
public final class EngineErrorMarkers {

  /** The request was wrong: 400 with the text after the marker. */
  public static final String BAD_REQUEST = "[OD-400]";
  /** The caller may not do this: 403 with the text after the marker. */
  public static final String FORBIDDEN = "[OD-403]";

  private EngineErrorMarkers() {}

  /** {@code message} marked as a bad request, e.g. {@code badRequest("字段过长")} → {@code "[OD-400] 字段过长"}. */
  public static String badRequest(String message) {
    return BAD_REQUEST + " " + message;
  }

  /** {@code message} marked as forbidden. */
  public static String forbidden(String message) {
    return FORBIDDEN + " " + message;
  }
}
