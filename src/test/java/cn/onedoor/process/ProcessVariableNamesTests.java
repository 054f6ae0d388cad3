package cn.onedoor.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The typed accessors against the models: every variable an accessor reads is written by someone (a
 * form field, a model's mapping or expression, an accessor's writer, the code that starts a process
 * or correlates a message), and every variable the models name in their expressions and mappings
 * (BPMN and DMN) is a name of {@link CaseVariables}.
 */
class ProcessVariableNamesTests {

  /** The typed accessors: every class of cn.onedoor.process that extends {@link ProcessVariables}. */
  static List<Path> accessors() {
    List<Path> accessors = ModelSources.mainSources().stream()
        .filter(f -> f.getParent().endsWith(Path.of("cn/onedoor/process")))
        .filter(f -> ModelSources.read(f).contains(" extends ProcessVariables ")).toList();
    assertThat(accessors.stream().map(f -> f.getFileName().toString())).contains("CaseFacts.java", "MediationVariables.java",
        "ReferralVariables.java", "ConsultationVariables.java", "NoticeDeliveryVariables.java");
    return accessors;
  }

  private static final Pattern READ = Pattern.compile("\\b(?:string|requiredString|flag|number|date|amount|list|raw)\\(([A-Z][A-Z_]*)");
  private static final Pattern WRITE = Pattern.compile("\\b(?:set|setDate|setAmount|setList)\\(([A-Z][A-Z_]*)");
  /** Main code that builds the variables of a start or a message: {@code put(CaseVariables.X, …)} or {@code put(X, …)}. */
  private static final Pattern PUT = Pattern.compile("\\b(?:put|Map\\.of)\\((?:CaseVariables\\.)?([A-Z][A-Z_]*)\\s*,");
  private static final Pattern CONSTANT = Pattern.compile("CaseVariables\\.([A-Z][A-Z_]*)");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*)(?!\\s*\\()");
  private static final Pattern SET_VARIABLE = Pattern.compile("setVariable\\('(\\w+)'");
  private static final Set<String> EL_WORDS = Set.of("execution", "task", "true", "false", "null", "empty", "not",
      "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "in", "between",
      "if", "then", "else", "for", "return", "some", "every", "satisfies");

  static Map<String, String> caseVariableNames() throws IllegalAccessException {
    Map<String, String> names = new HashMap<>();
    for (Field field : CaseVariables.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
        names.put(field.getName(), (String) field.get(null));
      }
    }
    return names;
  }

  @Test
  void everyVariableAnAccessorReadsIsWrittenSomewhere() throws Exception {
    Map<String, String> names = caseVariableNames();
    Set<String> read = new TreeSet<>();
    for (Path accessor : accessors()) {
      read.addAll(values(READ, ModelSources.read(accessor), names));
    }
    read.addAll(ConsultationVariables.CARRIED_TO_CASE);
    assertThat(read).as("the accessors read").contains(CaseVariables.CLAIM_AMOUNT, CaseVariables.POSSIBLE_DUPLICATE_OF,
        CaseVariables.RECEIVED_DATE, CaseVariables.NOTICE_ID);

    Set<String> written = writtenByModelsAndForms();
    for (Path accessor : accessors()) {
      written.addAll(values(WRITE, ModelSources.read(accessor), names));
    }
    for (Path source : ModelSources.mainSources()) {
      String text = ModelSources.read(source);
      written.addAll(values(PUT, text, names));
      if (source.endsWith("InboundMessage.java")) {
        written.addAll(values(CONSTANT, text, names)); // the dates, references and results messages carry
      }
    }
    assertThat(read).as("read by an accessor but written by no form, model or code").isSubsetOf(written);
  }

  @Test
  void everyVariableTheModelsNameIsACaseVariable() throws Exception {
    Set<String> known = new TreeSet<>(caseVariableNames().values());
    Set<String> named = new TreeSet<>();
    ModelSources.models("bpmn").values().forEach(model -> named.addAll(namedInBpmn(model)));
    ModelSources.models("dmn").values().forEach(model -> named.addAll(namedInDmn(model)));
    assertThat(named).as("the models name").contains("claimAmount", "mediationDeadline", "sessionResult", "mediatorPool");
    assertThat(named).as("named in a model's expression or mapping, unknown to CaseVariables").isSubsetOf(known);
  }

  @Test
  void theDecisionComparesTheClaimAsANumberWithoutConverting() {
    Set<String> inputs = new TreeSet<>();
    Document dmn = ModelSources.xml(ModelSources.models("dmn").get("Decision_Triage"));
    NodeList expressions = dmn.getElementsByTagNameNS("*", "inputExpression");
    for (int i = 0; i < expressions.getLength(); i++) {
      inputs.add(((Element) expressions.item(i)).getTextContent().trim());
    }
    assertThat(inputs).contains(CaseVariables.CLAIM_AMOUNT).noneMatch(text -> text.contains("number("));
  }

  /** Names the BPMN models set: mappings' targets, {@code setVariable('x', …)}, result and error-message variables, form fields. */
  private static Set<String> writtenByModelsAndForms() throws Exception {
    Set<String> written = new TreeSet<>();
    for (Path model : ModelSources.models("bpmn").values()) {
      Document xml = ModelSources.xml(model);
      for (String tag : List.of("in", "out")) {
        NodeList mappings = xml.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < mappings.getLength(); i++) {
          String target = ((Element) mappings.item(i)).getAttribute("target");
          if (!target.isEmpty()) {
            written.add(target);
          }
        }
      }
      forEachAttributeAndText(xml, (name, value) -> {
        if (name.equals("camunda:resultVariable") || name.equals("camunda:errorMessageVariable")) {
          written.add(value);
        }
        Matcher set = SET_VARIABLE.matcher(value);
        while (set.find()) {
          written.add(set.group(1));
        }
      });
    }
    try (Stream<Path> forms = Files.list(ModelSources.FORMS)) {
      for (Path form : forms.toList()) {
        Matcher key = Pattern.compile("\"(?:key|path)\"\\s*:\\s*\"(\\w+)\"").matcher(ModelSources.read(form));
        while (key.find()) {
          written.add(key.group(1));
        }
      }
    }
    return written;
  }

  /** Variables a BPMN model names: identifiers in its expressions (not beans, not EL words) and its mappings' sources and targets. */
  static Set<String> namedInBpmn(Path model) {
    Set<String> beans = beanNames();
    Set<String> named = new TreeSet<>();
    Document xml = ModelSources.xml(model);
    for (String tag : List.of("in", "out")) {
      NodeList mappings = xml.getElementsByTagNameNS("*", tag);
      for (int i = 0; i < mappings.getLength(); i++) {
        Element mapping = (Element) mappings.item(i);
        for (String attribute : List.of("source", "target")) {
          if (!mapping.getAttribute(attribute).isEmpty()) {
            named.add(mapping.getAttribute(attribute));
          }
        }
      }
    }
    forEachAttributeAndText(xml, (name, value) -> {
      Matcher set = SET_VARIABLE.matcher(value);
      while (set.find()) {
        named.add(set.group(1));
      }
      Matcher expression = EXPRESSION.matcher(value);
      while (expression.find()) {
        Matcher identifier = IDENTIFIER.matcher(expression.group(1).replaceAll("'[^']*'", "''"));
        while (identifier.find()) {
          String word = identifier.group(1);
          if (!EL_WORDS.contains(word) && !beans.contains(word) && !word.matches("\\d.*")) {
            named.add(word);
          }
        }
      }
    });
    return named;
  }

  /** Variables a DMN model's input expressions name (FEEL words and function calls left out). */
  static Set<String> namedInDmn(Path model) {
    Set<String> named = new TreeSet<>();
    NodeList expressions = ModelSources.xml(model).getElementsByTagNameNS("*", "inputExpression");
    for (int i = 0; i < expressions.getLength(); i++) {
      String text = ((Element) expressions.item(i)).getTextContent().replaceAll("\"[^\"]*\"", "\"\"");
      Matcher identifier = IDENTIFIER.matcher(text);
      while (identifier.find()) {
        if (!FEEL_WORDS.contains(identifier.group(1))) {
          named.add(identifier.group(1));
        }
      }
    }
    return named;
  }

  /** The beans models call by name ({@code @Component("…")} in the main code). */
  private static Set<String> beanNames() {
    Set<String> beans = new TreeSet<>();
    Pattern component = Pattern.compile("@Component\\(\"(\\w+)\"\\)");
    for (Path source : ModelSources.mainSources()) {
      Matcher matcher = component.matcher(ModelSources.read(source));
      while (matcher.find()) {
        beans.add(matcher.group(1));
      }
    }
    return beans;
  }

  private static Set<String> values(Pattern pattern, String source, Map<String, String> names) {
    Set<String> values = new TreeSet<>();
    Matcher matcher = pattern.matcher(source);
    while (matcher.find()) {
      String value = names.get(matcher.group(1));
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private static void forEachAttributeAndText(Document xml, java.util.function.BiConsumer<String, String> visitor) {
    NodeList all = xml.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      for (int a = 0; a < element.getAttributes().getLength(); a++) {
        Node attribute = element.getAttributes().item(a);
        visitor.accept(attribute.getNodeName(), attribute.getNodeValue());
      }
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
          visitor.accept("#text", child.getNodeValue());
        }
      }
    }
  }
}
