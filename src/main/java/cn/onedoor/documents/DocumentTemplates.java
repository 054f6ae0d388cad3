package cn.onedoor.documents;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The documents' templates as files: {@code <name>.html} in the configured folder
 * ({@code onedoor.documents.template-dir}) where one is there, else the bundled default
 * ({@code classpath:documents/<name>.html}). Read and compiled on every use (a page of text:
 * cheap), so an administrator's edit shows in the next document without a restart.
 *
 * <p>Mustache without logic (jmustache): {@code {{name}}} is HTML-escaped, {@code {{#list}}…{{/list}}}
 * repeats, {@code {{^x}}…{{/x}}} stands where x is empty, {@code {{> _style}}} includes another
 * template file. Unescaped output ({@code {{{x}}}}, {@code {{&x}}}) is refused, so no party's name can
 * become markup; a placeholder the document does not offer is an error, not a silent blank.
 */
@Component
class DocumentTemplates {

  static final String BUNDLED = "documents/";
  static final String SUFFIX = ".html";
  private static final Pattern NAME = Pattern.compile("[a-z0-9_][a-z0-9_-]{0,60}");
  private static final Pattern PARTIAL = Pattern.compile("\\{\\{\\s*>");
  private static final Pattern UNESCAPED = Pattern.compile("\\{\\{\\s*[{&]");

  private final Path folder;

  DocumentTemplates(DocumentsProperties properties) {
    this.folder = properties.templateDir() == null || properties.templateDir().isBlank() ? null : Path.of(properties.templateDir().trim());
  }

  /** The template filled in with {@code values}. */
  String fill(String name, Map<String, Object> values) {
    Template template = compile(name);
    try {
      return template.execute(values);
    } catch (MustacheException e) {
      throw included(e).orElseGet(() -> new DocumentTemplateException(where(name), "cannot be filled in: " + e.getMessage(), e));
    }
  }

  /** Where the template of this name is read from, for messages: the override file or the bundled resource. */
  String where(String name) {
    Path override = override(name);
    return override != null ? override.toAbsolutePath().toString() : "classpath:" + BUNDLED + name + SUFFIX;
  }

  private Template compile(String name) {
    String text = read(name);
    Mustache.Compiler compiler = Mustache.compiler()
        .escapeHTML(true)
        .nullValue("")
        .emptyStringIsFalse(true)
        .zeroIsFalse(true)
        .withLoader(partial -> new StringReader(included(partial)));
    try {
      return compiler.compile(text);
    } catch (MustacheException e) {
      throw included(e).orElseGet(() -> new DocumentTemplateException(where(name), "is not a valid template: " + e.getMessage(), e));
    }
  }

  /** The fault of an included template ({{> _style}}), which jmustache wraps in its own exception. */
  private static java.util.Optional<DocumentTemplateException> included(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DocumentTemplateException fault) {
        return java.util.Optional.of(fault);
      }
    }
    return java.util.Optional.empty();
  }

  /** An included template: it may not include another (so no file can include itself). */
  private String included(String name) {
    String text = read(name);
    if (PARTIAL.matcher(text).find()) {
      throw new DocumentTemplateException(where(name), "is included by another template and may not include one itself ({{>…}})", null);
    }
    return text;
  }

  private String read(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new DocumentTemplateException(name, "is not a template name (letters, digits, - and _ only)", null);
    }
    String text;
    Path override = override(name);
    try {
      if (override != null) {
        text = Files.readString(override, StandardCharsets.UTF_8);
      } else {
        ClassPathResource bundled = new ClassPathResource(BUNDLED + name + SUFFIX);
        if (!bundled.exists()) {
          throw new DocumentTemplateException(where(name), "does not exist", null);
        }
        try (InputStream in = bundled.getInputStream()) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentTemplateException known) {
        throw known;
      }
      throw new DocumentTemplateException(where(name), "cannot be read: " + e.getMessage(), e);
    }
    if (UNESCAPED.matcher(text).find()) {
      throw new DocumentTemplateException(where(name),
          "uses an unescaped placeholder ({{{…}}} or {{&…}}); write {{…}}, which prints every value as text", null);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private Path override(String name) {
    if (folder == null) {
      return null;
    }
    Path file = folder.resolve(name + SUFFIX);
    return Files.isRegularFile(file) ? file : null;
  }
}
