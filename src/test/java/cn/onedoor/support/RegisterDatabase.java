package cn.onedoor.support;

import cn.onedoor.calendar.ChinaTime;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A database of its own for a test of our tables alone, without the application: a new, empty
 * database of the suite's kind ({@link TestDatabase}: H2 in memory, or one more database on the
 * embedded PostgreSQL) with our Flyway migrations as application.yml runs them (db/migration and
 * db/vendor/{vendor}) and no Camunda tables. What a test writes there no other test sees, whatever
 * dates either uses.
 */
public final class RegisterDatabase {

  static {
    // as OneDoorApplication does: H2 reads the JVM's zone once, at its first connection, and the
    // application context of the same JVM (which may start after this test) writes Beijing dates
    TimeZone.setDefault(TimeZone.getTimeZone(ChinaTime.ZONE));
  }

  private final DataSource dataSource;

  private RegisterDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static RegisterDatabase create() {
    DataSource dataSource = new DriverManagerDataSource(TestDatabase.newDatabaseUrl(), TestDatabase.user(), TestDatabase.password());
    Flyway.configure().dataSource(dataSource).table("onedoor_schema_history")
        .locations("classpath:db/migration", "classpath:db/vendor/" + (TestDatabase.isPostgres() ? "postgresql" : "h2"))
        .load().migrate();
    return new RegisterDatabase(dataSource);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcTemplate jdbc() {
    return new JdbcTemplate(dataSource);
  }

  public PlatformTransactionManager transactions() {
    return new DataSourceTransactionManager(dataSource);
  }
}
