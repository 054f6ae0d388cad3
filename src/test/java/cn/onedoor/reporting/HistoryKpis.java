package cn.onedoor.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same KPIs as {@link KpiService}, computed from Camunda's history tables instead of the case
 * register: what the register spares the supervisor's page. Only for the benchmark and the test that
 * holds both to the same figures; never call it from a request. PostgreSQL.
 *
 * <p>Where the figures live in the history (LaborDisputeCase and the processes it calls, see
 * docs/case-process.md):
 *
 * <ul>
 *   <li>accepted (受理) on: the day the variable {@code eligibilityDecision} was created with the value
 *       {@code accepted} (the clerk's review; the engine writes local time, Asia/Shanghai);
 *   <li>{@code channel}, {@code disputeType}, {@code workerCount} ({@code long_}, Long or Integer),
 *       {@code employerCreditCode}, {@code mediatorPool}: variables of the case instance;
 *   <li>agreement reached: {@code agreementDate} (copied out of CaseMediation into the case when
 *       mediation ends), with {@code agreedAmount} ({@code double_}, yuan; text with two decimals in histories from before amounts were typed) and {@code performanceMode}
 *       ({@code on_the_spot});
 *   <li>mediator: no variable holds it; the register records the user who scheduled the last session,
 *       which in the history is the assignee of the case's last completed {@code Task_ScheduleSession}
 *       (ACT_HI_TASKINST; Tasklist makes a user claim a task before completing it).
 * </ul>
 */
final class HistoryKpis {

  /** How the per-case rows are read out of ACT_HI_VARINST. */
  enum Method {
    /** One join of ACT_HI_VARINST per variable, from ACT_HI_PROCINST. */
    JOINS,
    /** One pass over the variables of the cases accepted in the period, pivoted by GROUP BY proc_inst_id_. */
    PIVOT
  }

  /** The case's mediator, as the history has it (see the class comment). */
  private static final String MEDIATOR = """
      left join lateral (
        select t.assignee_ from act_hi_taskinst t
        where t.root_proc_inst_id_ = %s and t.task_def_key_ = 'Task_ScheduleSession' and t.delete_reason_ = 'completed'
        order by t.end_time_ desc limit 1) m on true""";

  private static final String JOINS = """
      select cast(d.create_time_ as date) as accepted_on, ch.text_ as channel, dt.text_ as dispute_type,
             mp.text_ as mediator_pool, m.assignee_ as mediator_id, wc.long_ as worker_count,
             ec.text_ as employer_credit_code, ad.text_ as agreement_date, pm.text_ as performance_mode,
             coalesce(cast(aa.double_ as numeric(14, 2)), cast(aa.text_ as numeric(14, 2))) as agreed_amount
      from act_hi_procinst p
      join act_hi_varinst d on d.proc_inst_id_ = p.id_ and d.name_ = 'eligibilityDecision'
      join act_hi_varinst ch on ch.proc_inst_id_ = p.id_ and ch.name_ = 'channel'
      join act_hi_varinst dt on dt.proc_inst_id_ = p.id_ and dt.name_ = 'disputeType'
      join act_hi_varinst wc on wc.proc_inst_id_ = p.id_ and wc.name_ = 'workerCount'
      join act_hi_varinst ec on ec.proc_inst_id_ = p.id_ and ec.name_ = 'employerCreditCode'
      left join act_hi_varinst mp on mp.proc_inst_id_ = p.id_ and mp.name_ = 'mediatorPool'
      left join act_hi_varinst ad on ad.proc_inst_id_ = p.id_ and ad.name_ = 'agreementDate'
      left join act_hi_varinst pm on pm.proc_inst_id_ = p.id_ and pm.name_ = 'performanceMode'
      left join act_hi_varinst aa on aa.proc_inst_id_ = p.id_ and aa.name_ = 'agreedAmount'
      """ + MEDIATOR.formatted("p.id_") + """

      where p.proc_def_key_ = 'LaborDisputeCase' and d.text_ = 'accepted'
        and d.create_time_ >= ? and d.create_time_ < ?""";

  private static final String PIVOT = """
      select v.* from (
        select proc_inst_id_,
               cast(max(case when name_ = 'eligibilityDecision' then create_time_ end) as date) as accepted_on,
               max(case when name_ = 'channel' then text_ end) as channel,
               max(case when name_ = 'disputeType' then text_ end) as dispute_type,
               max(case when name_ = 'mediatorPool' then text_ end) as mediator_pool,
               max(case when name_ = 'workerCount' then long_ end) as worker_count,
               max(case when name_ = 'employerCreditCode' then text_ end) as employer_credit_code,
               max(case when name_ = 'agreementDate' then text_ end) as agreement_date,
               max(case when name_ = 'performanceMode' then text_ end) as performance_mode,
               max(case when name_ = 'agreedAmount' then coalesce(cast(double_ as numeric(14, 2)), cast(text_ as numeric(14, 2))) end) as agreed_amount
        from act_hi_varinst
        where proc_def_key_ = 'LaborDisputeCase'
          and name_ in ('eligibilityDecision', 'channel', 'disputeType', 'mediatorPool', 'workerCount', 'employerCreditCode',
                        'agreementDate', 'performanceMode', 'agreedAmount')
          and proc_inst_id_ in (
            select proc_inst_id_ from act_hi_varinst
            where name_ = 'eligibilityDecision' and proc_def_key_ = 'LaborDisputeCase' and text_ = 'accepted'
              and create_time_ >= ? and create_time_ < ?)
        group by proc_inst_id_) v""";

  /** Totals and the five breakdowns in one pass over the per-case rows. */
  private static final String AGGREGATE = """
      select grouping(channel, dispute_type, mediator_pool, mediator_id, month) as g,
             channel, dispute_type, mediator_pool, mediator_id, month,
             count(*) as cases, coalesce(sum(worker_count), 0) as workers,
             count(distinct employer_credit_code) as employers, count(agreement_date) as agreements,
             count(case when agreement_date is not null and performance_mode = 'on_the_spot' then 1 end) as on_the_spot,
             coalesce(sum(case when agreement_date is not null then agreed_amount end), 0) as amount
      from (select accepted_on, channel, dispute_type, coalesce(mediator_pool, '') as mediator_pool,
                   coalesce(mediator_id, '') as mediator_id, to_char(accepted_on, 'YYYY-MM') as month,
                   worker_count, employer_credit_code, agreement_date, performance_mode, agreed_amount
            from (%s) r) c
      group by grouping sets ((), (channel), (dispute_type), (mediator_pool), (mediator_id), (month))""";

  /** GROUPING() bit masks of the five breakdowns (the first argument is the highest bit). */
  private static final Map<Integer, String> SETS = new LinkedHashMap<>();

  static {
    SETS.put(0b01111, "channel");
    SETS.put(0b10111, "disputeType");
    SETS.put(0b11011, "mediatorPool");
    SETS.put(0b11101, "mediator");
    SETS.put(0b11110, "month");
  }

  private final JdbcTemplate jdbc;

  HistoryKpis(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Per-case rows of the cases accepted in the period, as the history has them (for checks and EXPLAIN). */
  static String caseRows(Method method) {
    return method == Method.JOINS ? JOINS : PIVOT.replace("select v.* from (", "select v.*, m.assignee_ as mediator_id from (")
        + "\n" + MEDIATOR.formatted("v.proc_inst_id_");
  }

  Kpis kpis(LocalDate from, LocalDate to, Method method) {
    Timestamp start = Timestamp.valueOf(from.atStartOfDay());
    Timestamp end = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
    List<Map.Entry<Integer, Group>> groups = jdbc.query(AGGREGATE.formatted(caseRows(method)),
        (rs, i) -> Map.entry(rs.getInt("g"), Group.of(rs)), start, end);
    Group totals = new Group(null, 0, 0, 0, 0, 0, BigDecimal.ZERO);
    Map<String, List<Kpis.Row>> breakdowns = new LinkedHashMap<>();
    SETS.values().forEach(name -> breakdowns.put(name, new ArrayList<>()));
    for (Map.Entry<Integer, Group> group : groups) {
      if (group.getKey() == 0b11111) {
        totals = group.getValue();
      } else {
        String name = SETS.get(group.getKey());
        Group g = group.getValue();
        breakdowns.get(name).add(new Kpis.Row(g.key(name), g.cases(), g.agreements(),
            Kpis.successRate(g.agreements(), g.cases()), Kpis.yuan(g.amount())));
      }
    }
    breakdowns.values().forEach(rows -> rows.sort(Comparator.comparing(Kpis.Row::key)));
    return new Kpis(from.toString(), to.toString(), totals.cases(), totals.workers(), totals.employers(),
        totals.agreements(), totals.onTheSpot(), Kpis.successRate(totals.agreements(), totals.cases()),
        Kpis.yuan(totals.amount()), breakdowns);
  }

  private record Group(String[] keys, long cases, long workers, long employers, long agreements, long onTheSpot,
                       BigDecimal amount) {

    static Group of(ResultSet rs) throws SQLException {
      String[] keys = {rs.getString("channel"), rs.getString("dispute_type"), rs.getString("mediator_pool"),
          rs.getString("mediator_id"), rs.getString("month")};
      return new Group(keys, rs.getLong("cases"), rs.getLong("workers"), rs.getLong("employers"),
          rs.getLong("agreements"), rs.getLong("on_the_spot"), rs.getBigDecimal("amount"));
    }

    String key(String breakdown) {
      return keys[List.copyOf(SETS.values()).indexOf(breakdown)];
    }
  }
}
