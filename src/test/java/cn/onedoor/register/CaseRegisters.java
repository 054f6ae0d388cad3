package cn.onedoor.register;

import cn.onedoor.party.CaseParties;
import org.springframework.jdbc.core.JdbcTemplate;

/** For tests of our tables without the application: the case register over a database of the test's own. */
public final class CaseRegisters {

  private CaseRegisters() {}

  public static CaseRegister on(JdbcTemplate jdbc) {
    return new CaseRegister(jdbc, new CaseParties(jdbc));
  }

  /** The register's figures for reporting, over the same database. */
  public static RegisterFigures figures(JdbcTemplate jdbc) {
    return new RegisterFigures(jdbc);
  }
}
