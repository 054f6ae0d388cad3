package cn.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundled files plus the administrator's folder, which wins year by year. */
class HolidayCalendarLoaderTests {

  private final HolidayCalendarLoader loader = new HolidayCalendarLoader();

  @TempDir
  Path folder;

  @Test
  void loadsBundledYearsWhenExternalFolderDoesNotExist() {
    List<HolidayYear> years =
        loader.load(HolidayCalendarLoader.BUNDLED_LOCATION, location(folder.resolve("missing")));

    assertThat(years).extracting(HolidayYear::year).containsExactly(2025, 2026);
    assertThat(years).noneMatch(HolidayYear::external);
    assertThat(years.get(0).holidays()).hasSize(28);
    assertThat(years.get(1).holidays()).hasSize(33);
  }

  @Test
  void externalFileOverridesBundledFileOfSameYear() throws IOException {
    // A hypothetical correction: 2 March 2026 declared an extra rest day, no adjusted working days.
    Files.writeString(folder.resolve("cn-2026.json"), """
        {
          "year": 2026,
          "source": "测试用更正通知",
          "holidays": [ { "name": "临时休假", "from": "2026-03-02", "to": "2026-03-02" } ]
        }
        """);

    StatutoryCalendar calendar = calendarFrom(folder);

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue(); // bundled file unused
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse(); // 2025 still bundled
    assertThat(calendar.loadedYears())
        .filteredOn(year -> year.year() == 2026)
        .singleElement()
        .satisfies(year -> {
          assertThat(year.external()).isTrue();
          assertThat(year.source()).isEqualTo("测试用更正通知");
        });
  }

  @Test
  void externalFileAddsYearWithoutRelease() throws IOException {
    Files.writeString(folder.resolve("cn-2027.json"), """
        {
          "year": 2027,
          "source": "测试用 2027 年通知",
          "holidays": [ { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" } ],
          "adjustedWorkingDays": [ ]
        }
        """);

    StatutoryCalendar calendar = calendarFrom(folder);
    PeriodEnd period = calendar.periodEnd(LocalDate.of(2026, 12, 20), 12, PeriodUnit.CALENDAR_DAYS);

    assertThat(calendar.hasDataFor(2027)).isTrue();
    assertThat(period.end()).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(period.calendarComplete()).isTrue();
  }

  /** The published schedule replaces the provisional statutory holidays of its year as a whole. */
  @Test
  void loadingAYearsFileReplacesItsProvisionalHolidays() throws IOException {
    StatutoryCalendar before = calendarFrom(folder);
    assertThat(before.provisionalYears()).contains(2027);
    assertThat(before.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();      // 国庆节, provisional
    assertThat(before.isWorkingDay(LocalDate.of(2027, 9, 26))).isFalse();      // a Sunday

    Files.writeString(folder.resolve("cn-2027.json"), """
        {
          "year": 2027,
          "source": "测试用 2027 年通知",
          "holidays": [ { "name": "国庆节", "from": "2027-10-02", "to": "2027-10-08" } ],
          "adjustedWorkingDays": [ { "name": "国庆节调休上班", "date": "2027-09-26" } ]
        }
        """);
    StatutoryCalendar after = calendarFrom(folder);

    assertThat(after.provisionalYears()).doesNotContain(2027).contains(2028);
    assertThat(after.isWorkingDay(LocalDate.of(2027, 10, 1))).isTrue();        // the (test) notice starts on 2 October
    assertThat(after.isWorkingDay(LocalDate.of(2027, 9, 26))).isTrue();        // its adjusted working Sunday
    assertThat(after.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();         // not in the (test) notice: no provisional day survives
    PeriodEnd period = after.periodEnd(LocalDate.of(2027, 9, 16), 15, PeriodUnit.CALENDAR_DAYS);
    assertThat(period.end()).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(period.provisional()).isFalse();
    assertThat(period.calendarComplete()).isTrue();
  }

  @Test
  void badExternalFileStopsLoadingWithFileAndDate() throws IOException {
    Files.writeString(folder.resolve("cn-2027.json"), """
        {
          "year": 2027,
          "source": "测试用 2027 年通知",
          "holidays": [ { "name": "春节", "from": "2027-02-05", "to": "2027-02-11" } ],
          "adjustedWorkingDays": [ { "name": "春节调休上班", "date": "2027-02-06" } ]
        }
        """);

    assertThatThrownBy(() -> calendarFrom(folder))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("cn-2027.json")
        .hasMessageContaining("2027-02-06 is both a holiday (春节) and an adjusted working day");
  }

  @Test
  void fileNamedOtherThanCnYearIsAnError() throws IOException {
    Files.writeString(folder.resolve("cn-2027-draft.json"), "{}");

    assertThatThrownBy(() -> calendarFrom(folder))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("cn-2027-draft.json")
        .hasMessageContaining("the file name must be cn-YYYY.json");
  }

  private StatutoryCalendar calendarFrom(Path external) {
    return new StatutoryCalendar(
        loader.load(HolidayCalendarLoader.BUNDLED_LOCATION, location(external)),
        Clock.system(ChinaTime.ZONE));
  }

  private static String location(Path path) {
    return path.toUri().toString(); // file:/tmp/.../ , as an administrator would configure it
  }
}
