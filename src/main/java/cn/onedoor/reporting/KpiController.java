package cn.onedoor.reporting;

import cn.onedoor.api.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/kpi?from=YYYY-MM-DD&to=YYYY-MM-DD} (both inclusive), for supervisors and administrators. */
@RestController
class KpiController {

  private final KpiService kpis;

  KpiController(KpiService kpis) {
    this.kpis = kpis;
  }

  @GetMapping("/api/reports/kpi")
  @Operation(summary = "中心工作指标", description = "按受理日期统计：受理案件、涉及劳动者、涉及企业、达成调解协议、当场履行、调解成功率、挽回经济损失")
  Kpis kpi(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (start.isAfter(end)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad_period", "起始日期 from（" + start + "）不得晚于截止日期 to（" + end + "）");
    }
    return kpis.kpis(start, end);
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
