package cn.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period counting on the real 2025 and 2026 State Council schedules bundled with the release. */
class StatutoryCalendarTests {

  private static final StatutoryCalendar calendar = StatutoryCalendar.fromBundledData();

  @ParameterizedTest(name = "{0} + {1} calendar days ends {2} ({3})")
  @CsvSource(textBlock = """
      # start,    days, end,        why
      2025-06-10, 15,   2025-06-25, plain Wednesday stays
      2025-01-20, 10,   2025-02-05, inside Spring Festival 2025 (Jan 28-Feb 4) moves to Wed Feb 5
      2026-02-01, 15,   2026-02-24, inside Spring Festival 2026 (Feb 15-23) moves to Tue Feb 24
      2025-09-16, 15,   2025-10-09, inside National Day 2025 (Oct 1-8) moves to Thu Oct 9
      2026-09-20, 15,   2026-10-08, inside National Day 2026 (Oct 1-7) moves to Thu Oct 8
      2025-03-07, 15,   2025-03-24, plain Saturday moves to Monday
      2026-03-13, 15,   2026-03-30, plain Saturday moves to Monday
      2025-01-11, 15,   2025-01-26, adjusted working Sunday stays
      2026-02-13, 15,   2026-02-28, adjusted working Saturday stays
      2026-09-25, 15,   2026-10-10, adjusted working Saturday after National Day stays
      2026-03-20, 15,   2026-04-07, Qingming Saturday-to-Monday moves to Tuesday
      2025-05-16, 15,   2025-06-03, Dragon Boat holiday moves to Tuesday
      2025-12-17, 15,   2026-01-04, New Year 2026 moves to the adjusted working Sunday Jan 4
      2025-12-15, 30,   2026-01-14, 30 days across the new year
      2026-10-03, 5,    2026-10-08, start inside a holiday is not counted either
      2026-12-16, 15,   2026-12-31, last day of the last loaded year
      """)
  void movesCalendarDayPeriodEndingOnRestDayToNextWorkingDay(
      LocalDate start, int days, LocalDate end, String why) {
    PeriodEnd period = calendar.periodEnd(start, days, PeriodUnit.CALENDAR_DAYS);

    assertThat(period.end()).as(why).isEqualTo(end);
    assertThat(period.calendarComplete()).isTrue();
  }

  @ParameterizedTest(name = "{0} + {1} working days ends {2} ({3})")
  @CsvSource(textBlock = """
      # start,    days, end,        why
      2025-03-07, 3,    2025-03-12, plain week skips the weekend
      2026-09-30, 3,    2026-10-10, National Day skipped and adjusted Saturday Oct 10 counted
      2026-02-12, 3,    2026-02-24, adjusted Saturday Feb 14 counted then Spring Festival skipped
      2025-01-24, 3,    2025-02-05, adjusted Sunday Jan 26 counted then Spring Festival skipped
      2025-09-26, 3,    2025-09-30, adjusted Sunday Sep 28 counted
      2025-04-25, 1,    2025-04-27, adjusted Sunday Apr 27 is the first working day
      2026-05-08, 1,    2026-05-09, adjusted Saturday May 9 is the first working day
      2025-12-30, 3,    2026-01-05, New Year skipped and adjusted Sunday Jan 4 counted
      """)
  void countsWorkingDaysSkippingHolidaysAndCountingAdjustedWeekendDays(
      LocalDate start, int days, LocalDate end, String why) {
    PeriodEnd period = calendar.periodEnd(start, days, PeriodUnit.WORKING_DAYS);

    assertThat(period.end()).as(why).isEqualTo(end);
    assertThat(period.calendarComplete()).isTrue();
  }

  // 2027 has no State Council schedule yet: its rest days are the statutory fixed-date holidays (provisional).
  // 2026-12-29 + 5 working days was 5 January while 1 January counted as a working day; it is 6 January now.
  @ParameterizedTest(name = "{0} + {1} {2} reaches 2027")
  @CsvSource(textBlock = """
      2026-12-20, 15, CALENDAR_DAYS, 2027-01-04
      2026-12-29, 5,  WORKING_DAYS,  2027-01-06
      2026-06-01, 365, CALENDAR_DAYS, 2027-06-01
      """)
  void flagsPeriodReachingIntoYearWithoutDataAsIncompleteAndProvisional(
      LocalDate start, int length, PeriodUnit unit, LocalDate provisionalEnd) {
    PeriodEnd period = calendar.periodEnd(start, length, unit);

    assertThat(period.calendarComplete()).isFalse();
    assertThat(period.provisional()).isTrue();
    assertThat(period.end()).isEqualTo(provisionalEnd);
  }

  /** 全国年节及纪念日放假办法 art. 2 (2024): the festivals known before the 2027 notice is published. */
  @ParameterizedTest(name = "2027 without a schedule: {0} + {1} days ends {2} ({3})")
  @CsvSource(textBlock = """
      # start,    days, end,        why
      2026-12-31, 1,    2027-01-04, New Year's Day 1 January (Friday) is a rest day, then the weekend
      2027-09-16, 15,   2027-10-04, 1 October lies in National Day 1-3 October: rolls past 3 October to Monday 4
      2027-09-15, 15,   2027-09-30, Thursday 30 September is a working day
      2027-01-21, 15,   2027-02-09, Spring Festival 2027: eve 5 February to 8 February (Monday); Tuesday 9
      2027-04-04, 1,    2027-04-06, Qingming 5 April (Monday)
      2028-04-16, 15,   2028-05-03, Labour Day 2028 1-2 May (Monday, Tuesday): Wednesday 3 May
      2027-05-25, 15,   2027-06-10, Dragon Boat 9 June (Wednesday)
      2027-08-31, 15,   2027-09-16, Mid-Autumn 15 September (Wednesday)
      """)
  void countsTheStatutoryHolidaysOfAYearWithoutSchedule(LocalDate start, int days, LocalDate end, String why) {
    PeriodEnd period = calendar.periodEnd(start, days, PeriodUnit.CALENDAR_DAYS);

    assertThat(period.end()).as(why).isEqualTo(end);
    assertThat(period.provisional()).isTrue();
    assertThat(period.calendarComplete()).isFalse();
  }

