package cn.onedoor.calendar;

import java.time.ZoneId;

/** The one place that names the centre's time zone. Every date conversion uses {@link #ZONE}. */
public final class ChinaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaTime() {}
}
