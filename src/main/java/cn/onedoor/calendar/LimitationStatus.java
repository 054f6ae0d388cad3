package cn.onedoor.calendar;

/** Where a claim stands against the one-year arbitration limitation period (LDMAL art. 27). */
public enum LimitationStatus {

  /** Not expired, and more than {@value StatutoryCalendar#NEAR_EXPIRY_DAYS} days left (or not running). */
  OK,

  /** Expires within {@value StatutoryCalendar#NEAR_EXPIRY_DAYS} days, the expiry day included. */
  NEAR,

  /** The last day has passed. */
  EXPIRED
}
