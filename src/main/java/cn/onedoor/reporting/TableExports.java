package cn.onedoor.reporting;

import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A {@link ReportTable} as CSV or as an .xlsx workbook, the way Excel on a Chinese Windows opens them. */
final class TableExports {

  static final String CSV_TYPE = "text/csv;charset=UTF-8";
  static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Excel reads a CSV as the system code page (GBK in China) unless it starts with the UTF-8 byte-order mark. */
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TableExports() {}

  /**
   * RFC 4180 (CRLF, fields with a comma, quote or line break quoted), UTF-8 with BOM. A text that
   * Excel would take for a formula (starting with = + - @ or a control character) gets a leading
   * apostrophe: names and error messages come from outside.
   */
  static byte[] csv(ReportTable table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    csv(table, bytes);
    return bytes.toByteArray();
  }

  /** The same written to {@code stream} row by row, the table's further chunks as they come from the database. */
  static void csv(ReportTable table, OutputStream stream) {
    try {
      stream.write(UTF8_BOM);
      Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
      StringBuilder out = new StringBuilder();
      line(out, table.headers().stream().map(Object.class::cast).toList());
      for (List<Object> row : table.rows()) {
        line(out, row);
        writer.append(out);
        out.setLength(0);
      }
      writer.append(out);
      out.setLength(0);
      table.more().each(chunk -> {
        for (List<Object> row : chunk) {
          line(out, row);
        }
        try {
          writer.append(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.setLength(0);
      });
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the CSV " + table.id(), e);
    }
  }

  private static void line(StringBuilder out, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvField(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String csvField(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof LocalDateTime time) {
      return time.format(MINUTES);
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  /**
   * One worksheet named after the table: a bold, frozen header row with a filter, numbers as numbers
   * (amounts and rates with two decimals), dates as dates. Strings are never formulas in .xlsx.
   */
  static byte[] xlsx(ReportTable table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    xlsx(table, bytes);
    return bytes.toByteArray();
  }

  /**
   * The same written to {@code stream}: column widths from the first chunk, then each further chunk
   * flushed to the stream as it comes from the database.
   */
  static void xlsx(ReportTable table, OutputStream stream) {
    try {
      Workbook workbook = new Workbook(stream, "OneDoor", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
      List<String> headers = table.headers();
      for (int c = 0; c < headers.size(); c++) {
        sheet.value(0, c, headers.get(c));
        sheet.style(0, c).bold().fillColor("DDEBF7").set();
        sheet.width(c, Math.max(10, Math.min(48, width(headers.get(c), table.rows(), c))));
      }
      sheet.freezePane(0, 1);
      if (!table.rows().isEmpty()) {
        sheet.setAutoFilter(0, 0, headers.size() - 1);
      }
      int[] next = {1};
      java.util.function.Consumer<List<List<Object>>> write = chunk -> {
        for (List<Object> row : chunk) {
          for (int c = 0; c < row.size(); c++) {
            cell(sheet, next[0], c, row.get(c));
          }
          next[0]++;
        }
        try {
          sheet.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      write.accept(table.rows());
      table.more().each(write);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the workbook " + table.id(), e);
    }
  }

  private static void cell(Worksheet sheet, int r, int c, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof BigDecimal decimal) {
      sheet.value(r, c, decimal);
      sheet.style(r, c).format("0.00").set();
    } else if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("yyyy-mm-dd").set();
    } else if (value instanceof LocalDateTime time) {
      sheet.value(r, c, time);
      sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
    } else {
      sheet.value(r, c, value.toString());
    }
  }

  /** Column width in characters; a Chinese character is about two. */
  private static int width(String header, List<List<Object>> rows, int c) {
    int widest = displayWidth(header);
    for (List<Object> row : rows) {
      Object value = row.get(c);
      widest = Math.max(widest, value == null ? 0 : displayWidth(csvField(value)));
    }
    return widest + 2;
  }

  private static int displayWidth(String text) {
    return text.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
  }

  /** Excel's limits: at most 31 characters, none of []:*?/\ */
  static String sheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", "_");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }
}
