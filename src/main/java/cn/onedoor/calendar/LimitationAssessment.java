package cn.onedoor.calendar;

import java.time.LocalDate;

/**
 * The result of the limitation check.
 *
 * @param status OK, NEAR or EXPIRED as of the day asked about
 * @param runsFrom the day the current one-year period started (the known date, the end of
 *     employment for wages, or the last interruption); null while it does not run
 * @param expiry the last day to apply for arbitration, moved past rest days and holidays; null while
 *     the period does not run (a wage claim by a worker still employed)
 * @param calendarComplete false if the expiry day lies in a year without holiday data
 */
public record LimitationAssessment(
    LimitationStatus status, LocalDate runsFrom, LocalDate expiry, boolean calendarComplete) {

  /** Whether the period is running at all. */
  public boolean running() {
    return expiry != null;
  }
}
