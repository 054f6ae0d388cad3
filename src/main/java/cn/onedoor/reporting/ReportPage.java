package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * One page of a dashboard list that grows with the cases (issue #16): {@code page} from 0, {@code size}
 * 1 to {@link #MAX_SIZE} (default {@link #DEFAULT_SIZE}), and the {@code total} over all pages.
 */
public record ReportPage<T>(List<T> items, int page, int size, long total) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  /** The page and size asked for: blank for the defaults; a clear Chinese 400 for anything else out of range. */
  record Request(int page, int size) {
    long offset() {
      return (long) page * size;
    }
  }

  static Request request(String page, String size) {
    return new Request(number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
  }

  private static int number(String name, String value, int defaultValue, int min, int max) {
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
