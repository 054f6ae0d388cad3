package cn.onedoor.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The arbitration limitation period of LDMAL art. 27.
 *
 * <ul>
 *   <li>para. 1: one year from the day the party knew or should have known the right was infringed;
 *   <li>para. 2: interrupted by a claim against the other side, a request for help to the
 *       authorities, or the other side agreeing to perform; the year then starts again;
 *   <li>para. 4: for labour remuneration owed during employment, no limit while employed; once
 *       employment ended, one year from that day.
 * </ul>
 *
 * <p>A year ends on the same date a year later (the last day of February where there is no 29th,
 * Civil Code art. 202), moved to the next working day if that is a rest day or holiday. An
 * interruption counts only if it happened while the period ran: it cannot revive an expired period.
 * Suspension (para. 3: force majeure or other proper reasons) is not modelled; the mediator judges
 * such a case.
 */
final class LimitationRule {

  private final StatutoryCalendar calendar;

  LimitationRule(StatutoryCalendar calendar) {
    this.calendar = calendar;
  }

  LimitationAssessment assess(LimitationFacts facts, LocalDate today) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(today, "today");
    LocalDate runsFrom = facts.wageClaim() ? facts.employmentEndDate() : facts.knownDate();
    if (runsFrom == null) {
      return new LimitationAssessment(LimitationStatus.OK, null, null, true);
    }
    PeriodEnd expiry = oneYearFrom(runsFrom);
    List<LocalDate> interruptions = facts.interruptions().stream().sorted().toList();
    for (LocalDate interruption : interruptions) {
      if (interruption.isAfter(runsFrom) && !interruption.isAfter(expiry.end())) {
        runsFrom = interruption;
        expiry = oneYearFrom(runsFrom);
      }
    }
    return new LimitationAssessment(
        statusOn(today, expiry.end()), runsFrom, expiry.end(), expiry.calendarComplete());
  }

  private PeriodEnd oneYearFrom(LocalDate day) {
    return calendar.lastDayMovedToWorkingDay(day.plusYears(1));
  }

  private static LimitationStatus statusOn(LocalDate today, LocalDate expiry) {
    if (today.isAfter(expiry)) {
      return LimitationStatus.EXPIRED;
    }
    return ChronoUnit.DAYS.between(today, expiry) <= StatutoryCalendar.NEAR_EXPIRY_DAYS
        ? LimitationStatus.NEAR
        : LimitationStatus.OK;
  }
}
