package cn.onedoor.security;

/**
 * Markers in an engine exception's message that decide the HTTP status of the engine REST answer
 * (Camunda answers 500 for every exception of some doors, e.g. starting a process).
 */
public final class EngineErrorMarkers {

  public static final String BAD_REQUEST = "[OD-400]";
  public static final String FORBIDDEN = "[OD-403]";

  private EngineErrorMarkers() {}
}
