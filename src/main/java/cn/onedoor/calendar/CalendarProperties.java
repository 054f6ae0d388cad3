package cn.onedoor.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statutory calendar.
 *
 * @param externalLocation folder of the administrator's holiday files {@code cn-YYYY.json}; a file
 *     there replaces the bundled file of the same year. Read at start-up.
 */
@ConfigurationProperties("onedoor.calendar")
record CalendarProperties(@DefaultValue("file:./config/calendar/") String externalLocation) {}
