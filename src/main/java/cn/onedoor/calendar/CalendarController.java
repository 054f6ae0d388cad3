package cn.onedoor.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only access to the statutory calendar for forms and supervisors.
 *
 * <p>{@code GET /api/calendar/period-end?start=2026-09-30&length=3&unit=WORKING_DAYS} answers
 * {@code {"start":"2026-09-30","length":3,"unit":"WORKING_DAYS","end":"2026-10-10",
 * "deadline":"2026-10-10T23:59:59+08:00","calendarComplete":true}}. A bad parameter answers 400
 * with {@code {"error":"bad_request","message":"…","parameter":"start"}}.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private final StatutoryCalendar calendar;

  CalendarController(StatutoryCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/period-end")
  PeriodEndResponse periodEnd(
      @RequestParam(name = "start", required = false) String start,
      @RequestParam(name = "length", required = false) String length,
      @RequestParam(name = "unit", required = false) String unit) {
    PeriodEnd result = calendar.periodEnd(parseStart(start), parseLength(length), parseUnit(unit));
    return PeriodEndResponse.of(result, provisionalNote(result));
  }

  /** In Chinese, for the form or the supervisor, when the answer rests on provisional holidays. */
  private String provisionalNote(PeriodEnd period) {
    if (!period.provisional()) {
      return null;
    }
    List<Integer> touched = new java.util.ArrayList<>();
    for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
      if (calendar.isProvisional(year)) {
        touched.add(year);
      }
    }
    return ProvisionalNotes.periodNote(touched);
  }

  @GetMapping("/years")
  YearsResponse years() {
    return new YearsResponse(calendar.loadedYears(), calendar.missingYears(), calendar.provisionalYears(),
        calendar.scheduleDueYear().map(ProvisionalNotes::scheduleDue).orElse(null));
  }

  @ExceptionHandler(BadParameterException.class)
  ResponseEntity<ApiError> badParameter(BadParameterException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(new ApiError("bad_request", e.getMessage(), e.parameter()));
  }

  private static LocalDate parseStart(String start) {
    if (start == null || start.isBlank()) {
      throw new BadParameterException("start", "缺少参数 start（起始日期，格式 YYYY-MM-DD）。"
          + " Missing parameter start (a date YYYY-MM-DD).");
    }
    try {
      return LocalDate.parse(start.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new BadParameterException("start", "参数 start 不是有效日期，格式应为 YYYY-MM-DD。"
          + " Parameter start must be a valid date YYYY-MM-DD.");
    }
  }

  private static int parseLength(String length) {
    String problem = "参数 length 应为 1 至 " + StatutoryCalendar.MAX_LENGTH + " 之间的整数。"
        + " Parameter length must be a whole number from 1 to " + StatutoryCalendar.MAX_LENGTH + ".";
    if (length == null || length.isBlank()) {
      throw new BadParameterException("length", "缺少参数 length。Missing parameter length. " + problem);
    }
    int value;
    try {
      value = Integer.parseInt(length.strip());
    } catch (NumberFormatException e) {
      throw new BadParameterException("length", problem);
    }
    if (value < 1 || value > StatutoryCalendar.MAX_LENGTH) {
      throw new BadParameterException("length", problem);
    }
    return value;
  }

  private static PeriodUnit parseUnit(String unit) {
    String problem = "参数 unit 应为 CALENDAR_DAYS（自然日）或 WORKING_DAYS（工作日）。"
        + " Parameter unit must be CALENDAR_DAYS or WORKING_DAYS.";
    if (unit == null || unit.isBlank()) {
      throw new BadParameterException("unit", "缺少参数 unit。Missing parameter unit. " + problem);
    }
    try {
      return PeriodUnit.valueOf(unit.strip());
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("unit", problem);
    }
  }

  /** The answer to {@code /period-end}; dates as ISO text whatever the JSON settings. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PeriodEndResponse(
      String start, int length, String unit, String end, String deadline, boolean calendarComplete,
      boolean provisional, String note) {

    static PeriodEndResponse of(PeriodEnd period, String note) {
      return new PeriodEndResponse(
          period.start().toString(),
          period.length(),
          period.unit().name(),
          period.end().toString(),
          period.deadline().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
          period.calendarComplete(),
          period.provisional(),
          note);
    }
  }

  /**
   * The answer to {@code /years}: {@code provisionalYears} are counted on the statutory holidays
   * until their file is loaded; {@code reminder} (from 1 November) says next year's schedule is due.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record YearsResponse(List<LoadedYear> loadedYears, List<Integer> missingYears, List<Integer> provisionalYears,
                       String reminder) {}

  /** The body of a 400 answer. */
  record ApiError(String error, String message, String parameter) {}

  /** A request parameter a user got wrong; the message is shown to the user. */
  static final class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }

    String parameter() {
      return parameter;
    }
  }
}
