package cn.onedoor.imports;

import cn.onedoor.api.FieldError;
import cn.onedoor.register.Outcome;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an import file into lines: newline-delimited JSON (one closed case per line), or the CSV
 * of the template (docs/import-history.md) that a centre fills in with Excel, one row per applicant,
 * rows of the same 案件序号 being one case. CSV cells may use the Chinese labels (窗口, 追索劳动报酬,
 * 调解结案，当场履行, 当场履行) and dates as Excel writes them (2023/3/15); a file saved by Excel as
 * 「CSV（逗号分隔）」 is GB18030, as 「CSV UTF-8」 UTF-8: both are read.
 */
final class HistoryFiles {

  /** Lines per request at most; a larger register goes in several files. */
  static final int MAX_LINES = 20_000;

  /** The template's columns: Chinese header → the line's field (dotted for objects). */
  static final Map<String, String> COLUMNS = columns(
      "案件序号", "ref", "原案号", "caseNumber", "受理渠道", "channel", "收到申请日期", "receivedDate",
      "申请人姓名", "applicant.name", "申请人身份证号码", "applicant.idNumber", "申请人手机号码", "applicant.phone",
      "申请人个人请求金额", "applicant.claimAmount", "用人单位名称", "employer.name", "统一社会信用代码", "employer.creditCode",
      "用人单位住所", "employer.address", "法定代表人", "employer.legalRepresentative", "用人单位联系电话", "employer.phone",
      "争议类型", "claim.disputeType", "请求金额", "claim.amount", "请求事项及事实理由", "claim.description",
      "知道权利被侵害之日", "claim.knownDate", "劳动关系终止日期", "claim.employmentEndDate",
      "法院委派案号", "courtCaseNumber", "法院委派调解期限", "entrustmentDeadline",
      "受理日期", "acceptedDate", "结案方式", "outcome", "结案日期", "closedDate",
      "协议签订日期", "agreementDate", "协议金额", "agreedAmount", "履行方式", "performanceMode");

  static final Map<String, String> CHANNEL_LABELS = Map.of("窗口", "window", "电话", "phone", "电话（12333转办）", "phone",
      "网上申请", "online", "法院委派调解", "court_entrusted", "工会转办", "union_referral", "人社局转办", "hr_referral",
      "法律咨询转入", "consultation");
  static final Map<String, String> DISPUTE_LABELS = Map.of("追索劳动报酬", "wages", "解除或终止劳动合同", "dismissal",
      "社会保险", "social_insurance", "工伤医疗费", "injury", "经济补偿或赔偿金", "compensation", "劳动合同订立或履行", "contract",
      "工作时间、休息休假", "hours_leave", "确认劳动关系", "labour_relationship");
  static final Map<String, String> PERFORMANCE_LABELS = Map.of("当场履行", "on_the_spot", "约定期限履行", "deferred");

  /** The template's example rows: their 案件序号 starts with this, and they are never imported. */
  static final String EXAMPLE = "示例";

