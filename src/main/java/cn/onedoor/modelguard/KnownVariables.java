package cn.onedoor.modelguard;

import cn.onedoor.process.CaseVariables;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * Variables the application's code writes into processes (delegates, listeners, the intake API), so
 * the model guard counts them as provided wherever a model names them. Seeded from the constants of
 * {@link CaseVariables}; a variable some code writes that is not one of them is one line in
 * {@link #OTHERS}. What a model provides itself (contract inputs, form fields, outputs, result
 * variables) the guard reads from the models.
 */
final class KnownVariables {

  /** Written by code under a name that is not a {@link CaseVariables} constant. */
  private static final Set<String> OTHERS = Set.of(
      // ForwardConsultationToIntakeDelegate: the case a consultation was forwarded to
      "caseProcessInstanceId");

  static final Set<String> WRITTEN_BY_CODE = writtenByCode();

  private KnownVariables() {}

  private static Set<String> writtenByCode() {
    Set<String> names = new TreeSet<>(OTHERS);
    for (Field field : CaseVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Set.copyOf(names);
  }
}
