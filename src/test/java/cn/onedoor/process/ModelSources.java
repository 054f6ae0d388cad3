package cn.onedoor.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The repository's models, forms and main sources as text, for the checks of names and ids (no engine). */
final class ModelSources {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Path MAIN = Path.of("src/main/java");

  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  private ModelSources() {}

  /** processes/*.bpmn and *.dmn by model key (file name without extension). */
  static Map<String, Path> models(String extension) {
    Map<String, Path> models = new TreeMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      files.filter(f -> f.toString().endsWith("." + extension))
          .forEach(f -> models.put(f.getFileName().toString().replace("." + extension, ""), f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return models;
  }

  static Document xml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  /** Every id of the model's semantic elements (processes, flow nodes, flows, messages, errors, decisions, rules), not of its diagram. */
  static Set<String> elementIds(Path model) {
    Set<String> ids = new LinkedHashSet<>();
    NodeList all = xml(model).getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
      boolean diagram = namespace.contains("/DI") || namespace.contains("DMNDI") || namespace.contains("/DD/") || namespace.endsWith("/DC/");
      if (!diagram && element.hasAttribute("id")) {
        ids.add(element.getAttribute("id"));
      }
    }
    return ids;
  }

  static List<Path> mainSources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The string literals of a Java source, comments and text blocks left out. */
  static List<String> stringLiterals(String source) {
    String code = source.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
        .replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("(?m)^\\s*//.*$", " ");
    List<String> literals = new ArrayList<>();
    Matcher matcher = STRING_LITERAL.matcher(code);
    while (matcher.find()) {
      literals.add(matcher.group(1));
    }
    return literals;
  }
}
