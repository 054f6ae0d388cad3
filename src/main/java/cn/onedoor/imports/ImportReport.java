package cn.onedoor.imports;

import cn.onedoor.api.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer of an import, line by line, with its totals. */
record ImportReport(int lines, int imported, int duplicates, int refused, String message, List<LineResult> results) {

  static final String IMPORTED = "imported";
  static final String DUPLICATE = "duplicate";
  static final String REFUSED = "refused";

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LineResult(int line, String status, String caseNumber, String message, List<FieldError> errors) {

    static LineResult imported(int line, String caseNumber) {
      return new LineResult(line, IMPORTED, caseNumber, "已导入：" + caseNumber, null);
    }

    static LineResult duplicate(int line, String caseNumber) {
      return new LineResult(line, DUPLICATE, caseNumber, "已有此案（" + caseNumber + "），未重复导入", null);
    }

    static LineResult refused(int line, List<FieldError> errors) {
      return new LineResult(line, REFUSED, null, "第 " + line + " 行未导入：" + errors.get(0).message()
          + (errors.size() > 1 ? "（共 " + errors.size() + " 处错误）" : ""), errors);
    }
  }

  static ImportReport of(List<LineResult> results) {
    int imported = (int) results.stream().filter(r -> r.status().equals(IMPORTED)).count();
    int duplicates = (int) results.stream().filter(r -> r.status().equals(DUPLICATE)).count();
    int refused = results.size() - imported - duplicates;
    String message = "共 " + results.size() + " 行：导入 " + imported + " 件，已有 " + duplicates + " 件未重复导入，" + refused + " 行有错误未导入";
    return new ImportReport(results.size(), imported, duplicates, refused, message, results);
  }
}
