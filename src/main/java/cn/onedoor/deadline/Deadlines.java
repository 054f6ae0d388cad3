package cn.onedoor.deadline;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.calendar.PeriodUnit;
import cn.onedoor.calendar.StatutoryCalendar;
import cn.onedoor.calendar.StatutoryPeriod;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer dates for the models, as the bean {@code deadlines}: every statutory clock in
 * processes/ calls one of these with a period of the rule table by name ({@link StatutoryPeriod})
 * and a date variable ({@code yyyy-MM-dd}) and gets the end of the period's last day, 23:59:59
 * Beijing time, counted by the {@link StatutoryCalendar}.
 */
@Component("deadlines")
public class Deadlines {

  /** Reminders go out at nine in the morning. */
  static final int REMINDER_HOUR = 9;

  private final StatutoryCalendar calendar;

  public Deadlines(StatutoryCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * End of the named statutory period (a {@link StatutoryPeriod} of the rule table) after {@code date},
   * e.g. {@code ${deadlines.due('ACCEPTANCE_DECISION', receivedDate)}}: the models name the period,
   * never its length.
   */
  public Date due(String period, String date) {
    return calendar.periodEnd(StatutoryPeriod.valueOf(period), LocalDate.parse(date)).deadlineDate();
  }

  /**
   * Kept for the process versions deployed before the rule table, whose cases still run on them
   * (their expressions type the number of days). No model in processes/ may use these
   * ({@code ModelConventionsTests}); remove them once no instance of such a version is left.
   */
  @Deprecated
  public Date workingDaysAfter(String date, int days) {
    return calendar.periodEnd(LocalDate.parse(date), days, PeriodUnit.WORKING_DAYS).deadlineDate();
  }

  /** Kept for the process versions deployed before the rule table (see {@link #workingDaysAfter}). */
  @Deprecated
  public Date daysAfter(String date, int days) {
    return calendar.periodEnd(LocalDate.parse(date), days, PeriodUnit.CALENDAR_DAYS).deadlineDate();
  }

  /** Kept for the process versions deployed before the rule table (see {@link #workingDaysAfter}). */
  @Deprecated
  public Date reminderBefore(String date, int days) {
    ZonedDateTime reminder = LocalDate.parse(date).minusDays(days).atTime(REMINDER_HOUR, 0).atZone(ChinaTime.ZONE);
    Date now = ClockUtil.getCurrentTime();
    Date at = Date.from(reminder.toInstant());
    return at.after(now) ? at : new Date(now.getTime() + 60_000);
  }

  /** The last instant of the day {@code date}: a deadline already counted falls at its end. */
  public Date endOf(String date) {
    return Date.from(StatutoryCalendar.endOfDay(LocalDate.parse(date)).toInstant());
  }

  /**
   * Nine o'clock the named period's days before {@code date} (e.g. {@code MEDIATION_REMINDER}), for a
   * reminder; when that is already past, one minute from now, so a late reminder still goes out.
   */
  public Date reminder(String period, String date) {
    ZonedDateTime reminder = LocalDate.parse(date).minusDays(StatutoryPeriod.valueOf(period).length())
        .atTime(REMINDER_HOUR, 0).atZone(ChinaTime.ZONE);
    Date now = ClockUtil.getCurrentTime();
    Date at = Date.from(reminder.toInstant());
    return at.after(now) ? at : new Date(now.getTime() + 60_000);
  }

  /** The last day of the named period after {@code start}, with the holiday rule, as the variables keep it. */
  public LocalDate periodEndDate(LocalDate start, StatutoryPeriod period) {
    return calendar.periodEnd(period, start).end();
  }

  /**
   * The last working day before {@code date} (adjusted working days count, rest days and holidays do
   * not). A court-entrusted case's mediation ends then, so its result report reaches the court on the
   * entrustment deadline at the latest.
   */
  public LocalDate workingDayBefore(LocalDate date) {
    LocalDate day = date.minusDays(1);
    for (int i = 0; i < 60 && !calendar.isWorkingDay(day); i++) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** Today in Beijing, by the engine's clock (which tests move). */
  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ChinaTime.ZONE).toLocalDate();
  }
}
