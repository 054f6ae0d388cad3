package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import cn.onedoor.api.Attachments;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
  void export(@PathVariable String table, @PathVariable String format,
              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
              HttpServletResponse response) throws java.io.IOException {
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw new ApiException(HttpStatus.NOT_FOUND, "no_format", "导出格式应为 csv 或 xlsx（" + format + "）");
    }
    ReportTable report = tables.table(table, from, to);
    boolean csv = format.equals("csv");
    // written as it is read (issue #16): the first page is in hand, further pages come while the client downloads
    response.setStatus(HttpStatus.OK.value());
    response.setContentType(csv ? TableExports.CSV_TYPE : TableExports.XLSX_TYPE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        Attachments.contentDisposition(report.fileName() + "." + format, report.asciiFileName() + "." + format));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    if (csv) {
      TableExports.csv(report, response.getOutputStream());
    } else {
      TableExports.xlsx(report, response.getOutputStream());
    }
    response.flushBuffer();
  }
}
