package cn.onedoor.register;

import org.springframework.jdbc.core.JdbcTemplate;

/** For tests of our tables without the application: the case register over a database of the test's own. */
public final class CaseRegisters {

  private CaseRegisters() {}

  public static CaseRegister on(JdbcTemplate jdbc) {
    return new CaseRegister(jdbc);
  }
}
