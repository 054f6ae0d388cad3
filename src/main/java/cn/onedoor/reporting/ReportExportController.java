package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import cn.onedoor.api.Attachments;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/export/{table}.csv} and {@code .xlsx}: a dashboard table as a file named
 * with its period ({@code ?from=&to=}, KPI tables) or its day (today's views), for supervisors and
 * administrators.
 */
@RestController
class ReportExportController {

  private final ReportTables tables;

  ReportExportController(ReportTables tables) {
    this.tables = tables;
  }

  @GetMapping("/api/reports/export/{table}.{format}")
  @Operation(summary = "导出报表（CSV 或 Excel）",
      description = "table：kpi、kpi-channel、kpi-dispute-type、kpi-mediator-pool、kpi-mediator、kpi-month（需 from、to），"
          + "open-cases、deadlines、incidents、collective-disputes；format：csv（UTF-8，带 BOM）或 xlsx")
  ResponseEntity<byte[]> export(@PathVariable String table, @PathVariable String format,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new ApiException(HttpStatus.NOT_FOUND, "no_format", "导出格式应为 csv 或 xlsx（" + format + "）");
    }
    ReportTable report = tables.table(table, from, to);
    boolean csv = format.equals("csv");
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(csv ? TableExports.CSV_TYPE : TableExports.XLSX_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Attachments.contentDisposition(report.fileName() + "." + format, report.asciiFileName() + "." + format))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(csv ? TableExports.csv(report) : TableExports.xlsx(report));
  }
}
