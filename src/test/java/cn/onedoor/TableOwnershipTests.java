package cn.onedoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: each of our tables is read and written in SQL only by classes of the feature
 * module that owns it; other modules call that module's public API or listen to its events
 * (docs/modules.md). A plain scan of the string literals (text blocks too) under src/main/java for
 * a table name after {@code from}, {@code join}, {@code into}, {@code update} or {@code table}.
 */
class TableOwnershipTests {

  /** Table → the module (direct sub-package of cn.onedoor) that owns it. */
  static final Map<String, String> OWNERS = Map.ofEntries(
      Map.entry("case_register", "register"),
      Map.entry("case_party", "party"),
      Map.entry("case_mediator_change", "register"),
      Map.entry("mediation_session", "mediation"),
      Map.entry("session_booking", "mediation"),
      Map.entry("session_slot", "mediation"),
      Map.entry("agreement_document", "agreement"),
      Map.entry("agreement_number_counter", "agreement"),
      Map.entry("agreement_number_allocation", "agreement"),
      Map.entry("agreement_worker_amount", "agreement"),
      Map.entry("notification", "notification"),
      Map.entry("handoff", "referral"),
      Map.entry("callback_receipt", "referral"),
      Map.entry("inbound_message", "referral"),
      Map.entry("idempotent_request", "intake"),
      Map.entry("case_number_counter", "intake"),
      Map.entry("kpi_daily", "reporting"),
      Map.entry("kpi_dirty_day", "reporting"),
      Map.entry("simulator_request", "simulator"),
      Map.entry("case_upload", "casefile"));

  static final Path SOURCES = Path.of("src", "main", "java", "cn", "onedoor");
  static final Path MIGRATIONS = Path.of("src", "main", "resources", "db");

  @Test
  void noClassOutsideItsOwnerSpellsAnOwnedTableInSql() {
    List<String> reaches = new ArrayList<>();
    for (Path source : javaSources()) {
      String module = module(source);
      for (String table : tablesInSql(read(source))) {
        String owner = OWNERS.get(table);
        if (owner != null && !owner.equals(module)) {
          reaches.add(SOURCES.relativize(source) + " uses table " + table + " (owned by " + owner + ")");
        }
      }
    }
    assertThat(reaches).as("SQL on another module's table; call the owner's public API instead").isEmpty();
  }

  /** The list is live: every owned table is used by its owner, every table our migrations create has an owner. */
  @Test
  void everyTableOfTheMigrationsHasAnOwnerThatUsesIt() {
    Set<String> created = new TreeSet<>();
    Pattern create = Pattern.compile("(?i)create\\s+table\\s+(\\w+)");
    try (Stream<Path> files = Files.walk(MIGRATIONS)) {
      files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
        Matcher matcher = create.matcher(read(file));
        while (matcher.find()) {
          created.add(matcher.group(1).toLowerCase());
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(created);

    Set<String> usedByOwner = new TreeSet<>();
    for (Path source : javaSources()) {
      String module = module(source);
      tablesInSql(read(source)).stream().filter(table -> module.equals(OWNERS.get(table))).forEach(usedByOwner::add);
    }
    assertThat(usedByOwner).containsExactlyInAnyOrderElementsOf(OWNERS.keySet());
  }

  @Test
  void theScanFindsTablesInStringsAndTextBlocksButNotInComments() {
    String source = """
        // select * from case_party
        /* update case_party set x = 1 */
        class X {
          String a = "select count(*) from case_register where x = ?";
          String b = \"""
              insert into mediation_session (a)
              values (?)\""";
          String c = "onedoor.notification.centre-name";
          char d = '"';
          String e = "lock table kpi_daily in exclusive mode";
        }
        """;
    assertThat(tablesInSql(source)).containsExactlyInAnyOrder("case_register", "mediation_session", "kpi_daily");
  }

  private static List<Path> javaSources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The module of a source file: its first package below cn.onedoor ("" for the application class). */
  private static String module(Path source) {
    Path relative = SOURCES.relativize(source);
    return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
  }

  private static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");

  /** The owned tables named in SQL in the string literals of a Java source. */
  static Set<String> tablesInSql(String source) {
    Set<String> tables = new TreeSet<>();
    for (String literal : stringLiterals(source)) {
      Matcher matcher = SQL_TABLE.matcher(literal);
      while (matcher.find()) {
        String name = matcher.group(1).toLowerCase();
        if (OWNERS.containsKey(name)) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  /** The contents of the string literals and text blocks, comments and char literals skipped. */
  static List<String> stringLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end;
        literals.add(source.substring(i + 3, end));
        i = Math.min(n, end + 3);
      } else if (c == '"') {
        StringBuilder literal = new StringBuilder();
        i++;
        while (i < n && source.charAt(i) != '"' && source.charAt(i) != '\n') {
          if (source.charAt(i) == '\\' && i + 1 < n) {
            literal.append(source.charAt(i + 1));
            i += 2;
          } else {
            literal.append(source.charAt(i++));
          }
        }
        literals.add(literal.toString());
        i++;
      } else if (c == '\'') {
        int end = i + 1;
        while (end < n && source.charAt(end) != '\'') {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
