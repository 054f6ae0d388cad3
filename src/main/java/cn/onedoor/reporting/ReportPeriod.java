package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;

/** A reporting period from the query string, both days inclusive; 400 with the reason when it is not one. */
record ReportPeriod(LocalDate from, LocalDate to) {

  static ReportPeriod parse(String from, String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start.isAfter(end)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_period", "起始日期 from（" + start + "）不得晚于截止日期 to（" + end + "）");
    }
    return new ReportPeriod(start, end);
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_date", "请提供参数 " + name + "，格式 YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_date", "参数 " + name + " 不是有效日期（" + value + "），格式应为 YYYY-MM-DD");
    }
  }
}
