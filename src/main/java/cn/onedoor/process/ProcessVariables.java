package cn.onedoor.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The storage rules of every typed accessor (docs/case-process.md, "Variable types"), in one place:
 * dates are ISO {@code yyyy-MM-dd} strings read as {@link LocalDate}; amounts in yuan are Doubles
 * read as exact {@link BigDecimal}s of scale 2; lists of codes are Json arrays read as lists of
 * strings. The accessors ({@link CaseFacts}, {@link MediationVariables}, {@link ReferralVariables},
 * {@link ConsultationVariables}, {@link NoticeDeliveryVariables}) give each variable its type.
 */
public abstract class ProcessVariables {

  /**
   * The largest amount the case takes (12 integer digits, 2 decimals: the register's numeric(14, 2)):
   * 14 significant digits, fewer than the 15 a double keeps, so a Double holds each such amount as
   * the unique double nearest to it and {@link BigDecimal#valueOf(double)} gives it back exactly.
   */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

  private final VariableScope scope;
  private final Map<String, Object> map;

  protected ProcessVariables(VariableScope scope) {
    this.scope = scope;
    this.map = null;
  }

  /** Over variables returned by the engine (a {@code VariableMap}) or about to be passed to it. */
  protected ProcessVariables(Map<String, Object> variables) {
    this.scope = null;
    this.map = variables;
  }

  /** The value as the engine holds it (a Json variable as its SpinJsonNode). */
  protected Object raw(String name) {
    return scope != null ? scope.getVariable(name) : map.get(name);
  }

  /**
   * The case this process belongs to: its business key, fixed at registration and passed to every
   * called process. Never the variable {@code caseNumber}, which is only there for forms to show.
   */
  public String caseNumber() {
    String businessKey = scope == null ? null : businessKey(scope);
    if (businessKey == null || businessKey.isBlank()) {
      throw new IllegalStateException("The process has no business key (case number)");
    }
    return businessKey;
  }

  /** The business key of the process the scope belongs to, or null (a consultation that is no case). */
  public static String businessKey(VariableScope scope) {
    if (scope instanceof DelegateExecution execution) {
      return execution.getProcessBusinessKey();
    }
    if (scope instanceof DelegateTask task && task.getExecution() != null) {
      return task.getExecution().getProcessBusinessKey();
    }
    return null;
  }

  protected String string(String name) {
    Object value = raw(name);
    return value == null ? null : value.toString();
  }

  protected String requiredString(String name) {
    String value = string(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  protected boolean flag(String name) {
    Object value = raw(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  protected long number(String name, long fallback) {
    Object value = raw(name);
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value == null || value.toString().isBlank() ? fallback : Long.parseLong(value.toString().trim());
  }

  protected LocalDate date(String name) {
    return parseDate(raw(name));
  }

  protected BigDecimal amount(String name) {
    return parseAmount(raw(name));
  }

  protected List<String> list(String name) {
    return parseList(raw(name));
  }

  protected void set(String name, Object value) {
    if (scope != null) {
      scope.setVariable(name, value);
    } else {
      map.put(name, value);
    }
  }

  protected void remove(String name) {
    if (scope != null) {
      scope.removeVariable(name);
    } else {
      map.remove(name);
    }
  }

  protected void setDate(String name, LocalDate date) {
    set(name, storedDate(date));
  }

  protected void setAmount(String name, BigDecimal amount) {
    set(name, storedAmount(amount));
  }

  protected void setList(String name, List<String> values) {
    set(name, storedList(values));
  }

  /** A date as stored: {@code yyyy-MM-dd}, the form-js date fields' own format; null stays null. */
  public static String storedDate(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** {@code 2026-11-05}, or the date part of what a datetime field submits ({@code 2026-11-05T00:00:00+08:00}). */
  public static LocalDate parseDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    String text = value == null ? null : value.toString().trim();
    return text == null || text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** An amount in yuan as stored: a Double (exact, see {@link #MAX_AMOUNT}); refused when it has more than two decimals. */
  public static Double storedAmount(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    BigDecimal yuan = amount.setScale(2, RoundingMode.UNNECESSARY);
    if (yuan.signum() < 0 || yuan.compareTo(MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException("Amount out of range: " + amount.toPlainString());
    }
    return yuan.doubleValue();
  }

  /**
   * The exact amount of a stored Double or Long, or of the text a form submitted (and cases registered
   * before amounts were typed hold): {@code 12800}, {@code 12800.5}, {@code 12800.50}; null for any other text.
   */
  public static BigDecimal parseAmount(Object value) {
    if (value == null) {
      return null;
    }
    BigDecimal amount;
    if (value instanceof Double || value instanceof Float) {
      amount = BigDecimal.valueOf(((Number) value).doubleValue());
    } else if (value instanceof BigDecimal decimal) {
      amount = decimal;
    } else if (value instanceof Number number) {
      amount = BigDecimal.valueOf(number.longValue());
    } else if (value.toString().isBlank()) {
      return null;
    } else if (value.toString().trim().matches("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?")) {
      amount = new BigDecimal(value.toString().trim());
    } else {
      return null;
    }
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** A list of codes or case numbers as stored: a Json array, what Camunda Forms read and submit for lists. */
  public static Object storedList(List<String> values) {
    return values == null ? null : SpinValues.jsonValue(Spin.JSON(List.copyOf(values))).create();
  }

  /** The strings of a Json array variable, of a Java list, or of the text of cases registered before lists were typed. */
  public static List<String> parseList(Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(item -> values.add(item.isString() ? item.stringValue() : item.toString()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(item -> values.add(String.valueOf(item)));
    } else if (value != null && !value.toString().isBlank()) {
      for (String part : value.toString().split("、")) {
        values.add(part.trim());
      }
    }
    return List.copyOf(values);
  }
}
