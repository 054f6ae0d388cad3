package cn.onedoor.party;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The parties of each case with their full identity numbers, credit codes and phones (table
 * {@code case_party}), kept apart from the register: written once at registration, read for
 * notices, agreements and hand-offs only. The one class that reads or writes the table. Runs in
 * the caller's transaction.
 */
@Repository
public class CaseParties {

  private static final RowMapper<CaseParty> PARTY = (rs, i) ->
      new CaseParty(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));

  private final JdbcTemplate jdbc;

  public CaseParties(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String caseNumber, List<CaseParty> parties) {
    for (CaseParty p : parties) {
      jdbc.update("insert into case_party (case_number, party_role, name, id_number, credit_code, phone) values (?, ?, ?, ?, ?, ?)",
          caseNumber, p.role(), p.name(), p.idNumber(), p.creditCode(), p.phone());
    }
  }

  public Optional<CaseParty> find(String caseNumber, String role) {
    return jdbc.query("select party_role, name, id_number, credit_code, phone from case_party where case_number = ? and party_role = ?",
        PARTY, caseNumber, role).stream().findFirst();
  }

  /** Every party of the case, by role. */
  public List<CaseParty> of(String caseNumber) {
    return jdbc.query("select party_role, name, id_number, credit_code, phone from case_party where case_number = ? order by party_role",
        PARTY, caseNumber);
  }
}
