package cn.onedoor.modelguard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/** What a JUEL expression of a model names: its root identifiers, the beans it calls, its string literals. */
final class Expressions {

  /** Names the engine itself resolves in an expression (besides variables and Spring beans). */
  static final Set<String> ENGINE_NAMES = Set.of(
      "execution", "task", "externalTask", "caseExecution", "variableScope", "authenticatedUserId", "processEngine");

  private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
  private static final Pattern SET_VARIABLE = Pattern.compile("setVariable(?:Local)?\\(\\s*['\"]([\\w$]+)['\"]");

  /** A parsed expression. {@code called}: identifiers that something is called on ({@code x.m(...)}). */
  record Parsed(Set<String> identifiers, Set<String> called, List<String> strings) {}

  private Expressions() {}

  static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** The parsed expression; {@link TreeBuilderException} when it does not parse. */
  static Parsed parse(String text) {
    Tree tree = JUEL.build(text);
    Set<String> identifiers = new LinkedHashSet<>();
    for (IdentifierNode node : tree.getIdentifierNodes()) {
      identifiers.add(node.getName());
    }
    // functions (now(), dateTime(), S()) are the engine's own: nothing to check
    Set<String> called = new LinkedHashSet<>();
    for (String identifier : identifiers) {
      if (Pattern.compile("(?<![\\w.$])" + Pattern.quote(identifier) + "\\s*\\.\\s*[\\w$]+\\s*\\(").matcher(text).find()) {
        called.add(identifier);
      }
    }
    List<String> strings = new ArrayList<>();
    collectStrings(tree.getRoot(), strings);
    return new Parsed(identifiers, called, strings);
  }

  /** Variables an expression writes with {@code execution.setVariable('name', …)}. */
  static Set<String> writtenVariables(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = SET_VARIABLE.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** {@code name} when the whole text is {@code ${name}} or {@code #{name}}, else null. */
  static String soleIdentifier(String text) {
    Matcher matcher = Pattern.compile("^\\s*[$#]\\{\\s*([\\w$]+)\\s*}\\s*$").matcher(text);
    return matcher.matches() ? matcher.group(1) : null;
  }

  private static void collectStrings(Node node, List<String> strings) {
    if (node == null) {
      return;
    }
    if (node instanceof AstString literal) {
      Object value = literal.eval(null, null);
      if (value != null) {
        strings.add(value.toString());
      }
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      collectStrings(node.getChild(i), strings);
    }
  }
}
