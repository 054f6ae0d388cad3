package cn.onedoor.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;

/**
 * The last day of a statutory period.
 *
 * @param start the day of the event; it is not counted
 * @param length the period's length in {@code unit}s
 * @param unit calendar days or working days
 * @param end the last day on which the act is still in time
 * @param calendarComplete false if counting touched a year without holiday data; {@code end} then
 *     assumes that year has only weekends as rest days and must be re-checked once the year's
 *     schedule is published
 * @param provisional true if counting touched a year without a published schedule whose rest days
 *     were taken from the statutory fixed-date holidays (全国年节及纪念日放假办法 art. 2, see {@code
 *     StatutoryHolidays}); {@code calendarComplete} is then false as well
 */
public record PeriodEnd(
    LocalDate start, int length, PeriodUnit unit, LocalDate end, boolean calendarComplete, boolean provisional) {

  /** A period counted on published schedules or weekends only, without provisional holidays. */
  public PeriodEnd(LocalDate start, int length, PeriodUnit unit, LocalDate end, boolean calendarComplete) {
    this(start, length, unit, end, calendarComplete, false);
  }

  /** The end of the last day, 23:59:59 Beijing time, e.g. {@code 2026-10-10T23:59:59+08:00}. */
  public OffsetDateTime deadline() {
    return StatutoryCalendar.endOfDay(end);
  }

  /** {@link #deadline()} as a {@link Date}, the type Camunda timers and task due dates take. */
  public Date deadlineDate() {
    return Date.from(deadline().toInstant());
  }
}
