package cn.onedoor.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a Camunda Form (form-js schema) lets a user submit: its keyed fields and their rules (type,
 * required, lengths, pattern, range, options, the simple {@code hide} conditions our forms use).
 * Options a field takes from a variable ({@code valuesKey}) are those of the variable the task shows
 * (the rooms of 安排调解会议); where the check is not shown it (a list's rows) the case's completion
 * rules check the value.
 * The engine guard holds every completion and start to it, so a rule written in the form holds
 * for {@code /engine-rest} too.
 */
final class FormContract {

  /** A text field without a maxLength of its own still has one: the engine keeps a text variable in at most 4,000 characters. */
  static final int DEFAULT_MAX_LENGTH = 4000;

  private static final ObjectMapper JSON = new ObjectMapper();
  /** {@code =sessionResult != "extension_agreed"} and {@code =mode = "x"}: the shapes our forms use. */
  private static final Pattern SIMPLE_CONDITION =
      Pattern.compile("^=\\s*(\\w+)\\s*(!=|=)\\s*(?:\"([^\"]*)\"|(true|false))\\s*$");

  record Field(String key, String type, String label, String subtype, boolean required, Integer minLength,
               Integer maxLength, Pattern pattern, BigDecimal min, BigDecimal max, List<String> options,
               List<String> hideConditions, FormContract rows, int maxRows, String valuesKey) {

    /** The options offered: the form's own, or (form-js {@code valuesKey}) those of the variable the form reads them from. */
    List<String> offered(Map<String, Object> shown) {
      if (valuesKey == null) {
        return options;
      }
      List<String> dynamic = new ArrayList<>();
      Object source = shown == null ? null : cn.onedoor.party.JsonValues.plain(shown.get(valuesKey));
      if (source instanceof java.util.Collection<?> items) {
        for (Object item : items) {
          Object value = item instanceof Map<?, ?> option ? option.get("value") : item;
          if (value != null) {
            dynamic.add(value.toString());
          }
        }
      }
      return dynamic;
    }
  }

  /**
   * A dynamic list (form-js {@code dynamiclist}) submits a list of rows under its {@code path}; it
   * may hold at most this many rows unless its custom property {@code maxRows} says otherwise.
   */
  static final int DEFAULT_MAX_ROWS = 100;

  private final String formId;
  private final Map<String, Field> fields;

  private FormContract(String formId, Map<String, Field> fields) {
    this.formId = formId;
    this.fields = fields;
  }

  static FormContract none() {
    return new FormContract(null, Map.of());
  }

  static FormContract parse(InputStream schema) {
    try (schema) {
      JsonNode root = JSON.readTree(schema);
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(root.path("components"), List.of(), fields);
      return new FormContract(root.path("id").asText(null), fields);
    } catch (IOException e) {
      throw new IllegalStateException("form schema cannot be read", e);
    }
  }

  String formId() {
    return formId;
  }

  Map<String, Field> fields() {
    return fields;
  }

  boolean accepts(String key) {
    return fields.containsKey(key);
  }

  /** Whether the field is hidden by its condition, given the values the form shows. */
  boolean hidden(Field field, Map<String, Object> values) {
    for (String condition : field.hideConditions()) {
      Matcher m = SIMPLE_CONDITION.matcher(condition);
      if (m.matches()) {
        String actual = Objects.toString(values.get(m.group(1)), null);
        String expected = m.group(3) != null ? m.group(3) : m.group(4);
        boolean equal = expected.equals(actual);
        if ("=".equals(m.group(2)) == equal) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of the field's conditions could not be read (then it is treated as optional). */
  private boolean unknownCondition(Field field) {
    return field.hideConditions().stream().anyMatch(c -> !SIMPLE_CONDITION.matcher(c).matches());
  }

  /**
   * Checks submitted values against the form: unknown names, then each field's rules. {@code values}
   * are plain Java values (typed values already unwrapped); {@code shown} is what the form shows
   * (current variables overlaid with the submission) for the hide conditions.
   */
  List<Violation> check(Map<String, Object> values, Map<String, Object> shown) {
    List<Violation> violations = new ArrayList<>();
    for (String name : values.keySet()) {
      if (!fields.containsKey(name)) {
        violations.add(new Violation(name, "不是本表单的字段，不能提交", "not a field of this form"));
      }
    }
    for (Field field : fields.values()) {
      Object value = values.get(field.key());
      boolean hidden = hidden(field, shown);
      if (hidden) {
        if (present(value)) {
          violations.add(new Violation(field.key(), field.label() + "：当前选择下不适用，不应填写", "field is hidden by its condition"));
        }
        continue;
      }
      if (!present(value)) {
        if (field.required() && !unknownCondition(field)) {
          violations.add(new Violation(field.key(), field.label() + "：必填", "required"));
        }
        continue;
      }
      if ("dynamiclist".equals(field.type())) {
        violations.addAll(checkRows(field, value));
      } else {
        checkValue(field, value, shown).ifPresent(violations::add);
      }
    }
    return violations;
  }

  /**
   * Each row of a dynamic list against the list's own fields (unknown keys, required, pattern…), the
   * refusal naming the row's field as {@code path[i].key} (rows counted from 0, as submitted).
   */
  private static List<Violation> checkRows(Field list, Object value) {
    Object plain = cn.onedoor.party.JsonValues.plain(value);
    if (!(plain instanceof List<?> rows)) {
      return List.of(new Violation(list.key(), list.label() + "：应为列表", "expected a list of rows"));
    }
    if (rows.size() > list.maxRows()) {
      return List.of(new Violation(list.key(), list.label() + "：最多 " + list.maxRows() + " 行（现为 " + rows.size() + " 行）",
          "too many rows"));
    }
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String path = list.key() + "[" + i + "]";
      String row = list.label() + "第" + (i + 1) + "行";
      if (!(rows.get(i) instanceof Map<?, ?> entry)) {
        violations.add(new Violation(path, row + "：应为一组字段", "a row is not an object"));
        continue;
      }
      Map<String, Object> cells = new LinkedHashMap<>();
      entry.forEach((k, v) -> cells.put(String.valueOf(k), v));
      for (Violation v : list.rows().check(cells, cells)) {
        violations.add(new Violation(path + "." + v.field(), row + "：" + v.message(), v.english() + " (row " + i + ")"));
      }
    }
    return violations;
  }

  private static boolean present(Object value) {
    return value != null && !(value instanceof String s && s.isEmpty())
        && !(value instanceof java.util.Collection<?> c && c.isEmpty())
        && !(value instanceof SpinJsonNode json && json.isArray() && json.elements().isEmpty());
  }

  /**
   * A checklist's value as the engine holds it: Camunda Forms submit it as a Json variable (a JSON
   * array), a Java client may send a list. Null if it is neither, or an item is not a plain value.
   */
  private static List<String> listItems(Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      for (SpinJsonNode item : json.elements()) {
        if (!(item.isString() || item.isNumber() || item.isBoolean())) {
          return null;
        }
        items.add(item.isString() ? item.stringValue() : item.toString());
      }
      return items;
    }
    if (value instanceof java.util.Collection<?> list) {
      for (Object item : list) {
        if (!(item instanceof String || item instanceof Number || item instanceof Boolean)) {
          return null;
        }
        items.add(item.toString());
      }
      return items;
    }
    return null;
  }

  private Optional<Violation> checkValue(Field field, Object value, Map<String, Object> shown) {
    String label = field.label();
    switch (field.type()) {
      case "checkbox" -> {
        if (!(value instanceof Boolean b)) {
          return bad(field, label + "：应为是或否", "expected a boolean");
        }
        if (field.required() && !b) {
          return bad(field, label + "：须勾选确认", "must be checked");
        }
        return Optional.empty();
      }
      case "number" -> {
        BigDecimal number;
        try {
          number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
          return bad(field, label + "：应为数字", "expected a number");
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
          return bad(field, label + "：不得小于 " + field.min().toPlainString(), "below minimum");
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
          return bad(field, label + "：不得大于 " + field.max().toPlainString(), "above maximum");
        }
        return Optional.empty();
      }
      case "radio", "select" -> {
        if (!(value instanceof String || value instanceof Boolean || value instanceof Number)) {
          return bad(field, label + "：选项无效", "not an option");
        }
        List<String> offered = field.offered(shown);
        if (field.valuesKey() != null && offered.isEmpty()) {
          // options from a variable this check was not shown (a list's rows: the agreement's workers); the
          // completion rules check the value against the case
          if (value.toString().length() > 100) {
            return bad(field, label + "：选项无效（" + abbreviate(value.toString()) + "）", "not an option");
          }
        } else if (!offered.contains(value.toString())) {
          return bad(field, label + "：选项无效（" + abbreviate(value.toString()) + "）", "not an option");
        }
        return Optional.empty();
      }
      case "checklist" -> {
        List<String> items = listItems(value);
        if (items == null) {
          return bad(field, label + "：应为选项列表", "expected a list of options");
        }
        for (String item : items) {
          if (field.options() != null && !field.options().contains(item)) {
            return bad(field, label + "：选项无效（" + abbreviate(item) + "）", "not an option");
          }
        }
        if (items.size() != new java.util.HashSet<>(items).size()) {
          return bad(field, label + "：同一选项不能重复", "an option twice");
        }
        return Optional.empty();
      }
      case "datetime" -> {
        if (!(value instanceof String text) || !isDateTime(text, field.subtype())) {
          return bad(field, label + "：日期或时间格式无效", "not a date/time of the form's kind");
        }
        return Optional.empty();
      }
      default -> {
        if (!(value instanceof String text)) {
          return bad(field, label + "：应为文字", "expected text");
        }
        int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
          return bad(field, label + "：最多 " + max + " 字（现为 " + length + " 字）", "too long");
        }
        if (field.minLength() != null && length < field.minLength()) {
          return bad(field, label + "：至少 " + field.minLength() + " 字", "too short");
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
          return bad(field, label + "：格式不正确", "does not match the form's pattern");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
          return bad(field, label + "：含有不可见的控制字符", "control characters");
        }
        return Optional.empty();
      }
    }
  }

  static boolean isDateTime(String text, String subtype) {
    try {
      if ("date".equals(subtype)) {
        LocalDate.parse(text);
      } else if ("time".equals(subtype)) {
        java.time.LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
      } else {
        parseDateTime(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** form-js datetimes: {@code 2026-12-03T09:30}, with or without seconds, an offset or {@code Z}. */
  static LocalDateTime parseDateTime(String text) {
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(cn.onedoor.calendar.ChinaTime.ZONE).toLocalDateTime();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text);
    }
  }

  private static Optional<Violation> bad(Field field, String message, String english) {
    return Optional.of(new Violation(field.key(), message, english));
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** Keyed fields, each with the hide conditions of the groups around it (form-js hides a group's fields with it). */
  private static void collect(JsonNode components, List<String> outer, Map<String, Field> fields) {
    for (JsonNode c : components) {
      List<String> conditions = new ArrayList<>(outer);
      String hide = c.path("conditional").path("hide").asText(null);
      if (hide != null && !hide.isBlank()) {
        conditions.add(hide);
      }
      if ("dynamiclist".equals(c.path("type").asText())) {
        String path = c.path("path").asText(null);
        if (path == null || path.isBlank() || path.contains(".")) {
          throw new IllegalStateException("dynamic list " + c.path("id").asText() + " needs a plain path");
        }
        Map<String, Field> rowFields = new LinkedHashMap<>();
        collect(c.path("components"), List.of(), rowFields);
        int maxRows = c.path("properties").hasNonNull("maxRows")
            ? Integer.parseInt(c.path("properties").get("maxRows").asText()) : DEFAULT_MAX_ROWS;
        String label = c.path("label").asText(path);
        fields.put(path, new Field(path, "dynamiclist", label.isBlank() ? path : label, null, false, null, null, null,
            null, null, List.of(), List.copyOf(conditions), new FormContract(null, rowFields), maxRows, null));
        continue; // its fields are the rows' fields, not the form's
      }
      String key = c.path("key").asText(null);
      // form-js leaves disabled fields out of what it submits; a read-only one it submits, so it is checked like the rest
      boolean inert = c.path("disabled").asBoolean(false);
      if (key != null && !key.isBlank() && !inert && !"button".equals(c.path("type").asText())) {
        fields.put(key, field(key, c, List.copyOf(conditions)));
      }
      collect(c.path("components"), conditions, fields);
    }
  }

  private static Field field(String key, JsonNode c, List<String> conditions) {
    JsonNode v = c.path("validate");
    List<String> options = new ArrayList<>();
    for (JsonNode option : c.path("values")) {
      options.add(option.path("value").asText());
    }
    Pattern pattern = null;
    if (v.hasNonNull("pattern")) {
      try {
        pattern = Pattern.compile(v.get("pattern").asText());
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("form field " + key + " has a pattern Java cannot read", e);
      }
    }
    String label = c.path("label").asText("");
    if (label.isBlank() && "datetime".equals(c.path("type").asText())) {
      // a datetime field has no label of its own, only its date's and its time's: refusals name those
      String date = c.path("dateLabel").asText("");
      String time = c.path("timeLabel").asText("");
      label = "date".equals(c.path("subtype").asText()) ? date : "time".equals(c.path("subtype").asText()) ? time
          : date.isBlank() || time.isBlank() ? date + time : date + "、" + time;
    }
    String valuesKey = c.path("valuesKey").asText("");
    return new Field(key, c.path("type").asText("textfield"), label.isBlank() ? key : label,
        c.path("subtype").asText(null), v.path("required").asBoolean(false),
        v.hasNonNull("minLength") ? v.get("minLength").asInt() : null,
        v.hasNonNull("maxLength") ? v.get("maxLength").asInt() : null, pattern,
        v.hasNonNull("min") ? new BigDecimal(v.get("min").asText()) : null,
        v.hasNonNull("max") ? new BigDecimal(v.get("max").asText()) : null,
        List.copyOf(options), conditions, null, 0, valuesKey.isBlank() ? null : valuesKey);
  }

  /** One refused field: the Chinese message users read, and the reason in English for the logs. */
  record Violation(String field, String message, String english) {}
}
