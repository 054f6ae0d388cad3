package cn.onedoor.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;


/**
 * The statutory calendar: counts periods the way the arbitration rules do and checks the
 * limitation period. The one entry point for every legal clock in OneDoor.
 *
 * <ul>
 *   <li>Calendar-day periods: the day of the event is not counted, so the last day is {@code start +
 *       length}; if that day is a rest day (a weekend day that is not an adjusted working day) or a
 *       public holiday, the period ends on the first working day after it (Rules art. 19, which
 *       refers to the Civil Procedure Law on 期间).
 *   <li>Working-day periods: {@code length} working days after the start day, skipping weekends and
 *       public holidays and counting adjusted working days (调休上班日).
 *   <li>Limitation: one year (LDMAL art. 27), see {@link #limitation(LimitationFacts, LocalDate)}.
 * </ul>
 *
 * <p>The holiday schedule is data (one file per year, see {@code docs/calendar.md}). Where counting
 * reaches a year without data, the statutory fixed-date holidays are taken as its rest days where
 * {@link StatutoryHolidays} knows the year (the result says {@code provisional = true}), else weekends
 * only; either way the result says {@code calendarComplete = false}. Thread-safe and immutable; a lookup costs an array access per day.
 */
public final class StatutoryCalendar {

  /** The longest period accepted, in days or working days (ten years). */
  public static final int MAX_LENGTH = 3650;

  /** A limitation period with this many days left or fewer is {@link LimitationStatus#NEAR}. */
  public static final int NEAR_EXPIRY_DAYS = 30;

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingDayTable table;
  private final List<LoadedYear> loadedYears;
  private final Set<Integer> years;
  private final List<Integer> provisionalYears;
  private final Clock clock;
  private final LimitationRule limitationRule = new LimitationRule(this);

  /** Builds the calendar from loaded years; {@code clock} tells which years are current. */
  StatutoryCalendar(List<HolidayYear> holidayYears, Clock clock) {
    Set<Integer> published = holidayYears.stream().map(HolidayYear::year).collect(Collectors.toSet());
    List<HolidayYear> provisional = new ArrayList<>();
    for (int year = StatutoryHolidays.FIRST_YEAR; year <= StatutoryHolidays.LAST_YEAR; year++) {
      if (!published.contains(year)) {
        StatutoryHolidays.provisional(year).ifPresent(provisional::add);
      }
    }
    this.table = WorkingDayTable.of(holidayYears, provisional);
    this.provisionalYears = provisional.stream().map(HolidayYear::year).sorted().toList();
    this.loadedYears = holidayYears.stream()
        .map(y -> new LoadedYear(y.year(), y.source(), y.external()))
        .sorted((a, b) -> Integer.compare(a.year(), b.year()))
        .toList();
    this.years = holidayYears.stream().map(HolidayYear::year).collect(Collectors.toUnmodifiableSet());
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A calendar on the files bundled with the release only, for tests and tools that run without
   * Spring. The application uses the bean, which also reads the administrator's folder.
   */
  public static StatutoryCalendar fromBundledData() {
    List<HolidayYear> years =
        new HolidayCalendarLoader().load(HolidayCalendarLoader.BUNDLED_LOCATION, null);
    return new StatutoryCalendar(years, Clock.system(ChinaTime.ZONE));
  }

  /**
   * The last day of a period of {@code length} units that starts with an event on {@code start}.
   *
   * @throws IllegalArgumentException if {@code length} is not 1..{@value #MAX_LENGTH}
   */
  public PeriodEnd periodEnd(LocalDate start, int length, PeriodUnit unit) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(unit, "unit");
    if (length < 1 || length > MAX_LENGTH) {
      throw new IllegalArgumentException("length must be 1.." + MAX_LENGTH + ", was " + length);
    }
    long day = start.toEpochDay();
    int seen = 0;
    int unknown = 0;
    if (unit == PeriodUnit.WORKING_DAYS) {
      int counted = 0;
      while (counted < length) {
        byte flags = table.flags(++day);
        unknown |= ~flags & WorkingDayTable.KNOWN;
        seen |= flags;
        if ((flags & WorkingDayTable.REST) == 0) {
          counted++;
        }
      }
    } else {
      day += length;
      byte flags = table.flags(day);
      unknown |= ~flags & WorkingDayTable.KNOWN;
      seen |= flags;
      while ((flags & WorkingDayTable.REST) != 0) {
        flags = table.flags(++day);
        unknown |= ~flags & WorkingDayTable.KNOWN;
        seen |= flags;
      }
    }
    return new PeriodEnd(start, length, unit, LocalDate.ofEpochDay(day), unknown == 0,
        (seen & WorkingDayTable.PROVISIONAL) != 0);
  }

