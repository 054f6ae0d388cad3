package cn.onedoor.reporting;

import java.util.List;

/**
 * One table of the dashboard as it is exported: Chinese column headers, typed cells (String, Long,
 * BigDecimal with two decimals, LocalDate, LocalDateTime or null; the writers format by type) and
 * the words for the file name.
 *
 * @param scope what the figures cover, for the file name: a period ({@code 2023-03-01至2025-12-31})
 *     or a day ({@code 截至2026-11-29})
 * @param asciiScope the same in ASCII, for clients that cannot take a UTF-8 file name
 */
record ReportTable(String id, String title, String scope, String asciiScope, List<String> headers, List<List<Object>> rows,
                   Chunks more) {

  /**
   * The rows after {@code rows}, for a table that grows with the cases: handed to the writer a chunk
   * at a time (a page from the database), so that an export never holds the whole table (issue #16).
   */
  interface Chunks {
    Chunks NONE = chunk -> { };

    void each(java.util.function.Consumer<List<List<Object>>> chunk);
  }

  ReportTable(String id, String title, String scope, String asciiScope, List<String> headers, List<List<Object>> rows) {
    this(id, title, scope, asciiScope, headers, rows, Chunks.NONE);
  }

  /** 中心工作指标_2023-03-01至2025-12-31 */
  String fileName() {
    return title + "_" + scope;
  }

  /** kpi_2023-03-01_2025-12-31 */
  String asciiFileName() {
    return id + "_" + asciiScope;
  }
}
