package cn.onedoor.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Element ids are spelled once in the main code: in {@code cn.onedoor.process.<ProcessKey>Elements}
 * (one class per model, found by name) and {@link ProcessKeys}. Each constant of such a class is an
 * element of processes/&lt;ProcessKey&gt;.bpmn, and no other main class has a string literal equal to
 * an element id of any model (BPMN or DMN).
 */
class ElementIdsTests {

  private static final String PACKAGE = "cn.onedoor.process";

  /**
   * Models whose Elements class another branch writes (branch {@code agreement}: LaborDisputeCaseElements,
   * with CaseAgreement). Their ids may still appear as literals in the main code until then; once the class
   * exists, {@link #awaitedElementsClassesAreStillMissing} fails: remove the model here and use its constants.
   */
  static final Set<String> AWAITING_ELEMENTS_CLASS = Set.of();

  static Stream<String> processKeys() {
    return ModelSources.models("bpmn").keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("processKeys")
  void everyProcessHasItsElementsClassAndEachConstantIsAnElementOfItsModel(String processKey) throws Exception {
    Optional<Class<?>> elements = elementsClass(processKey);
    if (AWAITING_ELEMENTS_CLASS.contains(processKey)) {
      return; // checked by awaitedElementsClassesAreStillMissing
    }
    assertThat(elements).as("class %s.%sElements", PACKAGE, processKey).isPresent();
    Set<String> ids = ModelSources.elementIds(ModelSources.models("bpmn").get(processKey));
    Map<String, String> constants = constants(elements.get());
    assertThat(constants).as("constants of %sElements", processKey).isNotEmpty();
    constants.forEach((name, value) ->
        assertThat(ids).as("%sElements.%s = \"%s\" is an element of processes/%s.bpmn", processKey, name, value, processKey)
            .contains(value));
  }

  @Test
  void awaitedElementsClassesAreStillMissing() {
    for (String processKey : AWAITING_ELEMENTS_CLASS) {
      assertThat(elementsClass(processKey))
          .as("%sElements exists now: remove %s from AWAITING_ELEMENTS_CLASS and use its constants", processKey, processKey)
          .isEmpty();
    }
  }

  @Test
  void everyElementsClassBelongsToAModel() {
    Set<String> keys = ModelSources.models("bpmn").keySet();
    for (Path source : ModelSources.mainSources()) {
      String file = source.getFileName().toString();
      if (source.getParent().endsWith(Path.of("cn/onedoor/process")) && file.endsWith("Elements.java")) {
        assertThat(keys).as("%s names a model in processes/", file).contains(file.replace("Elements.java", ""));
      }
    }
  }

  @Test
  void noMainClassSpellsAnElementIdOutsideTheElementsClasses() {
    Map<String, String> modelOfId = new HashMap<>();
    ModelSources.models("bpmn").forEach((key, file) -> {
      if (!AWAITING_ELEMENTS_CLASS.contains(key)) {
        ModelSources.elementIds(file).forEach(id -> modelOfId.merge(id, key, (a, b) -> a + ", " + b));
      }
    });
    ModelSources.models("dmn").forEach((key, file) -> ModelSources.elementIds(file)
        .forEach(id -> modelOfId.merge(id, key, (a, b) -> a + ", " + b)));
    List<String> spelled = new ArrayList<>();
    for (Path source : ModelSources.mainSources()) {
      String file = source.getFileName().toString();
      boolean constantsClass = source.getParent().endsWith(Path.of("cn/onedoor/process"))
          && (file.endsWith("Elements.java") || file.equals("ProcessKeys.java"));
      if (constantsClass) {
        continue;
      }
      for (String literal : ModelSources.stringLiterals(ModelSources.read(source))) {
        if (modelOfId.containsKey(literal)) {
          spelled.add(source + ": \"" + literal + "\" (" + modelOfId.get(literal) + ")");
        }
      }
    }
    assertThat(spelled).as("element ids spelled outside cn.onedoor.process.*Elements and ProcessKeys").isEmpty();
  }

  @Test
  void theLiteralScanFindsAnIdAndSkipsComments() {
    String source = """
        class X {
          // "Task_InComment"
          /* "Task_InBlock" */
          String a = "Task_ScheduleSession";
          String b = "say \\"Task_Escaped\\"";
        }
        """;
    assertThat(ModelSources.stringLiterals(source)).containsExactly("Task_ScheduleSession", "say \\\"Task_Escaped\\\"");
  }

  private static Optional<Class<?>> elementsClass(String processKey) {
    try {
      return Optional.of(Class.forName(PACKAGE + "." + processKey + "Elements"));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> constants(Class<?> type) throws IllegalAccessException {
    Map<String, String> constants = new HashMap<>();
    Set<String> seen = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        String value = (String) field.get(null);
        assertThat(seen.add(value)).as("%s spells \"%s\" twice", type.getSimpleName(), value).isTrue();
        constants.put(field.getName(), value);
      }
    }
    return constants;
  }
}
