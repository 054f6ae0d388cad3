package cn.onedoor.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Simplified Chinese locale of the four Camunda webapps, checked against the {@code en.json}
 * files of the Camunda webjar on the classpath. After a Camunda upgrade these tests fail and name
 * every label key that was added or removed, until {@code zh.json} is brought up to date.
 */
@Tag("no-database")
class ZhLocaleTests {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * English plural suffix "s" (as in "instance" + "s"): Chinese has no plural form, so these are
   * intentionally empty. None of them is used by the 7.24.0 Community Edition webapps.
   */
  private static final Set<String> INTENTIONALLY_EMPTY =
      Set.of("PLGN_BATCH_S", "PLGN_MIG_S", "PLGN_MOD_DIALOG_S", "PLGN_MOD_RESTART_DIALOG_S");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhCoversEveryShippedLabel(String app) throws IOException {
    Map<String, String> en = labels(app, "en");
    Map<String, String> zh = labels(app, "zh");

    Set<String> missing = new TreeSet<>(en.keySet());
    missing.removeAll(zh.keySet());
    Set<String> extra = new TreeSet<>(zh.keySet());
    extra.removeAll(en.keySet());

    assertSoftly(softly -> {
      softly.assertThat(missing).as("labels of the shipped %s/locales/en.json not yet translated in zh.json", app).isEmpty();
      softly.assertThat(extra).as("labels in %s/locales/zh.json that the shipped en.json no longer has", app).isEmpty();
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhKeepsEveryPlaceholderOfTheEnglishLabel(String app) throws IOException {
    Map<String, String> en = labels(app, "en");
    Map<String, String> zh = labels(app, "zh");

    List<String> broken = new ArrayList<>();
    en.forEach((key, english) -> {
      String chinese = zh.get(key);
      if (chinese == null) {
        return; // reported by zhCoversEveryShippedLabel
      }
      for (String placeholder : placeholders(english)) {
        if (occurrences(chinese, placeholder) < occurrences(english, placeholder)) {
          broken.add(key + " lacks " + placeholder + ": " + chinese);
        }
      }
      if (english.contains("{}") && !chinese.contains("{}")) {
        broken.add(key + " lacks the ng-pluralize count {}: " + chinese);
      }
    });
    assertThat(broken).as("%s/locales/zh.json labels without the placeholders of the English text", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhLabelIsEmptyOnlyWhereTheEnglishIsEmpty(String app) throws IOException {
    Map<String, String> en = labels(app, "en");
    Map<String, String> zh = labels(app, "zh");

    List<String> empty = new ArrayList<>();
    zh.forEach((key, chinese) -> {
      boolean englishEmpty = en.getOrDefault(key, "").isBlank();
      if (chinese.isBlank() && !englishEmpty && !INTENTIONALLY_EMPTY.contains(key)) {
        empty.add(key);
      }
    });
    assertThat(empty).as("empty labels in %s/locales/zh.json", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhFileMirrorsTheShippedStructureWithoutByteOrderMark(String app) throws IOException {
    byte[] raw = read(resource(app, "locales/zh.json"));
    boolean byteOrderMark = raw.length >= 3 && raw[0] == (byte) 0xEF && raw[1] == (byte) 0xBB && raw[2] == (byte) 0xBF;
    assertThat(byteOrderMark).as("%s/locales/zh.json starts with a UTF-8 byte-order mark", app).isFalse();

    JsonNode en = json(app, "en");
    JsonNode zh = json(app, "zh");
    assertThat(fieldNames(zh)).isEqualTo(fieldNames(en));
    if (en.has("dateLocales")) {
      JsonNode dates = zh.get("dateLocales");
      assertThat(fieldNames(dates)).containsAll(fieldNames(en.get("dateLocales")));
      assertThat(dates.get("months")).hasSize(12);
      assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
      assertThat(dates.get("weekdays")).hasSize(7);
      assertThat(dates.get("weekdays").get(0).asText()).isEqualTo("星期日");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configJsOffersZhWithEnglishAsFallback(String app) throws IOException {
    // the first config.js on the classpath is the one the webapp serves: ours, before the webjar's
    String config = withoutComments(new String(read(resource(app, "scripts/config.js")), StandardCharsets.UTF_8));

    Matcher available = Pattern.compile("availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)\\]").matcher(config);
    assertThat(available.find()).as("%s/scripts/config.js sets locales.availableLocales", app).isTrue();
    assertThat(available.group(1)).contains("'zh'").contains("'en'");

    Matcher fallback = Pattern.compile("fallbackLocale['\"]?\\s*:\\s*'([^']*)'").matcher(config);
    assertThat(fallback.find()).as("%s/scripts/config.js sets locales.fallbackLocale", app).isTrue();
    assertThat(fallback.group(1)).isEqualTo("en");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void endOfLifeBannerShowsTheCentreMessageInChinese(String app) throws IOException {
    Map<String, String> en = labels(app, "en");
    Map<String, String> zh = labels(app, "zh");
    if (en.containsKey("BANNER_CE_EOL_TEXT")) {
      assertThat(zh.get("BANNER_CE_EOL_TEXT")).startsWith("OneDoor").doesNotContain("Camunda 8");
    }
  }

  private static Map<String, String> labels(String app, String locale) throws IOException {
    JsonNode labels = json(app, locale).get("labels");
    assertThat(labels).as("%s/locales/%s.json has labels", app, locale).isNotNull();
    Map<String, String> result = new LinkedHashMap<>();
    labels.fields().forEachRemaining(field -> {
      assertThat(field.getValue().isTextual()).as("%s.json label %s is a string", locale, field.getKey()).isTrue();
      result.put(field.getKey(), field.getValue().asText());
    });
    return result;
  }

  private static JsonNode json(String app, String locale) throws IOException {
    String text = new String(read(resource(app, "locales/" + locale + ".json")), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // the shipped en.json files start with a byte-order mark
    }
    return JSON.readTree(text);
  }

  private static URL resource(String app, String path) {
    URL url = ZhLocaleTests.class.getClassLoader().getResource(APP_ROOT + app + "/" + path);
    assertThat(url).as("classpath resource %s%s/%s", APP_ROOT, app, path).isNotNull();
    return url;
  }

  private static byte[] read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    names.sort(null);
    return names;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }

  private static String withoutComments(String script) {
    return script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }
}
