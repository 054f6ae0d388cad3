package cn.onedoor.calendar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the holiday files: those bundled with the release, then those in the administrator's
 * folder. An external file for a year replaces the bundled file for that year as a whole.
 */
final class HolidayCalendarLoader {

  /** Where the release keeps its files, {@code src/main/resources/calendar/}. */
  static final String BUNDLED_LOCATION = "classpath:calendar/";

  private static final Logger log = LoggerFactory.getLogger(HolidayCalendarLoader.class);
  private static final String FILE_PATTERN = "cn-*.json";

  private final ResourcePatternResolver resolver;
  private final HolidayFileReader reader = new HolidayFileReader();

  HolidayCalendarLoader() {
    this(new PathMatchingResourcePatternResolver());
  }

  HolidayCalendarLoader(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Reads every {@code cn-YYYY.json} at both locations.
   *
   * @param bundledLocation folder of the bundled files, e.g. {@value #BUNDLED_LOCATION}
   * @param externalLocation folder of the administrator's files, e.g. {@code file:./config/calendar/};
   *     it may be missing or empty
   * @return one entry per year, sorted by year
   * @throws CalendarDataException if any file is unusable
   */
  List<HolidayYear> load(String bundledLocation, String externalLocation) {
    Map<Integer, HolidayYear> byYear = new TreeMap<>();
    for (Resource resource : find(bundledLocation)) {
      HolidayYear year = reader.read(resource, false);
      byYear.put(year.year(), year);
    }
    if (externalLocation != null && !externalLocation.isBlank()) {
      for (Resource resource : find(externalLocation)) {
        HolidayYear year = reader.read(resource, true);
        HolidayYear replaced = byYear.put(year.year(), year);
        if (replaced != null) {
          log.info("Holiday calendar {}: {} overrides the bundled {}",
              year.year(), year.location(), replaced.location());
        }
      }
    }
    byYear.values().forEach(year -> log.info("Holiday calendar {} loaded from {} ({}{})",
        year.year(), year.location(), year.external() ? "external, " : "", year.source()));
    return List.copyOf(byYear.values());
  }

  private List<Resource> find(String folder) {
    String pattern = (folder.endsWith("/") ? folder : folder + "/") + FILE_PATTERN;
    try {
      List<Resource> found = new ArrayList<>();
      for (Resource resource : resolver.getResources(pattern)) {
        if (resource.exists() && resource.isReadable()) {
          found.add(resource);
        }
      }
      return found;
    } catch (IOException e) {
      throw new CalendarDataException("Holiday calendar files at " + pattern + " cannot be listed", e);
    }
  }
}
