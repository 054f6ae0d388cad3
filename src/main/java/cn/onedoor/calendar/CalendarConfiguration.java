package cn.onedoor.calendar;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/** Loads the holiday files at start-up and publishes the {@link StatutoryCalendar} bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

  @Bean
  StatutoryCalendar statutoryCalendar(
      CalendarProperties properties, ResourceLoader resourceLoader, ObjectProvider<Clock> clock) {
    HolidayCalendarLoader loader =
        new HolidayCalendarLoader(ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
    List<HolidayYear> years =
        loader.load(HolidayCalendarLoader.BUNDLED_LOCATION, properties.externalLocation());
    StatutoryCalendar calendar =
        new StatutoryCalendar(years, clock.getIfAvailable(() -> Clock.system(ChinaTime.ZONE)));
    List<Integer> missing = calendar.missingYears();
    if (!missing.isEmpty()) {
      log.warn("No holiday schedule for year(s) {}: periods reaching into them count the statutory fixed-date"
              + " holidays where known (provisional: {}), else weekends only, and are marked calendarComplete=false."
              + " Put cn-YYYY.json into {} and restart.",
          missing, calendar.provisionalYears(), properties.externalLocation());
    }
    calendar.scheduleDueYear().ifPresent(year -> log.warn(
        "The holiday schedule for {} is due (the State Council General Office publishes it in November):"
            + " put cn-{}.json into {} and restart.", year, year, properties.externalLocation()));
    return calendar;
  }
}
