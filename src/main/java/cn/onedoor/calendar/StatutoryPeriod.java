package cn.onedoor.calendar;

/**
 * The periods the case process counts, each named once with its source. Models refer to them by
 * name ({@code ${deadlines.due('MEDIATION', receivedDate)}}), Java by constant; nothing else types
 * their lengths. Counted by {@link StatutoryCalendar#periodEnd(StatutoryPeriod, java.time.LocalDate)}:
 * the day of the event is not counted, an end on a rest day rolls to the next working day.
 * docs/calendar.md ("The rule table") lists them.
 */
public enum StatutoryPeriod {

  /** Decide whether to accept a case within 3 working days of receiving it. */
  ACCEPTANCE_DECISION(3, PeriodUnit.WORKING_DAYS, "《企业劳动争议协商调解规定》第二十三条（实务：三个工作日内决定是否受理）"),
  /** Mediation must not run past 15 days from receipt of the application. */
  MEDIATION(15, PeriodUnit.CALENDAR_DAYS, "《劳动争议调解仲裁法》第十四条"),
  /** Both parties may extend mediation once, by at most 15 days counted on from the current deadline. */
  MEDIATION_EXTENSION(15, PeriodUnit.CALENDAR_DAYS, "《企业劳动争议协商调解规定》第二十六条"),
  /** The mediator is reminded 3 days before the mediation deadline (calendar days back, no rolling). */
  MEDIATION_REMINDER(3, PeriodUnit.CALENDAR_DAYS, "调解中心工作规范：期限届满前三日提醒"),
  /** The parties apply jointly for judicial confirmation within 30 days of the agreement taking effect. */
  JUDICIAL_CONFIRMATION(30, PeriodUnit.CALENDAR_DAYS, "《人民调解法》第三十三条"),
  /** The parties apply jointly to the arbitration commission for review within 15 days of the agreement. */
  ARBITRATION_REVIEW(15, PeriodUnit.CALENDAR_DAYS, "《劳动人事争议仲裁办案规则》（仲裁审查确认调解协议）"),
  /** The mediator checks performance within 3 working days after the agreed due date. */
  PERFORMANCE_CHECK(3, PeriodUnit.WORKING_DAYS, "调解中心工作规范：履行期限届满后三个工作日内回访"),
  /** A file sent back by the court or the commission is corrected within 3 working days. */
  CASE_FILE_CORRECTION(3, PeriodUnit.WORKING_DAYS, "调解中心工作规范：材料被退回后三个工作日内补正"),
  /** The arbitration commission decides within 5 days whether to accept a case. */
  ARBITRATION_ACCEPTANCE(5, PeriodUnit.CALENDAR_DAYS, "《劳动争议调解仲裁法》第二十九条"),
  /** The commission awards within 45 days of accepting the case. */
  AWARD(45, PeriodUnit.CALENDAR_DAYS, "《劳动争议调解仲裁法》第四十三条第一款"),
  /** The chairman may extend the award period by at most 15 days, counted on from the (rolled) 45-day end. */
  AWARD_EXTENSION(15, PeriodUnit.CALENDAR_DAYS, "《劳动争议调解仲裁法》第四十三条第一款");

  private final int length;
  private final PeriodUnit unit;
  private final String source;

  StatutoryPeriod(int length, PeriodUnit unit, String source) {
    this.length = length;
    this.unit = unit;
    this.source = source;
  }

  public int length() {
    return length;
  }

  public PeriodUnit unit() {
    return unit;
  }

  /** The article or house rule the period comes from, as users read it. */
  public String source() {
    return source;
  }
}
