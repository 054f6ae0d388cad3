package cn.onedoor.calendar;

/** How a statutory period is stated. */
public enum PeriodUnit {

  /**
   * Calendar days (日): the day of the event is not counted, and a period whose last day is a rest
   * day or public holiday ends on the first working day after it.
   */
  CALENDAR_DAYS,

  /**
   * Working days (工作日): weekends and public holidays are skipped, adjusted working days
   * (调休上班日) are counted.
   */
  WORKING_DAYS
}
