package cn.onedoor.reporting;

import cn.onedoor.api.PageParameters;
import java.util.List;

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
    return new Request(PageParameters.number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE), PageParameters.number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
  }
}
