package cn.onedoor.notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notice texts in Simplified Chinese with {@code {placeholder}}s, configured in
 * notification-templates.yml (an administrator may override them in external configuration).
 *
 * @param centreName signature at the start of every SMS, e.g. 【吉安市劳动人事争议一站式调处中心】
 */
@ConfigurationProperties("onedoor.notification")
public record NotificationTemplates(String centreName, Map<String, String> templates) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  /** The text of a template with every placeholder filled; a missing value or template is an error. */
  public String render(String template, Map<String, String> values) {
    String text = templates.get(template);
    if (text == null) {
      throw new IllegalArgumentException("No notification template '" + template + "'");
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = name.equals("centre") ? centreName : values.get(name);
      if (value == null) {
        throw new IllegalArgumentException("Template '" + template + "' needs a value for {" + name + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
