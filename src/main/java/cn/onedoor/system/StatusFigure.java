package cn.onedoor.system;

/**
 * A figure a feature module reports on {@code GET /api/system/status} under {@code figures}, by its
 * name: e.g. referral's {@code inboundMessagesBuffered} (callbacks kept until their case waits for them).
 */
public interface StatusFigure {

  String name();

  long value();
}