  private static final Pattern EXCEL_DATE = Pattern.compile("(\\d{4})[/.年-](\\d{1,2})[/.月-](\\d{1,2})日?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private HistoryFiles() {}

  static List<HistoryImport.Line> ndjson(byte[] body) {
    List<HistoryImport.Line> lines = new ArrayList<>();
    String[] texts = utf8(body).split("\r?\n", -1);
    for (int i = 0; i < texts.length; i++) {
      String text = i == 0 ? stripBom(texts[i]) : texts[i];
      if (text.isBlank()) {
        continue;
      }
      try {
        lines.add(new HistoryImport.Line(i + 1, JSON.readTree(text), null));
      } catch (JsonProcessingException e) {
        lines.add(new HistoryImport.Line(i + 1, null, new FieldError("line", "第 " + (i + 1) + " 行不是有效的 JSON：请检查引号、逗号和括号")));
      }
    }
    return lines;
  }

  static List<HistoryImport.Line> csv(byte[] body) {
    List<List<String>> rows = new ArrayList<>();
    try (var iterator = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class).<String[]>readValues(decode(body))) {
      while (iterator.hasNext()) {
        rows.add(Arrays.asList(iterator.next()));
      }
    } catch (IOException | RuntimeException e) {
      return List.of(new HistoryImport.Line(1, null, new FieldError("file", "CSV 文件无法读取：请用导入模板另存为 CSV 后再导入")));
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> header = rows.get(0).stream().map(h -> stripBom(h).strip()).toList();
    List<String> unknown = header.stream().filter(h -> !h.isEmpty() && !COLUMNS.containsKey(h)).toList();
    if (!unknown.isEmpty() || !header.contains("案件序号")) {
      return List.of(new HistoryImport.Line(1, null, new FieldError("header",
          "第 1 行应为导入模板的表头（须有“案件序号”）；无法识别的列：" + String.join("、", unknown))));
    }
    Map<String, ObjectNode> cases = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new LinkedHashMap<>();
    List<Integer> examples = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < header.size() && c < row.size(); c++) {
        String value = row.get(c) == null ? "" : row.get(c).strip();
        if (!value.isEmpty() && !header.get(c).isEmpty()) {
          cells.put(COLUMNS.get(header.get(c)), value);
        }
      }
      String ref = cells.getOrDefault("ref", "第" + (r + 1) + "行");
      if (ref.startsWith(EXAMPLE)) {
        examples.add(r + 1);
        continue;
      }
      ObjectNode kase = cases.get(ref);
      if (kase == null) {
        kase = JSON.createObjectNode();
        kase.putArray("applicants");
        cases.put(ref, kase);
        firstRow.put(ref, r + 1);
        for (var cell : cells.entrySet()) {
          String field = cell.getKey();
          if (field.equals("ref") || field.startsWith("applicant.")) {
            continue;
          }
          put(kase, field, normalise(field, cell.getValue()));
        }
      }
      ObjectNode applicant = JSON.createObjectNode();
      cells.forEach((field, value) -> {
        if (field.startsWith("applicant.")) {
          applicant.put(field.substring("applicant.".length()), value);
        }
      });
      if (!applicant.isEmpty()) {
        ((ArrayNode) kase.get("applicants")).add(applicant);
      }
    }
    List<HistoryImport.Line> lines = new ArrayList<>();
    if (!examples.isEmpty()) {
      lines.add(new HistoryImport.Line(examples.get(0), null, new FieldError("ref",
          "模板中的示例行（案件序号以“示例”开头，第 " + examples.stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("")
              + " 行）未导入：请删除示例行后填写本中心的案件")));
    }
    cases.forEach((ref, kase) -> lines.add(new HistoryImport.Line(firstRow.get(ref), kase, null)));
    return lines;
  }

  private static void put(ObjectNode kase, String field, String value) {
    int dot = field.indexOf('.');
    if (dot < 0) {
      kase.put(field, value);
      return;
    }
    String object = field.substring(0, dot);
    ObjectNode inner = kase.has(object) ? (ObjectNode) kase.get(object) : kase.putObject(object);
    inner.put(field.substring(dot + 1), value);
  }

  /** Chinese labels to codes, Excel's dates to ISO dates; anything else as written. */
  static String normalise(String field, String value) {
    String code = switch (field) {
      case "channel" -> CHANNEL_LABELS.get(value);
      case "claim.disputeType" -> DISPUTE_LABELS.get(value);
      case "performanceMode" -> PERFORMANCE_LABELS.get(value);
      case "outcome" -> Arrays.stream(Outcome.values()).filter(o -> o.label().equals(value)).map(Outcome::code).findFirst().orElse(null);
      default -> null;
    };
    if (code != null) {
      return code;
    }
    if (field.endsWith("Date") || field.equals("entrustmentDeadline")) {
      Matcher date = EXCEL_DATE.matcher(value);
      if (date.matches()) {
        try {
          return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))).toString();
        } catch (java.time.DateTimeException e) {
          return value; // reported by the line's check
        }
      }
    }
    return value;
  }

  private static String decode(byte[] body) {
    try {
      return stripBom(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
    } catch (CharacterCodingException notUtf8) {
      return new String(body, Charset.forName("GB18030"));
    }
  }

  private static String utf8(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Map<String, String> columns(String... pairs) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      columns.put(pairs[i], pairs[i + 1]);
    }
    return columns;
  }
}
