package cn.onedoor.party;

import java.util.HashMap;
import cn.onedoor.process.CaseVariables;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Full identity numbers and phones on their way from a door (start form, {@code POST /api/cases}, a
 * consultation turned into a case) to the party table, without ever becoming process variables:
 * the engine guard takes them out of the submitted variables before the engine sees them (so they
 * reach neither {@code ACT_RU_VARIABLE} nor the history) and holds them here for the duration of
 * that one engine command, on its thread; the delegate that registers the case reads them here.
 */
public final class PersonalDataInTransit {

  /** Submitted field names whose values never become process variables. */
  public static final List<String> FIELDS = CaseVariables.PERSONAL_DATA;

  private static final ThreadLocal<Map<String, Object>> HELD = new ThreadLocal<>();

  private PersonalDataInTransit() {}

  /**
   * Moves the personal fields out of {@code variables} (which is changed) into the holder of this
   * thread; returns whether anything was moved.
   */
  public static boolean takeFrom(Map<String, Object> variables) {
    if (variables == null) {
      return false;
    }
    Map<String, Object> taken = new HashMap<>();
    for (String name : FIELDS) {
      if (variables.containsKey(name)) {
        Object value = variables.remove(name);
        if (value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed) {
          value = typed.getValue();
        }
        value = JsonValues.plain(value);
        if (value != null) {
          taken.put(name, value);
        }
      }
    }
    if (taken.isEmpty()) {
      return false;
    }
    Map<String, Object> held = HELD.get();
    if (held == null) {
      HELD.set(taken);
    } else {
      held.putAll(taken);
    }
    return true;
  }

  /** A held field as text, if the current command brought it. */
  public static Optional<String> text(String name) {
    Map<String, Object> held = HELD.get();
    return held == null ? Optional.empty() : Optional.ofNullable(held.get(name)).map(Object::toString);
  }

  /** Everything held for the current command (a copy). */
  public static Map<String, Object> all() {
    Map<String, Object> held = HELD.get();
    return held == null ? Map.of() : Map.copyOf(held);
  }

  /** Ends the current command's holding; called by the engine guard when the outermost command ends. */
  public static void clear() {
    HELD.remove();
  }
}
