package cn.onedoor.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agreement's own number (调解协议书编号, {@code 劳调协〔2026〕第12号}): counted per centre (its
 * number prefix) and year of the agreement, one number per case's agreement. The counter row is
 * raised by one {@code update}, which holds the row's lock until its transaction ends, so two
 * cluster nodes allocating at once get consecutive numbers, never the same; the year's row is
 * inserted first (at 0) in a transaction of its own, and a node that loses that race counts on the
 * winner's row.
 *
 * <p>The number is given when the mediator completes 制作调解协议书 and kept in
 * {@code agreement_number_allocation} (issue #16): the counter row is locked to the end of that short
 * transaction, not through the agreement job that renders the PDF (other agreements waited for the
 * render; on H2 they timed out). The job, a retried job and a regenerated agreement use the number the
 * case has.
 */
@Component
class AgreementNumbers {

  private final JdbcTemplate jdbc;
  private final AgreementProperties properties;

  private final TransactionTemplate ownTransaction;

  AgreementNumbers(JdbcTemplate jdbc, AgreementProperties properties, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The case's agreement number, allocated now (and committed at once) if the case has none yet. */
  String numberFor(String caseNumber, int year) {
    return allocated(caseNumber).orElseGet(() -> allocate(caseNumber, year));
  }

  /** The number of the case's stored agreement, if it has one. */
  Optional<String> existing(String caseNumber) {
    List<String> numbers = jdbc.queryForList("""
        select agreement_number from agreement_document where case_number = ? and agreement_number is not null
        order by created_at""", String.class, caseNumber);
    return numbers.stream().findFirst();
  }

  private Optional<String> allocated(String caseNumber) {
    return jdbc.queryForList("select agreement_number from agreement_number_allocation where case_number = ?", String.class, caseNumber)
        .stream().findFirst();
  }

  /**
   * Raises the counter and records the number as the case's, in the caller's transaction (the
   * completion of 制作调解协议书, {@link AgreementNumberListener}; or, for a case that reached the
   * agreement job otherwise, that job): no second connection is taken, so a full pool cannot block it.
   */
  private String allocate(String caseNumber, int year) {
    String centre = properties.numberPrefix();
    String number = format(centre, year, next(centre, year));
    jdbc.update("insert into agreement_number_allocation (case_number, agreement_number, allocated_at) values (?, ?, ?)",
        caseNumber, number, java.sql.Timestamp.from(java.time.Instant.now()));
    return number;
  }

  /** Raises the counter; the caller's transaction holds the row's lock until it ends. */
  int next(String centre, int year) {
    ensureCounter(centre, year);
    int raised = jdbc.update("update agreement_number_counter set last_number = last_number + 1 where centre = ? and agreed_year = ?",
        centre, year);
    if (raised != 1) {
      throw new IllegalStateException("agreement number counter of " + centre + " " + year + " is missing");
    }
    return jdbc.queryForObject("select last_number from agreement_number_counter where centre = ? and agreed_year = ?",
        Integer.class, centre, year);
  }

  /**
   * The year's counter row exists (at 0 when new), inserted in a transaction of its own: a duplicate
   * key there (another node was first) must not spoil the agreement's own transaction, which
   * PostgreSQL would abort.
   */
  private void ensureCounter(String centre, int year) {
    Integer present = jdbc.queryForObject("select count(*) from agreement_number_counter where centre = ? and agreed_year = ?",
        Integer.class, centre, year);
    if (present != null && present > 0) {
      return;
    }
    try {
      ownTransaction.executeWithoutResult(status ->
          jdbc.update("insert into agreement_number_counter (centre, agreed_year, last_number) values (?, ?, 0)", centre, year));
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      // the row is there now
    }
  }

  /** 劳调协〔2026〕第12号. */
  static String format(String prefix, int year, int number) {
    return (prefix == null ? "" : prefix) + "〔" + year + "〕第" + number + "号";
  }
}
