package cn.onedoor.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes OneDoor adds to Camunda's own tables (issue #16). Camunda creates and upgrades its tables,
 * so such an index is not a Flyway migration (Flyway runs before the engine has created them on a new
 * database): a plugin creates it once the engine is built, if missing, on PostgreSQL
 * {@code CONCURRENTLY} (no write lock on a live table; on a cluster the node that comes second finds it
 * there). Camunda's upgrade scripts leave indexes they do not know. A failure is logged, not thrown:
 * the queries still answer without the index, only slower.
 */
public final class EngineIndexes {

  private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private EngineIndexes() {}

  /**
   * Creates index {@code name} on Camunda's table {@code table} (without the configured prefix) over
   * {@code columns} (e.g. {@code "TYPE_, DUEDATE_"}) unless it is there; {@code purpose} says in the log
   * what is slower without it.
   */
  public static void create(ProcessEngineConfigurationImpl configuration, String name, String table, String columns, String purpose) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("index name " + name);
    }
    String prefixed = (configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix()) + table;
    boolean postgres = "postgres".equals(configuration.getDatabaseType());
    try (Connection connection = configuration.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      if (postgres) {
        dropIfInvalid(statement, name);
        statement.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + name + " ON " + prefixed + " (" + columns + ")");
      } else {
        statement.execute("CREATE INDEX IF NOT EXISTS " + name + " ON " + prefixed + " (" + columns + ")");
      }
    } catch (SQLException e) {
      log.warn("Could not create the index {} on {}: {} until it exists", name, prefixed, purpose, e);
    }
  }

  /** A CONCURRENTLY build that was interrupted leaves an invalid index, which IF NOT EXISTS would keep. */
  private static void dropIfInvalid(Statement statement, String name) throws SQLException {
    boolean invalid;
    try (ResultSet rows = statement.executeQuery("SELECT NOT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE c.relname = '" + name + "' AND pg_catalog.pg_table_is_visible(c.oid)")) {
      invalid = rows.next() && rows.getBoolean(1);
    }
    if (invalid) {
      log.warn("The index {} is invalid (an interrupted build): dropping and building it again", name);
      statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + name);
    }
  }
}
