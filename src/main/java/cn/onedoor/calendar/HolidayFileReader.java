package cn.onedoor.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.core.io.Resource;

/**
 * Reads and validates one holiday file {@code cn-YYYY.json}. See {@code docs/calendar.md} for the
 * format. Every problem is reported as a {@link CalendarDataException} naming the file and date.
 */
final class HolidayFileReader {

  /** A single holiday block longer than this is almost certainly a typo in a date. */
  static final int MAX_HOLIDAY_BLOCK_DAYS = 15;

  private static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.json");

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** The year a file name stands for, e.g. 2026 for {@code cn-2026.json}. */
  static int yearOfFileName(String fileName, String location) {
    Matcher matcher = FILE_NAME.matcher(fileName == null ? "" : fileName);
    if (!matcher.matches()) {
      throw new CalendarDataException(
          "Holiday calendar file " + location + ": the file name must be cn-YYYY.json");
    }
    return Integer.parseInt(matcher.group(1));
  }

  HolidayYear read(Resource resource, boolean external) {
    String location = resource.getDescription();
    int year = yearOfFileName(resource.getFilename(), location);
    try (InputStream in = resource.getInputStream()) {
      return read(in, year, location, external);
    } catch (IOException e) {
      throw new CalendarDataException("Holiday calendar file " + location + " cannot be read", e);
    }
  }

  HolidayYear read(InputStream in, int expectedYear, String location, boolean external)
      throws IOException {
    YearFile file;
    try {
      file = mapper.readValue(in, YearFile.class);
    } catch (JsonProcessingException e) {
      throw new CalendarDataException(
          "Holiday calendar file " + location + " is not valid: " + e.getOriginalMessage()
              + locationOf(e),
          e);
    }
    return new Validation(location, expectedYear).validate(file, external);
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  /** Checks one parsed file and turns it into a {@link HolidayYear}. */
  private static final class Validation {

    private final String location;
    private final int year;

    Validation(String location, int year) {
      this.location = location;
      this.year = year;
    }

    HolidayYear validate(YearFile file, boolean external) {
      if (file == null) {
        throw fail("the file is empty");
      }
      if (file.year() == null || file.year() != year) {
        throw fail("\"year\" must be " + year + " to match the file name, found " + file.year());
      }
      if (isBlank(file.source())) {
        throw fail("\"source\" must name the State Council notice the dates come from");
      }
      if (file.holidays() == null || file.holidays().isEmpty()) {
        throw fail("\"holidays\" must list the year's public holidays");
      }
      SortedMap<LocalDate, String> holidays = new TreeMap<>();
      for (int i = 0; i < file.holidays().size(); i++) {
        addHoliday(holidays, file.holidays().get(i), "holidays[" + i + "]");
      }
      SortedMap<LocalDate, String> workingDays = new TreeMap<>();
      List<WorkingDayEntry> entries =
          file.adjustedWorkingDays() == null ? List.of() : file.adjustedWorkingDays();
      for (int i = 0; i < entries.size(); i++) {
        addWorkingDay(workingDays, holidays, entries.get(i), "adjustedWorkingDays[" + i + "]");
      }
      return new HolidayYear(year, file.source().strip(), location, external, holidays, workingDays);
    }

    private void addHoliday(SortedMap<LocalDate, String> holidays, HolidayEntry entry, String path) {
      if (entry == null || isBlank(entry.name())) {
        throw fail(path + " needs a \"name\", e.g. \"春节\"");
      }
      LocalDate from = date(entry.from(), path + ".from");
      LocalDate to = date(entry.to(), path + ".to");
      if (to.isBefore(from)) {
        throw fail(path + " (" + entry.name() + ") ends on " + to + " before it starts on " + from);
      }
      if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_HOLIDAY_BLOCK_DAYS) {
        throw fail(path + " (" + entry.name() + ") from " + from + " to " + to + " is longer than "
            + MAX_HOLIDAY_BLOCK_DAYS + " days; check the dates");
      }
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        String previous = holidays.putIfAbsent(day, entry.name().strip());
        if (previous != null) {
          throw fail(day + " is listed twice as a holiday (" + previous + ", " + entry.name() + ")");
        }
      }
    }

    private void addWorkingDay(
        SortedMap<LocalDate, String> workingDays,
        SortedMap<LocalDate, String> holidays,
        WorkingDayEntry entry,
        String path) {
      if (entry == null) {
        throw fail(path + " is empty");
      }
      LocalDate day = date(entry.date(), path + ".date");
      if (holidays.containsKey(day)) {
        throw fail(day + " is both a holiday (" + holidays.get(day) + ") and an adjusted working day");
      }
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        throw fail(day + " is an adjusted working day but falls on a " + day.getDayOfWeek()
            + "; only a Saturday or Sunday can be one");
      }
      String name = isBlank(entry.name()) ? "调休上班" : entry.name().strip();
      if (workingDays.putIfAbsent(day, name) != null) {
        throw fail(day + " is listed twice as an adjusted working day");
      }
    }

    private LocalDate date(String text, String path) {
      if (isBlank(text)) {
        throw fail(path + " is missing; expected a date YYYY-MM-DD");
      }
      LocalDate day;
      try {
        day = LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw fail(path + " \"" + text + "\" is not a valid date YYYY-MM-DD");
      }
      if (day.getYear() != year) {
        throw fail(path + " " + day + " is outside the year " + year
            + "; put it in the file of its own year");
      }
      return day;
    }

    private CalendarDataException fail(String problem) {
      return new CalendarDataException("Holiday calendar file " + location + ": " + problem);
    }

    private static boolean isBlank(String text) {
      return text == null || text.isBlank();
    }
  }

  /** The JSON form of one file. */
  record YearFile(
      Integer year,
      String source,
      String notes,
      List<HolidayEntry> holidays,
      List<WorkingDayEntry> adjustedWorkingDays) {}

  /** One holiday block, both ends included. */
  record HolidayEntry(String name, String from, String to) {}

  /** One adjusted working day (调休上班日). */
  record WorkingDayEntry(String name, String date) {}
}
