package cn.onedoor.register;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The case register added up and listed for reports (the dashboard's KPIs, its daily projection,
 * today's operations view): the register's read API for {@code reporting}, so that no other module
 * spells {@code case_register} in SQL. Read-only.
 */
@Repository
public class RegisterFigures {

  /** Breakdown name → SQL expression it groups by. */
  public static final Map<String, String> BREAKDOWNS = new LinkedHashMap<>();

  static {
    BREAKDOWNS.put("channel", "channel");
    BREAKDOWNS.put("disputeType", "dispute_type");
    BREAKDOWNS.put("mediatorPool", "coalesce(mediator_pool, '')");
    BREAKDOWNS.put("mediator", "coalesce(mediator_id, '')");
    BREAKDOWNS.put("month", "cast(extract(year from accepted_on) as integer) * 100 + cast(extract(month from accepted_on) as integer)");
  }

  /** The breakdown of the row with the totals. */
  public static final String TOTALS = "*";

  /**
   * A row of {@link #acceptedBetween}: the totals ({@code breakdown} {@value #TOTALS}, with workers,
   * employers and agreements performed on the spot) or one key of one breakdown.
   */
  public record BreakdownRow(String breakdown, String key, long cases, long agreements, BigDecimal amount, long workers,
                             long employers, long onTheSpot) {}

  /** A row of {@link #acceptedOn}: one acceptance day, one key of one breakdown (no month). */
  public record DayRow(Date acceptedOn, String breakdown, String key, long cases, long workers, long agreements,
                       long onTheSpot, BigDecimal amount) {}

  /** A register stage with its cases and collective disputes. */
  public record StageTotal(String stage, long cases, long collective) {}

  /** What a supervisor sees beside a case number. */
  public record Entry(String caseNumber, String applicantName, String employerName, String disputeType,
                      int workerCount, String stage, String mediatorPool, String mediatorId,
                      LocalDate receivedOn, LocalDate mediationDeadline, String processInstanceId) {}

  private static final String PERIOD = " from case_register where accepted_on between ? and ?";

  /**
   * 挽回经济损失 of a case: the agreed amount, as the centre reports it (DOMAIN.md: "sum of agreed
   * amounts"; the 6,811,100 yuan of its register). What 确认协议履行 found paid is kept beside it
   * ({@code performed_amount}) and does not change this figure.
   */
  static final String RECOVERED = "agreed_amount";

  /** Every branch: breakdown, key, cases, agreements, amount; the totals also workers, employers, on the spot. */
  private static final String ACCEPTED_BETWEEN;

  static {
    StringJoiner branches = new StringJoiner("\nunion all\n");
    branches.add("select cast('" + TOTALS + "' as varchar(20)) as breakdown, cast(null as varchar(64)) as k, count(*) as cases,"
        + " count(agreement_on) as agreements, coalesce(sum(" + RECOVERED + "), 0) as amount, coalesce(sum(worker_count), 0) as workers,"
        + " count(distinct employer_credit_code) as employers, count(case when performed_on_the_spot then 1 end) as on_the_spot"
        + PERIOD);
    BREAKDOWNS.forEach((name, expression) -> {
      // H2 wants the very expression of the select list in the GROUP BY
      String key = "cast(" + expression + " as varchar(64))";
      branches.add("select cast('" + name + "' as varchar(20)), " + key + ", count(*), count(agreement_on),"
          + " coalesce(sum(" + RECOVERED + "), 0), 0, 0, 0" + PERIOD + " group by " + key);
    });
    ACCEPTED_BETWEEN = branches.toString();
  }

  private static final String MEASURES = "worker_count, agreement_on, performed_on_the_spot, " + RECOVERED + " as agreed_amount"
      + " from case_register where accepted_on = any(?)";

  private static final String ACCEPTED_ON = """
      select accepted_on, breakdown, breakdown_key, count(*), coalesce(sum(worker_count), 0), count(agreement_on),
             count(case when performed_on_the_spot then 1 end), coalesce(sum(agreed_amount), 0)
      from (select accepted_on, 'channel' as breakdown, channel as breakdown_key, %1$s
            union all select accepted_on, 'disputeType', dispute_type, %1$s
            union all select accepted_on, 'mediatorPool', coalesce(mediator_pool, ''), %1$s
            union all select accepted_on, 'mediator', coalesce(mediator_id, ''), %1$s) c
      group by accepted_on, breakdown, breakdown_key""".formatted(MEASURES);

  private static final String ENTRY_COLUMNS = """
      case_number, applicant_name, employer_name, dispute_type, worker_count, status, mediator_pool, mediator_id,
      received_on, mediation_deadline, process_instance_id""";

  private static final int IN_LIST_SIZE = 500;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  RegisterFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  /** The cases accepted in the period, totalled and by each of {@link #BREAKDOWNS}, in one statement. */
  public List<BreakdownRow> acceptedBetween(LocalDate from, LocalDate to) {
    Object[] periods = new Object[2 * (BREAKDOWNS.size() + 1)];
    for (int i = 0; i < periods.length; i += 2) {
      periods[i] = Date.valueOf(from);
      periods[i + 1] = Date.valueOf(to);
    }
    return jdbc.query(ACCEPTED_BETWEEN, (rs, i) -> new BreakdownRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
        rs.getBigDecimal(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)), periods);
  }

  /** PostgreSQL only: the cases accepted on these days, per day and key of channel, dispute type, pool and mediator. */
  public List<DayRow> acceptedOn(Date[] days) {
    return jdbc.query(ACCEPTED_ON, ps -> {
      for (int parameter = 1; parameter <= 4; parameter++) {
        dates(ps, parameter, days);
      }
    }, (rs, i) -> new DayRow(rs.getDate(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
        rs.getLong(7), rs.getBigDecimal(8)));
  }

  /** The number of distinct employers of the cases accepted in the period. */
  public long employersAcceptedBetween(LocalDate from, LocalDate to) {
    Long employers = jdbc.queryForObject("""
        select count(*) from (select employer_credit_code from case_register where accepted_on between ? and ?
        group by employer_credit_code) e""", Long.class, Date.valueOf(from), Date.valueOf(to));
    return employers == null ? 0 : employers;
  }

  /** Cases and collective disputes per stage, for the stages given (stages without a case are left out). */
  public List<StageTotal> stageTotals(Collection<String> stages) {
    return named.query("""
        select status, count(*), coalesce(sum(case when collective then 1 else 0 end), 0)
        from case_register where status in (:stages) group by status""",
        new MapSqlParameterSource("stages", stages), (rs, i) -> new StageTotal(rs.getString(1), rs.getLong(2), rs.getLong(3)));
  }

  /** Collective disputes in the stages given, oldest first. */
  public List<Entry> collective(Collection<String> stages) {
    return named.query("select " + ENTRY_COLUMNS + " from case_register where status in (:stages) and collective"
            + " order by received_on, case_number",
        new MapSqlParameterSource("stages", stages), (rs, i) -> entry(rs));
  }

  /** Page of the collective disputes in the stages given, oldest first (issue #16: never all of them at once). */
  public List<Entry> collective(Collection<String> stages, long offset, int limit) {
    return named.query("select " + ENTRY_COLUMNS + " from case_register where status in (:stages) and collective"
            + " order by received_on, case_number offset " + offset + " rows fetch next " + limit + " rows only",
        new MapSqlParameterSource("stages", stages), (rs, i) -> entry(rs));
  }

  /** How many collective disputes stand in the stages given. */
  public long collectiveCount(Collection<String> stages) {
    Long count = named.queryForObject("select count(*) from case_register where status in (:stages) and collective",
        new MapSqlParameterSource("stages", stages), Long.class);
    return count == null ? 0 : count;
  }

  /** The entries of the given cases, by case number (cases not in the register are left out). */
  public Map<String, Entry> entries(Collection<String> caseNumbers) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<String> numbers = List.copyOf(Set.copyOf(caseNumbers));
    // bounded IN lists: a busy centre may have hundreds of cases due at once
    for (int from = 0; from < numbers.size(); from += IN_LIST_SIZE) {
      named.query("select " + ENTRY_COLUMNS + " from case_register where case_number in (:numbers)",
          new MapSqlParameterSource("numbers", numbers.subList(from, Math.min(numbers.size(), from + IN_LIST_SIZE))),
          (ResultSet rs) -> {
            Entry row = entry(rs);
            entries.put(row.caseNumber(), row);
          });
    }
    return entries;
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
        rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11));
  }

  private static void dates(PreparedStatement ps, int parameter, Date[] days) throws SQLException {
    ps.setArray(parameter, ps.getConnection().createArrayOf("date", days));
  }
}