  /** The last day of one of the case process's named periods (the rule table) from an event on {@code start}. */
  public PeriodEnd periodEnd(StatutoryPeriod period, LocalDate start) {
    return periodEnd(start, period.length(), period.unit());
  }

  /**
   * The deadline of a period as Camunda wants it for a timer or a task due date: the end of the
   * last day, 23:59:59 Beijing time. Shorthand for {@code periodEnd(...).deadlineDate()}.
   */
  public Date deadline(LocalDate start, int length, PeriodUnit unit) {
    return periodEnd(start, length, unit).deadlineDate();
  }

  /**
   * The first working day on or after {@code day}: the rule for a last day that falls on a rest day
   * or holiday, for periods counted in years. The result has length 0 and the unit CALENDAR_DAYS.
   */
  PeriodEnd lastDayMovedToWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    long epochDay = day.toEpochDay();
    byte flags = table.flags(epochDay);
    boolean complete = (flags & WorkingDayTable.KNOWN) != 0;
    boolean provisional = (flags & WorkingDayTable.PROVISIONAL) != 0;
    while ((flags & WorkingDayTable.REST) != 0) {
      flags = table.flags(++epochDay);
      complete &= (flags & WorkingDayTable.KNOWN) != 0;
      provisional |= (flags & WorkingDayTable.PROVISIONAL) != 0;
    }
    return new PeriodEnd(day, 0, PeriodUnit.CALENDAR_DAYS, LocalDate.ofEpochDay(epochDay), complete, provisional);
  }

  /**
   * Where a claim stands against the one-year limitation period of LDMAL art. 27 on {@code today}.
   * The year runs from the known date (for wages owed during employment: from the end of
   * employment, and not at all while still employed), restarts at each interruption made while it
   * runs, and ends on the same date a year later, moved to the next working day if that is a rest
   * day or holiday.
   */
  public LimitationAssessment limitation(LimitationFacts facts, LocalDate today) {
    return limitationRule.assess(facts, today);
  }

  /** Whether {@code day} is a working day (weekday not a holiday, or an adjusted working day). */
  public boolean isWorkingDay(LocalDate day) {
    return (table.flags(day.toEpochDay()) & WorkingDayTable.REST) == 0;
  }

  /** Whether the holiday schedule of {@code year} is loaded. */
  public boolean hasDataFor(int year) {
    return years.contains(year);
  }

  /** The loaded years, in order, with their sources. */
  public List<LoadedYear> loadedYears() {
    return loadedYears;
  }

  /**
   * The current and next year (Beijing time) if their schedule is missing: supervisors should see
   * these, and an administrator should add the files. Empty when both are loaded.
   */
  public List<Integer> missingYears() {
    int current = LocalDate.now(clock).getYear();
    List<Integer> missing = new ArrayList<>();
    for (int year = current; year <= current + 1; year++) {
      if (!hasDataFor(year)) {
        missing.add(year);
      }
    }
    return List.copyOf(missing);
  }

  /**
   * The years without a published schedule whose rest days are, for now, the statutory fixed-date
   * holidays ({@link StatutoryHolidays}); a year's file, once loaded, takes it off this list.
   */
  public List<Integer> provisionalYears() {
    return provisionalYears;
  }

  /** Whether {@code year} is counted on the provisional statutory holidays. */
  public boolean isProvisional(int year) {
    return provisionalYears.contains(year);
  }

  /**
   * The year whose schedule an administrator should load now: from 1 November (Beijing time), when
   * the State Council General Office usually publishes the next year's notice, the next year if it
   * has no file. Empty before November or once the file is loaded.
   */
  public java.util.Optional<Integer> scheduleDueYear() {
    LocalDate today = LocalDate.now(clock);
    int next = today.getYear() + 1;
    return today.getMonthValue() >= 11 && !hasDataFor(next) ? java.util.Optional.of(next) : java.util.Optional.empty();
  }

  /** The end of {@code day}, 23:59:59 Beijing time. */
  public static OffsetDateTime endOfDay(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(ChinaTime.ZONE).toOffsetDateTime();
  }
}
