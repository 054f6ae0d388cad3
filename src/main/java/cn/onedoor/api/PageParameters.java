package cn.onedoor.api;

import org.springframework.http.HttpStatus;

/**
 * The paging parameters of our paged lists ({@code /api/deadlines}, {@code /api/reports/incidents},
 * {@code /api/reports/collective-disputes}): a whole number within bounds, or a 400 in Chinese that
 * names the parameter and its bounds.
 */
public final class PageParameters {

  private PageParameters() {}

  /** {@code value} as a number from {@code min} to {@code max}; {@code defaultValue} when absent or blank. */
  public static int number(String name, String value, int defaultValue, int min, int max) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new ApiException(HttpStatus.BAD_REQUEST, "bad_" + name,
        "参数 " + name + " 应为 " + min + " 至 " + max + " 之间的整数（" + value + "）");
  }
}