  @Test
  void listsTheProvisionalYearsItKnowsAndCountsWeekendsOnlyBeyondThem() {
    assertThat(calendar.provisionalYears()).containsExactly(2027, 2028, 2029, 2030, 2031, 2032);
    // 2033 is not in the table (the 2033 leap-month question): 1 October 2033, a Saturday, rolls over the weekend only
    PeriodEnd beyond = calendar.periodEnd(LocalDate.of(2033, 9, 30), 1, PeriodUnit.CALENDAR_DAYS);
    assertThat(beyond.end()).isEqualTo(LocalDate.of(2033, 10, 3));
    assertThat(beyond.provisional()).isFalse();
    assertThat(beyond.calendarComplete()).isFalse();
  }

  @ParameterizedTest(name = "reminder at {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2026-10-31T15:59:59Z | ''",    // 31 October 23:59:59 in Beijing
      "2026-10-31T16:00:00Z | 2027",  // 1 November 00:00 in Beijing
      "2026-12-31T12:00:00Z | 2027",
      "2027-03-01T00:00:00Z | ''"     // next year is 2028: not due before November
  })
  void remindsFromFirstNovemberThatNextYearsScheduleIsDue(Instant now, String due) {
    StatutoryCalendar atNow = new StatutoryCalendar(
        new HolidayCalendarLoader().load(HolidayCalendarLoader.BUNDLED_LOCATION, null), Clock.fixed(now, ChinaTime.ZONE));

    assertThat(atNow.scheduleDueYear().map(String::valueOf).orElse("")).isEqualTo(due);
  }

  @Test
  void givesDeadlineAtEndOfLastDayBeijingTime() {
    PeriodEnd period = calendar.periodEnd(LocalDate.of(2026, 9, 30), 3, PeriodUnit.WORKING_DAYS);

    assertThat(period.deadline())
        .isEqualTo(OffsetDateTime.of(2026, 10, 10, 23, 59, 59, 0, ZoneOffset.ofHours(8)));
    assertThat(period.deadlineDate().toInstant())
        .isEqualTo(Instant.parse("2026-10-10T15:59:59Z"));
    assertThat(calendar.deadline(LocalDate.of(2026, 9, 30), 3, PeriodUnit.WORKING_DAYS))
        .isEqualTo(period.deadlineDate());
  }

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
      "2026-10-10, true",  // adjusted working Saturday
      "2025-01-26, true",  // adjusted working Sunday
      "2026-10-01, false", // National Day
      "2026-02-23, false", // Spring Festival, a Monday
      "2025-03-22, false", // plain Saturday
      "2025-03-24, true",  // plain Monday
      "2027-01-01, false", // no schedule for 2027 yet: New Year's Day is a statutory holiday (provisional)
      "2027-01-04, true"   // a Monday: no 补假 is guessed
  })
  void tellsWorkingDays(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void rejectsLengthOutsideOneToTenYears() {
    LocalDate start = LocalDate.of(2026, 1, 5);

    assertThatThrownBy(() -> calendar.periodEnd(start, 0, PeriodUnit.CALENDAR_DAYS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.periodEnd(start, 3651, PeriodUnit.WORKING_DAYS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(calendar.periodEnd(start, 3650, PeriodUnit.WORKING_DAYS).calendarComplete())
        .isFalse();
  }

  @Test
  void listsBundledYearsWithTheirNotices() {
    assertThat(calendar.loadedYears())
        .extracting(LoadedYear::year, LoadedYear::external)
        .containsExactly(tuple(2025, false), tuple(2026, false));
    assertThat(calendar.loadedYears().get(0).source()).contains("国办发明电〔2024〕12号");
    assertThat(calendar.loadedYears().get(1).source()).contains("国办发明电〔2025〕7号");
  }

  @ParameterizedTest(name = "at {0} the missing years are {1}")
  @CsvSource(delimiter = '|', value = {
      "2025-06-01T00:00:00Z | ''",
      "2026-12-31T15:59:59Z | 2027",
      "2026-12-31T16:00:00Z | 2027,2028" // already 1 January 2027 in Beijing
  })
  void reportsCurrentAndNextYearWithoutData(Instant now, String missing) {
    List<HolidayYear> years = new HolidayCalendarLoader()
        .load(HolidayCalendarLoader.BUNDLED_LOCATION, null);
    StatutoryCalendar atNow =
        new StatutoryCalendar(years, Clock.fixed(now, ChinaTime.ZONE));

    List<Integer> expected = missing.isEmpty()
        ? List.of()
        : Arrays.stream(missing.split(",")).map(Integer::valueOf).toList();
    assertThat(atNow.missingYears()).isEqualTo(expected);
  }
}
