package cn.onedoor.tasklist;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one index OneDoor adds to Camunda's tables: {@code onedoor_idx_task_due} on
 * {@code ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ DESC, ID_)}, the order of every shared filter (the filter's
 * statutory due date, then Tasklist's newest first, then the id that OneDoor's statement adds to settle ties). With it a list by due date reads one page of
 * the index and stops, instead of sorting every task the user may see (docs/benchmarks.md).
 *
 * <p>Camunda creates and upgrades its own tables, so the index is not a Flyway migration (Flyway runs
 * before the engine has created them on a new database); it is created once the engine is built,
 * if missing, on PostgreSQL {@code CONCURRENTLY} (no write lock on a live table; on a cluster the
 * node that comes second finds it there). Camunda's upgrade scripts leave indexes they do not know.
 */
@Component
class InboxIndexes extends AbstractProcessEnginePlugin {

  static final String NAME = "onedoor_idx_task_due";

  private static final Logger log = LoggerFactory.getLogger(InboxIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String table = (configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix()) + "ACT_RU_TASK";
    boolean postgres = "postgres".equals(configuration.getDatabaseType());
    DataSource dataSource = configuration.getDataSource();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      if (postgres) {
        dropIfInvalid(statement);
        statement.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + NAME + " ON " + table + " (DUE_DATE_, CREATE_TIME_ DESC, ID_)");
      } else {
        statement.execute("CREATE INDEX IF NOT EXISTS " + NAME + " ON " + table + " (DUE_DATE_, CREATE_TIME_ DESC, ID_)");
      }
    } catch (SQLException e) {
      // the inbox still answers without it, only slower: say so, do not stop the node
      log.warn("Could not create the index {} on {}: Tasklist's lists sort every task the user may see until it exists", NAME, table, e);
    }
  }

  /** A CONCURRENTLY build that was interrupted leaves an invalid index, which IF NOT EXISTS would keep. */
  private static void dropIfInvalid(Statement statement) throws SQLException {
    boolean invalid;
    try (ResultSet rows = statement.executeQuery("SELECT NOT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE c.relname = '" + NAME + "' AND pg_catalog.pg_table_is_visible(c.oid)")) {
      invalid = rows.next() && rows.getBoolean(1);
    }
    if (invalid) {
      log.warn("The index {} is invalid (an interrupted build): dropping and building it again", NAME);
      statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + NAME);
    }
  }
}
