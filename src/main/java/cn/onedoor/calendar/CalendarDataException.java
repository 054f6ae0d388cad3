package cn.onedoor.calendar;

/**
 * A holiday calendar file that cannot be used. The message names the file and, where there is one,
 * the offending date, so that an administrator can fix the file; the application refuses to start
 * rather than count statutory periods on wrong data.
 */
class CalendarDataException extends RuntimeException {

  CalendarDataException(String message) {
    super(message);
  }

  CalendarDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
