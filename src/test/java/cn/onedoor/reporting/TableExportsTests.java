package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV cells and sheet names of the exports ({@link TableExports}), on their own; the exports over HTTP: {@link ReportExportTests}. */
class TableExportsTests {

  @Test
  void csvCellsExcelWouldTakeForFormulasAreNeutralisedAndNumbersKept() {
    assertThat(TableExports.csvField("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(TableExports.csvField("+86 138")).isEqualTo("'+86 138");
    assertThat(TableExports.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(TableExports.csvField(-5L)).isEqualTo("-5");
    assertThat(TableExports.csvField(new java.math.BigDecimal("6811100.00"))).isEqualTo("6811100.00");
    assertThat(TableExports.csvField("某某公司,分公司")).isEqualTo("\"某某公司,分公司\"");
    assertThat(TableExports.csvField(null)).isEmpty();
    assertThat(TableExports.sheetName("a/b:c*d?e[f]g\\h")).isEqualTo("a_b_c_d_e_f_g_h");
  }

  /** A table of 2 rows in hand and 3 chunks of 250 more, the way an export pages through the database. */
  private static ReportTable chunked(List<Integer> chunksRead) {
    return new ReportTable("t", "测试", "截至2026-09-21", "2026-09-21", List.of("序号", "名称"),
        List.of(List.of(0L, "第0行"), List.of(1L, "第1行")),
        sink -> {
          long n = 2;
          for (int chunk = 0; chunk < 3; chunk++) {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < 250; i++, n++) {
              rows.add(List.of(n, "第" + n + "行"));
            }
            chunksRead.add(chunk);
            sink.accept(rows);
          }
        });
  }

  @Test
  void csvWritesTheRowsInHandThenEveryChunkInOrder() {
    List<Integer> read = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableExports.csv(chunked(read), out);

    byte[] file = out.toByteArray();
    assertThat(new byte[] {file[0], file[1], file[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    String[] lines = new String(file, 3, file.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertThat(read).containsExactly(0, 1, 2);
    assertThat(lines).hasSize(1 + 2 + 750);
    assertThat(lines[0]).isEqualTo("序号,名称");
    for (int n = 0; n < 752; n++) {
      assertThat(lines[n + 1]).isEqualTo(n + ",第" + n + "行");
    }
    assertThat(TableExports.csv(chunked(new ArrayList<>()))).isEqualTo(file);
  }

  @Test
  void workbookHoldsTheRowsInHandAndEveryChunkAfterTheHeader() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableExports.xlsx(chunked(new ArrayList<>()), out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
      assertThat(sheet.getLastRowNum()).isEqualTo(752);
      for (int n = 0; n < 752; n++) {
        assertThat(sheet.getRow(n + 1).getCell(0).getNumericCellValue()).isEqualTo(n);
        assertThat(sheet.getRow(n + 1).getCell(1).getStringCellValue()).isEqualTo("第" + n + "行");
      }
    }
  }
}
