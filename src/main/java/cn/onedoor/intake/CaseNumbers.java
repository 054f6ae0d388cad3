package cn.onedoor.intake;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers such as 吉劳调〔2026〕0001号: a sequence per year, gap-free and unique. The counter
 * row is locked by the update until the registering transaction ends, so concurrent registrations
 * queue for it; a registration that fails rolls its number back with it.
 */
@Component
class CaseNumbers {

  record CaseNumber(String text, int year, int sequence) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;
  private final String prefix;

  CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, @Value("${onedoor.case-number.prefix}") String prefix) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.prefix = prefix;
  }

  /** The next number of the year; call inside the transaction that registers the case. */
  CaseNumber next(int year) {
    if (jdbc.update("update case_number_counter set last_value = last_value + 1 where case_year = ?", year) == 0) {
      createCounter(year);
      jdbc.update("update case_number_counter set last_value = last_value + 1 where case_year = ?", year);
    }
    Integer sequence = jdbc.queryForObject("select last_value from case_number_counter where case_year = ?", Integer.class, year);
    return new CaseNumber(format(year, sequence), year, sequence);
  }

  /**
   * An earlier register's own number, when it is one of ours ({@code 吉劳调〔2024〕0123号}): the year's
   * counter moves past it, so new cases never take it. Empty for a number of another shape.
   */
  java.util.Optional<CaseNumber> claim(String original) {
    java.util.regex.Matcher number = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(prefix) + "〔(\\d{4})〕(\\d{4,6})号")
        .matcher(original);
    if (!number.matches()) {
      return java.util.Optional.empty();
    }
    int year = Integer.parseInt(number.group(1));
    int sequence = Integer.parseInt(number.group(2));
    if (jdbc.update("update case_number_counter set last_value = ? where case_year = ? and last_value < ?", sequence, year, sequence) == 0
        && jdbc.queryForObject("select count(*) from case_number_counter where case_year = ?", Integer.class, year) == 0) {
      createCounter(year);
      jdbc.update("update case_number_counter set last_value = ? where case_year = ? and last_value < ?", sequence, year, sequence);
    }
    return java.util.Optional.of(new CaseNumber(format(year, sequence), year, sequence));
  }

  String format(int year, int sequence) {
    return "%s〔%d〕%04d号".formatted(prefix, year, sequence);
  }

  /** The year's first case: the counter row is created in a transaction of its own (another node may race). */
  private void createCounter(int year) {
    try {
      separateTransaction.executeWithoutResult(status ->
          jdbc.update("insert into case_number_counter (case_year, last_value) values (?, 0)", year));
    } catch (DuplicateKeyException alreadyThere) {
      // created by a concurrent registration: fine
    }
  }
}
