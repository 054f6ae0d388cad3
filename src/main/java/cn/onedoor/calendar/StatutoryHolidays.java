package cn.onedoor.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The statutory holidays known before the State Council publishes a year's schedule: the festivals
 * of 全国年节及纪念日放假办法 art. 2 (as amended by State Council Decree No. 795 of 10 November 2024, in
 * force 1 January 2025), on which all citizens rest:
 *
 * <ul>
 *   <li>元旦 New Year's Day: 1 January (1 day);
 *   <li>春节 Spring Festival: the eve (除夕) and the 1st to 3rd day of the first lunar month (4 days);
 *   <li>清明节 Qingming: the day of the Qingming solar term (1 day);
 *   <li>劳动节 Labour Day: 1 and 2 May (2 days);
 *   <li>端午节 Dragon Boat Festival: the 5th day of the 5th lunar month (1 day);
 *   <li>中秋节 Mid-Autumn Festival: the 15th day of the 8th lunar month (1 day);
 *   <li>国庆节 National Day: 1 to 3 October (3 days).
 * </ul>
 *
 * <p>These are <b>provisional</b>: the annual notice adds the compensatory days off where a festival
 * falls on a weekend (art. 6 补假) and moves rest days around with adjusted working days (调休); neither
 * is known in advance, so neither is guessed here. A deadline counted on these days is marked
 * provisional and must be checked again once the year's file is loaded, which replaces them as a whole.
 *
 * <p>The lunar and solar-term dates below are for the years 2027–2032 only. Source: the Chinese
 * calendar as computed by two independent implementations that agree on every date here
 * ({@code lunar-javascript} 1.7.7, after 寿星天文历, and {@code date-chinese} 2.1.4, on the
 * {@code astronomia} VSOP87 ephemeris), Qingming also checked as the moment the Sun's apparent
 * longitude reaches 15° (Beijing time, VSOP87); both also reproduce the 2025 and 2026 festivals of the
 * published schedules bundled in {@code calendar/}. 2033 and later are left out on purpose: the two
 * implementations disagree on 2033 (the 2033 leap-month question: Mid-Autumn on 8 September or
 * 7 October), and a date not stated with confidence is worse than none (those years count weekends
 * only, as before).
 */
final class StatutoryHolidays {

  static final int FIRST_YEAR = 2027;
  static final int LAST_YEAR = 2032;

  static final String SOURCE = "《全国年节及纪念日放假办法》第二条（2024年11月10日国务院令第795号修订）规定的法定节日"
      + "（暂定：未含补假和调休，以国务院办公厅公布的当年节假日安排为准）";

  /** Per year: Spring Festival (正月初一), Qingming, Dragon Boat (五月初五), Mid-Autumn (八月十五). */
  private static final Map<Integer, LocalDate[]> LUNAR_AND_SOLAR_TERM_DATES = Map.of(
      2027, dates("2027-02-06", "2027-04-05", "2027-06-09", "2027-09-15"),
      2028, dates("2028-01-26", "2028-04-04", "2028-05-28", "2028-10-03"),
      2029, dates("2029-02-13", "2029-04-04", "2029-06-16", "2029-09-22"),
      2030, dates("2030-02-03", "2030-04-05", "2030-06-05", "2030-09-12"),
      2031, dates("2031-01-23", "2031-04-05", "2031-06-24", "2031-10-01"),
      2032, dates("2032-02-11", "2032-04-04", "2032-06-12", "2032-09-19"));

  private StatutoryHolidays() {
  }

  /** The provisional holidays of {@code year}, or empty for a year this table does not cover. */
  static Optional<HolidayYear> provisional(int year) {
    LocalDate[] lunar = LUNAR_AND_SOLAR_TERM_DATES.get(year);
    if (lunar == null) {
      return Optional.empty();
    }
    TreeMap<LocalDate, String> days = new TreeMap<>();
    put(days, year, MonthDay.of(1, 1), "元旦");
    LocalDate springFestival = lunar[0];
    // the eve of Spring Festival may fall in the year before (never so for 2027–2032: all on or after 23 January)
    for (LocalDate day = springFestival.minusDays(1); !day.isAfter(springFestival.plusDays(2)); day = day.plusDays(1)) {
      if (day.getYear() == year) {
        days.put(day, "春节");
      }
    }
    days.put(lunar[1], "清明节");
    put(days, year, MonthDay.of(5, 1), "劳动节");
    put(days, year, MonthDay.of(5, 2), "劳动节");
    days.put(lunar[2], "端午节");
    // where Mid-Autumn falls inside National Day (2028: 3 October; 2031: 1 October) the day is one rest day
    days.merge(lunar[3], "中秋节", (a, b) -> a + "、" + b);
    for (int d = 1; d <= 3; d++) {
      days.merge(LocalDate.of(year, 10, d), "国庆节", (a, b) -> b + "、" + a);
    }
    return Optional.of(new HolidayYear(year, SOURCE, "statutory fixed-date holidays (provisional)", false, days, new TreeMap<>()));
  }

  private static void put(Map<LocalDate, String> days, int year, MonthDay day, String name) {
    days.put(day.atYear(year), name);
  }

  private static LocalDate[] dates(String... iso) {
    LocalDate[] dates = new LocalDate[iso.length];
    for (int i = 0; i < iso.length; i++) {
      dates[i] = LocalDate.parse(iso[i]);
    }
    return dates;
  }
}
