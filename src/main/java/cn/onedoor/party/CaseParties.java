package cn.onedoor.party;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The parties of each case with their full identity numbers, credit codes and phones (table
 * {@code case_party}), kept apart from the register: written once at registration, read for
 * notices, agreements and hand-offs only. The one class that reads or writes the table. Runs in
 * the caller's transaction.
 *
 * <p>Within one transaction a case's parties are read from the table once (issue #16: one engine
 * command records several notices, each asking for its addressee): the rows are kept until the
 * transaction ends, and dropped when this class writes parties of the case. Being the table's only
 * writer, it cannot miss a change made in the same transaction.
 */
@Repository
public class CaseParties {

  private static final String COLUMNS =
      "party_role, seq, name, id_number, credit_code, phone, address, legal_representative, claim_amount, representative, represents_seq";
  private static final RowMapper<CaseParty> PARTY = (rs, i) -> new CaseParty(rs.getString(1), rs.getInt(2), rs.getString(3),
      rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9),
      rs.getBoolean(10), (Integer) rs.getObject(11, Integer.class));

  private final JdbcTemplate jdbc;

  public CaseParties(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String caseNumber, List<CaseParty> parties) {
    Map<String, List<CaseParty>> read = readInThisTransaction();
    if (read != null) {
      read.remove(caseNumber);
    }
    for (CaseParty p : parties) {
      jdbc.update("insert into case_party (case_number, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          caseNumber, p.role(), p.seq(), p.name(), p.idNumber(), p.creditCode(), p.phone(), p.address(),
          p.legalRepresentative(), p.claimAmount(), p.representative(), p.representsSeq());
    }
  }

  /** The first party of the role (the first applicant; the employer). */
  public Optional<CaseParty> find(String caseNumber, String role) {
    // of(...) lists a role's parties in their order
    return of(caseNumber).stream().filter(p -> p.role().equals(role)).findFirst();
  }

  /** The party of the role with this sequence number. */
  public Optional<CaseParty> find(String caseNumber, String role, int seq) {
    return of(caseNumber).stream().filter(p -> p.role().equals(role) && p.seq() == seq).findFirst();
  }

  /** Every party of the case: the applicants in their order, the employer, then the agents (applicants' side first). */
  public List<CaseParty> of(String caseNumber) {
    Map<String, List<CaseParty>> read = readInThisTransaction();
    if (read == null) {
      return select(caseNumber);
    }
    return read.computeIfAbsent(caseNumber, this::select);
  }

  private List<CaseParty> select(String caseNumber) {
    return List.copyOf(jdbc.query("select " + COLUMNS + " from case_party where case_number = ?"
        + " order by case party_role when 'applicant' then 0 when 'respondent' then 1 when 'applicant_agent' then 2 else 3 end, seq",
        PARTY, caseNumber));
  }

  /** The parties read in the current transaction, by case number; null outside a transaction. */
  @SuppressWarnings("unchecked")
  private Map<String, List<CaseParty>> readInThisTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, List<CaseParty>> read = (Map<String, List<CaseParty>>) TransactionSynchronizationManager.getResource(this);
    if (read == null) {
      Map<String, List<CaseParty>> created = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResourceIfPossible(CaseParties.this);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(CaseParties.this, created);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(CaseParties.this);
        }
      });
      read = created;
    }
    return read;
  }

  /** A party of an earlier case, with that case's number (intake's offer of a returning applicant or employer). */
  public record Earlier(String caseNumber, CaseParty party) {}

  /** How many earlier cases a look-up names at most. */
  public static final int EARLIER_NAMED = 20;

  /** The applicants with this identity number, latest case number first. */
  public List<Earlier> applicantsWithIdNumber(String idNumber) {
    return earlier("party_role = 'applicant' and id_number = ?", idNumber);
  }

  /** The respondent employers with this credit code, latest case number first. */
  public List<Earlier> employersWithCreditCode(String creditCode) {
    return earlier("party_role = 'respondent' and credit_code = ?", creditCode);
  }

  /** The respondent employers of exactly this name, latest case number first. */
  public List<Earlier> employersNamed(String name) {
    return earlier("party_role = 'respondent' and name = ?", name);
  }

  private List<Earlier> earlier(String condition, String value) {
    return jdbc.query("select case_number, " + COLUMNS + " from case_party where " + condition
        + " order by case_number desc fetch first " + EARLIER_NAMED + " rows only",
        (rs, i) -> new Earlier(rs.getString(1), new CaseParty(rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10),
            rs.getBoolean(11), (Integer) rs.getObject(12, Integer.class))), value);
  }
}
