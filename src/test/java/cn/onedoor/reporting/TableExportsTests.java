package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

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
}
