package cn.onedoor.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Seeds cases set-based (generate_series, no row-by-row JDBC) into the case register and, shaped
 * like the engine writes them for LaborDisputeCase and the processes it calls, into Camunda's
 * history: ACT_HI_PROCINST (the case and its call activities), ACT_HI_VARINST (every variable of the
 * case instance, and with {@link Plan#callActivityCopies()} the copies that {@code camunda:in
 * variables="all"} gives each call activity) and ACT_HI_TASKINST (the user tasks, claimed and
 * completed as in Tasklist). PostgreSQL only.
 *
 * <p>The row shapes were taken from rows the engine itself wrote in a scenario test (ids, types,
 * {@code long_} and {@code text_} of numbers and booleans, removal times, which instance owns which
 * variable); {@link RegisterAndHistoryKpisTests} keeps checking the history queries against such rows.
 * Left out: ACT_HI_ACTINST, ACT_HI_DETAIL, ACT_HI_OP_LOG, ACT_HI_IDENTITYLINK and the byte array
 * behind the deleted {@code triage} variable, none of which the KPI queries read.
 *
 * <p>Every value is a function of the case's sequence number n and the plan's tag, so a plan always
 * seeds the same cases. The staging table {@code kpi_seed_case} (one row per case) is kept: it is the
 * plan in tabular form, and a third, independent source of the expected figures.
 */
final class CaseHistorySeeder {

  /**
   * What to seed: {@code closedCases} received evenly from {@code firstReceived} to
   * {@code lastClosedReceived}, and {@code openCases} received from {@code firstOpenReceived} to
   * {@code lastOpenReceived}, still running. {@code tag} (1..255) keeps ids and case numbers of
   * different plans in one database apart.
   */
  record Plan(int closedCases, int openCases, LocalDate firstReceived, LocalDate lastClosedReceived,
              LocalDate firstOpenReceived, LocalDate lastOpenReceived, int tag, boolean callActivityCopies) {

    /**
     * The benchmark: 1,000,000 closed cases received 2021-01-01 to 2026-06-30, 10,000 open ones
     * received since September 2026. Without the call activities' copies of the variables, which
     * would double ACT_HI_VARINST (to some 90 million rows, 50 GB with the engine's indexes) and only
     * slow the history queries further.
     */
    static Plan benchmark() {
      return new Plan(1_000_000, 10_000, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 6, 30),
          LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 9), 1, false);
    }

    int total() {
      return closedCases + openCases;
    }
  }

  /** Cases per INSERT of their variables. */
  static final int VARIABLE_BATCH = 50_000;

  /** History-time-to-live of the case processes (P3650D): removal time = end of the case + 3650 days. */
  static final int HISTORY_TTL_DAYS = 3650;

  private final DataSource dataSource;
  private final Consumer<String> log;
  private JdbcTemplate jdbc;

  CaseHistorySeeder(DataSource dataSource, Consumer<String> log) {
    this.dataSource = dataSource;
    this.log = log;
  }

  /**
   * Seeds the plan. With {@code bulk} the secondary indexes of the three history tables and of the
   * register are dropped before loading and rebuilt afterwards (the same definitions), which is
   * several times faster for a million cases; without it rows go into the indexed tables.
   */
  void seed(Plan plan, boolean bulk) {
    try (Connection connection = dataSource.getConnection()) {
      jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      // sorts of a batch of variables stay in memory
      jdbc.execute("set work_mem = '512MB'");
      seed(plan, bulk, parameters(plan));
      jdbc.execute("reset work_mem");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      jdbc = null;
    }
  }

  private void seed(Plan plan, boolean bulk, Map<String, String> p) {
    List<String> indexes = bulk ? dropSecondaryIndexes() : List.of();
    step("staging table kpi_seed_case", () -> {
      jdbc.execute("drop table if exists kpi_seed_case");
      jdbc.execute(fill(STAGING, p));
    });
    step("case_register", () -> jdbc.update(fill(REGISTER, p)));
    step("act_hi_procinst", () -> {
      for (String sql : PROCINST) {
        jdbc.update(fill(sql, p));
      }
    });
    step("act_hi_taskinst", () -> {
      for (String sql : TASKINST) {
        jdbc.update(fill(sql, p));
      }
    });
    // in batches of cases, each in the order the engine would have written the rows (by creation time)
    List<String> variables = varinst(plan.callActivityCopies());
    step("act_hi_varinst", () -> {
      for (int low = 1; low <= plan.total(); low += VARIABLE_BATCH) {
        int high = Math.min(plan.total(), low + VARIABLE_BATCH - 1);
        long began = System.nanoTime();
        int rows = 0;
        for (String sql : variables) {
          rows += jdbc.update(fill(sql.replace("{low}", Integer.toString(low)).replace("{high}", Integer.toString(high)), p));
        }
        if (plan.total() > VARIABLE_BATCH) {
          log.accept(String.format("    cases %,9d to %,9d: %,11d variables in %5.1f s", low, high, rows, (System.nanoTime() - began) / 1e9));
        }
      }
    });
    if (bulk) {
      step("rebuild " + indexes.size() + " indexes", () -> indexes.forEach(jdbc::execute));
    }
    step("analyze", () -> {
      for (String table : List.of("kpi_seed_case", "case_register", "act_hi_procinst", "act_hi_taskinst", "act_hi_varinst")) {
        jdbc.execute("vacuum analyze " + table);
      }
    });
  }

  private void step(String what, Runnable work) {
    long began = System.nanoTime();
    work.run();
    log.accept(String.format("  seeded %-32s %8.1f s", what, (System.nanoTime() - began) / 1e9));
  }

  /** Non-unique indexes of the tables we load (primary keys and unique constraints stay). */
  private List<String> dropSecondaryIndexes() {
    List<Map<String, Object>> rows = jdbc.queryForList("""
        select i.indexname, i.indexdef from pg_indexes i
        where i.schemaname = current_schema()
          and i.tablename in ('act_hi_procinst', 'act_hi_varinst', 'act_hi_taskinst', 'case_register')
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""");
    List<String> definitions = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      definitions.add((String) row.get("indexdef"));
      jdbc.execute("drop index " + row.get("indexname"));
    }
    return definitions;
  }

  private Map<String, String> parameters(Plan plan) {
    if (plan.tag() < 1 || plan.tag() > 255) {
      throw new IllegalArgumentException("tag must be 1..255");
    }
    Map<String, String> p = new LinkedHashMap<>();
    p.put("closed", Integer.toString(Math.max(plan.closedCases(), 1)));
    p.put("open", Integer.toString(Math.max(plan.openCases(), 1)));
    p.put("total", Integer.toString(plan.total()));
    p.put("closedDays", Long.toString(ChronoUnit.DAYS.between(plan.firstReceived(), plan.lastClosedReceived()) + 1));
    p.put("openDays", Long.toString(ChronoUnit.DAYS.between(plan.firstOpenReceived(), plan.lastOpenReceived()) + 1));
    p.put("firstReceived", plan.firstReceived().toString());
    p.put("firstOpenReceived", plan.firstOpenReceived().toString());
    p.put("asOf", plan.lastOpenReceived().plusDays(21).toString());
    p.put("seed", Integer.toString(plan.tag() * 1000));
    p.put("tagHex", String.format("%02x", plan.tag()));
    p.put("ttl", Integer.toString(HISTORY_TTL_DAYS));
    for (String key : List.of("LaborDisputeCase", "CaseMediation", "ArbitrationReferral", "LitigationReferral")) {
      String id = jdbc.queryForObject(
          "select id_ from act_re_procdef where key_ = ? order by version_ desc limit 1", String.class, key);
      p.put("def:" + key, id);
    }
    return p;
  }

  private static String fill(String sql, Map<String, String> p) {
    String out = sql;
    for (Map.Entry<String, String> e : p.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    if (out.matches("(?s).*\\{[a-zA-Z:]+}.*")) {
      throw new IllegalStateException("Unfilled parameter in " + out);
    }
    return out;
  }

  /**
   * An engine-looking id (a version-1 UUID's layout, like Camunda's StrongUuidGenerator) that is
   * unique per tag, kind {@code k} and case {@code n}: time_low scrambled from (n, k), time_mid = k,
   * clock sequence b0 + tag (the engine's own ids carry 8020, so seeded ids never collide with them),
   * node = n.
   */
  static String id(String n, String k) {
    return "(lpad(to_hex(hashint8extended(" + n + ", " + k + ") & 4294967295), 8, '0') || '-' || lpad(to_hex(" + k
        + "), 4, '0') || '-11f1-b0{tagHex}-' || lpad(to_hex(" + n + "), 12, '0'))";
  }

  static String id(int k) {
    return id("c.n", Integer.toString(k));
  }

  // ---------------------------------------------------------------------------------------------
  // One row per case: the facts, the path through the process and the timestamps of each step.
  // Random numbers r_* are 0..9999 (r_amount, r_employer: wider) from hashint8extended(n, seed + i).

  private static final String STAGING = """
      create unlogged table kpi_seed_case as
      with r as (
        select n, n > {closed} as open,
          (abs(hashint8extended(n, {seed} + 1)) % 10000)::int as r_channel,
          (abs(hashint8extended(n, {seed} + 2)) % 10000)::int as r_type,
          (abs(hashint8extended(n, {seed} + 3)) % 10000)::int as r_workers,
          (abs(hashint8extended(n, {seed} + 4)) % 1000000)::int as r_employer,
          (abs(hashint8extended(n, {seed} + 5)) % 10000)::int as r_decision,
          (abs(hashint8extended(n, {seed} + 6)) % 10000)::int as r_outcome,
          (abs(hashint8extended(n, {seed} + 7)) % 10000)::int as r_mode,
          (abs(hashint8extended(n, {seed} + 8)) % 30000000)::int as r_amount,
          (abs(hashint8extended(n, {seed} + 9)) % 10000)::int as r_sessions,
          (abs(hashint8extended(n, {seed} + 10)) % 10000)::int as r_person,
          (abs(hashint8extended(n, {seed} + 11)) % 10000)::int as r_minute,
          (abs(hashint8extended(n, {seed} + 12)) % 10000)::int as r_delay,
          (abs(hashint8extended(n, {seed} + 13)) % 10000)::int as r_share
        from generate_series(1::bigint, {total}::bigint) n
      ), a as (
        select r.*,
          case when not open then date '{firstReceived}' + ((n - 1) * {closedDays} / {closed})::int
               else date '{firstOpenReceived}' + ((n - {closed} - 1) * {openDays} / {open})::int end as received_on,
          case when r_channel < 3500 then 'window' when r_channel < 5000 then 'phone' when r_channel < 7500 then 'online'
               when r_channel < 8500 then 'court_entrusted' when r_channel < 9200 then 'union_referral'
               when r_channel < 9700 then 'hr_referral' else 'consultation' end as channel,
          case when r_type < 4000 then 'wages' when r_type < 5800 then 'dismissal' when r_type < 7000 then 'social_insurance'
               when r_type < 7800 then 'injury' when r_type < 8600 then 'compensation' when r_type < 9200 then 'contract'
               when r_type < 9700 then 'hours_leave' else 'labour_relationship' end as dispute_type,
          case when r_workers < 8900 then 1 when r_workers < 9900 then 2 + r_workers % 4 else 11 + r_workers % 50 end as worker_count,
          ((100000 + r_amount) / 100.0)::numeric(14, 2) as claimed_amount,
          -- 300,000 employers, the small numbers far more often (repeat respondents)
          (300000 * (r_employer / 1000000.0) * (r_employer / 1000000.0))::int + 1 as employer_no,
          case when open and r_decision < 1000 then null
               when not open and r_decision < 300 then 'not_accepted'
               when not open and r_decision < 500 then 'employer_refused'
               else 'accepted' end as decision,
          case when not open then null when r_decision < 1000 then 'review' when r_outcome < 5000 then 'mediating'
               when r_outcome < 7500 then 'performance' else 'arbitration' end as open_state
        from r
      ), b as (
        select a.*,
          extract(year from received_on)::int as case_year,
          channel in ('window', 'phone', 'union_referral', 'hr_referral', 'consultation') as start_form,
          worker_count >= 10 as collective,
          dispute_type in ('wages', 'injury', 'compensation') as payment_order_eligible,
          case when decision is distinct from 'accepted' then null
               when worker_count >= 10 or claimed_amount >= 200000 then 'mediator-expert'
               when channel = 'court_entrusted' then 'mediator-lawyer'
               when dispute_type in ('injury', 'dismissal', 'compensation', 'labour_relationship', 'contract') then 'mediator-lawyer'
               when channel = 'union_referral' then 'mediator-union-cadre'
               when dispute_type in ('social_insurance', 'hours_leave') then 'mediator-grassroots'
               when dispute_type = 'wages' then 'mediator-union'
               else 'mediator-community' end as pool,
          case when decision is distinct from 'accepted' then null
               when open_state = 'mediating' then null
               when open_state = 'performance' then 'agreement'
               when open_state = 'arbitration' then 'no_agreement'
               when r_outcome < 7800 then 'agreement' when r_outcome < 8800 then 'no_agreement'
               when r_outcome < 9100 then 'employer_absent' when r_outcome < 9600 then 'expired' else 'withdrawn' end as mediation_outcome,
          received_on + time '08:30' + (r_minute % 480) * interval '1 minute' as received_at
        from a
      ), c as (
        select b.*,
          row_number() over (partition by case_year order by received_at, n) as case_seq,
          case pool when 'mediator-expert' then 'expert' when 'mediator-lawyer' then 'lawyer' when 'mediator-union' then 'union'
               when 'mediator-union-cadre' then 'cadre' when 'mediator-grassroots' then 'grassroots' else 'community' end
            || lpad((1 + r_person % case pool when 'mediator-expert' then 12 when 'mediator-lawyer' then 40
                     when 'mediator-union' then 30 when 'mediator-union-cadre' then 15 when 'mediator-grassroots' then 25 else 20 end)::text, 2, '0')
            as mediator,
          'clerk' || lpad((1 + r_person % 8)::text, 2, '0') as clerk,
          case when decision is null then null else received_at + (30 + r_delay % 4000) * interval '1 minute' end as decided_at,
          -- sessions completed (a scheduling and a record each)
          case when decision is distinct from 'accepted' then 0
               when open_state = 'mediating' or mediation_outcome = 'expired' then r_sessions % 2
               when r_sessions < 7000 then 1 when r_sessions < 9500 then 2 else 3 end as sessions,
          mediation_outcome = 'agreement' and open_state is null and r_mode < 4500 as on_the_spot,
          case when mediation_outcome = 'agreement' and open_state is null and r_mode >= 4500 then r_mode < 9000 end as performed,
          (received_on + 15) as mediation_deadline
        from b
      ), d as (
        select c.*,
          decided_at::date as decided_on,
          case when pool = 'mediator-expert' then decided_at + interval '1 day' else decided_at end as mediation_started_at,
          coalesce(on_the_spot, false) = false and mediation_outcome = 'agreement' as deferred
        from c
      ), e as (
        select d.*,
          case when sessions > 0 then mediation_started_at + ((sessions - 1) * 3 + 2) * interval '1 day' + interval '20 hours' end as last_session_at,
          case when mediation_outcome = 'expired' then mediation_deadline + time '23:59:59'
               when mediation_outcome = 'agreement' then mediation_started_at + ((sessions - 1) * 3 + 2) * interval '1 day'
                                                        + interval '24 hours' + (r_minute % 600) * interval '1 minute'
               when mediation_outcome is not null then mediation_started_at + ((sessions - 1) * 3 + 2) * interval '1 day' + interval '20 hours'
          end as mediation_ended_at
        from d
      ), f as (
        select e.*,
          case when mediation_outcome = 'agreement' then mediation_ended_at end as agreement_at,
          case when deferred and open_state = 'performance' then date '{asOf}' + 1 + r_delay % 30
               when deferred then mediation_ended_at::date + 10 + r_delay % 20 end as performance_due
        from e
      ), g as (
        select f.*,
          case when deferred and open_state is null then performance_due + 1 + time '09:00' end as confirm_started_at,
          case when deferred and open_state is null then performance_due + 2 + time '10:00' end as confirm_ended_at,
          -- arbitration: failed mediation, or an agreement not performed without a payment order to turn to
          case when mediation_outcome in ('no_agreement', 'employer_absent', 'expired') then mediation_ended_at
               when deferred and performed = false and not payment_order_eligible then performance_due + 2 + time '10:00' end as arbitration_started_at,
          deferred and performed = false and payment_order_eligible as payment_order
        from f
      )
      select g.*,
        case when open or arbitration_started_at is null then null
             when r_share % 10 < 7 then 'award_received' else 'not_accepted' end as arbitration_outcome,
        case when open then null
             when decision = 'not_accepted' then 'not_accepted'
             when decision = 'employer_refused' then 'referred_to_arbitration'
             when mediation_outcome = 'withdrawn' then 'withdrawn'
             when on_the_spot then 'settled'
             when performed then 'settled_after_deferred_performance'
             when payment_order then 'payment_order'
             when r_share % 10 < 7 then 'award_received'
             else 'referred_to_court' end as outcome,
        case when open then null
             when decision <> 'accepted' then decided_at
             when mediation_outcome = 'withdrawn' then mediation_ended_at
             when on_the_spot then agreement_at
             when performed then confirm_ended_at
             when payment_order then confirm_ended_at + interval '15 days'
             when r_share % 10 < 7 then arbitration_started_at + interval '40 days'
             else arbitration_started_at + interval '12 days' end as ended_at,
        case when not open and arbitration_started_at is not null
             then arbitration_started_at + case when r_share % 10 < 7 then interval '40 days' else interval '5 days' end end as arbitration_ended_at,
        '吉劳调〔' || case_year || '〕' || case when case_seq < 10000 then lpad(case_seq::text, 4, '0') else case_seq::text end || '号' as case_number,
        case when agreement_at is not null then round(claimed_amount * (60 + r_share % 41) / 100, 2) end as agreed_amount,
        ('9136' || lpad(employer_no::text, 9, '0') || 'MA5X2') as employer_credit_code,
        """ + id("n", "1") + """
       as root_id,
        """ + id("n", "2") + """
       as mediation_id,
        """ + id("n", "3") + """
       as arbitration_id,
        """ + id("n", "4") + """
       as litigation_id
      from g""";

  // ---------------------------------------------------------------------------------------------

  private static final String REGISTER = """
      insert into case_register (case_number, case_year, case_seq, process_instance_id, channel, applicant_name,
        applicant_id_masked, applicant_id_hash, employer_name, employer_credit_code, dispute_type, claimed_amount,
        agreed_amount, performed_on_the_spot, worker_count, collective, mediator_pool, mediator_id, priority, status, outcome,
        received_on, accepted_on, agreement_on, closed_on, mediation_deadline, entrustment_deadline, court_case_number,
        limitation_status, limitation_expiry, created_at, updated_at)
      select case_number, case_year, case_seq, root_id, channel, '申请人' || n,
        '3608**********' || lpad((n % 10000)::text, 4, '0'), md5(n::text) || md5((n + 1)::text),
        '企业' || employer_no, employer_credit_code, dispute_type, claimed_amount,
        agreed_amount, case when agreement_at is not null then on_the_spot end,
        worker_count, collective, pool, case when sessions > 0 then mediator end,
        case when pool = 'mediator-expert' or channel = 'court_entrusted' then 'high' when pool is not null then 'normal' end,
        case when not open then 'closed' when open_state = 'review' then 'registered' when open_state = 'mediating' then 'mediating'
             when open_state = 'performance' then 'agreement' else 'arbitration' end,
        outcome, received_on, case when decision = 'accepted' then decided_on end, agreement_at::date, ended_at::date,
        mediation_deadline, case when channel = 'court_entrusted' then received_on + 30 end,
        case when channel = 'court_entrusted' then '（' || case_year || '）赣0802诉前调' || n || '号' end,
        'OK', null, received_at, coalesce(ended_at, received_at)
      from kpi_seed_case""";

  // ---------------------------------------------------------------------------------------------

  private static final String PROCINST_COLUMNS = """
      insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
        removal_time_, duration_, start_user_id_, start_act_id_, end_act_id_, super_process_instance_id_, root_proc_inst_id_,
        super_case_instance_id_, case_inst_id_, delete_reason_, tenant_id_, state_, restarted_proc_inst_id_)
      """;

  /** Who started the case: the clerk's start form (camunda:initiator) or the intake API's machine account. */
  private static final String STARTER = "case when start_form then clerk else 'integration' end";

  private static final String REMOVAL = "ended_at + {ttl} * interval '1 day'";

  private static final List<String> PROCINST = List.of(
      PROCINST_COLUMNS + """
      select root_id, root_id, case_number, 'LaborDisputeCase', '{def:LaborDisputeCase}', received_at, ended_at,
        """ + REMOVAL + """
      , (extract(epoch from ended_at - received_at) * 1000)::bigint, """ + STARTER + """
      , 'StartEvent_CaseReceived',
        case outcome when 'settled' then 'EndEvent_Settled' when 'settled_after_deferred_performance' then 'EndEvent_SettledAfterDeferredPerformance'
             when 'not_accepted' then 'EndEvent_NotAccepted' when 'referred_to_arbitration' then 'EndEvent_EmployerRefused'
             when 'withdrawn' then 'EndEvent_Withdrawn' when 'payment_order' then 'EndEvent_PaymentOrder'
             when 'award_received' then 'EndEvent_AwardReceived' when 'referred_to_court' then 'EndEvent_ReferredToCourt' end,
        null, root_id, null, null, null, null, case when open then 'ACTIVE' else 'COMPLETED' end, null
      from kpi_seed_case""",
      PROCINST_COLUMNS + """
      select mediation_id, mediation_id, case_number, 'CaseMediation', '{def:CaseMediation}', mediation_started_at, mediation_ended_at,
        """ + REMOVAL + """
      , (extract(epoch from mediation_ended_at - mediation_started_at) * 1000)::bigint,
        case when pool = 'mediator-expert' then 'expert' || lpad((1 + r_person % 12)::text, 2, '0') else clerk end,
        'StartEvent_MediationStarted',
        case when mediation_outcome = 'expired' then 'EndEvent_MediationExpired' when mediation_ended_at is not null then 'EndEvent_MediationFinished' end,
        root_id, root_id, null, null, null, null, case when mediation_ended_at is null then 'ACTIVE' else 'COMPLETED' end, null
      from kpi_seed_case where decision = 'accepted' and open_state is distinct from 'review'""",
      PROCINST_COLUMNS + """
      select arbitration_id, arbitration_id, case_number, 'ArbitrationReferral', '{def:ArbitrationReferral}', arbitration_started_at,
        arbitration_ended_at, """ + REMOVAL + """
      , (extract(epoch from arbitration_ended_at - arbitration_started_at) * 1000)::bigint, null, 'StartEvent_ReferralStarted',
        case arbitration_outcome when 'award_received' then 'EndEvent_AwardReceived' when 'not_accepted' then 'EndEvent_NotAccepted' end,
        root_id, root_id, null, null, null, null, case when arbitration_ended_at is null then 'ACTIVE' else 'COMPLETED' end, null
      from kpi_seed_case where arbitration_started_at is not null or open_state = 'arbitration'""",
      PROCINST_COLUMNS + """
      select litigation_id, litigation_id, case_number, 'LitigationReferral', '{def:LitigationReferral}', arbitration_ended_at,
        ended_at, """ + REMOVAL + """
      , (extract(epoch from ended_at - arbitration_ended_at) * 1000)::bigint, null, 'StartEvent_LitigationStarted',
        'EndEvent_CourtReceived', root_id, root_id, null, null, null, null, 'COMPLETED', null
      from kpi_seed_case where outcome = 'referred_to_court'""");

  // ---------------------------------------------------------------------------------------------

  private static final String TASKINST_COLUMNS = """
      insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
        execution_id_, case_def_key_, case_def_id_, case_inst_id_, case_execution_id_, act_inst_id_, name_, parent_task_id_,
        description_, owner_, assignee_, start_time_, end_time_, duration_, delete_reason_, priority_, due_date_,
        follow_up_date_, tenant_id_, removal_time_, task_state_)
      """;

  /** Task columns after the ids: times, completion, priority, due date and removal time. */
  private static String taskTail(String start, String end, String priority, String due) {
    return start + ", " + end + ", (extract(epoch from " + end + " - " + start + ") * 1000)::bigint, case when " + end
        + " is null then null else 'completed' end, " + priority + ", " + due + ", null, null, " + REMOVAL
        + ", case when " + end + " is null then 'Updated' else 'Completed' end";
  }

  private static final String TASK_PRIORITY = "case when pool = 'mediator-expert' or channel = 'court_entrusted' then 80 else 50 end";

  private static final String MEDIATION_DUE = "mediation_deadline + time '23:59:59'";

  private static final List<String> TASKINST = List.of(
      // 审查受理条件: claimed by a clerk, completed with the decision (open cases at review: claimed, not yet done)
      TASKINST_COLUMNS + "select " + id(101) + ", 'Task_ReviewEligibility', 'LaborDisputeCase', '{def:LaborDisputeCase}', root_id, root_id,"
          + " root_id, null, null, null, null, 'Task_ReviewEligibility:' || " + id(102) + ", '审查受理条件', null, null, null, clerk, "
          + taskTail("received_at", "decided_at", "50", "received_on + 3 + time '23:59:59'") + " from kpi_seed_case c",
      // 组织专家会商
      TASKINST_COLUMNS + "select " + id(103) + ", 'Task_HoldExpertConsultation', 'LaborDisputeCase', '{def:LaborDisputeCase}', root_id,"
          + " root_id, root_id, null, null, null, null, 'Task_HoldExpertConsultation:' || " + id(104) + ", '组织专家会商', null, null,"
          + " null, 'expert' || lpad((1 + r_person % 12)::text, 2, '0'), "
          + taskTail("decided_at", "mediation_started_at", "80", MEDIATION_DUE)
          + " from kpi_seed_case c where pool = 'mediator-expert' and open_state is distinct from 'review'",
      // 安排调解会议 and 记录调解情况, once per session, by the case's mediator
      TASKINST_COLUMNS + "select " + id("c.n", "200 + s") + ", 'Task_ScheduleSession', 'CaseMediation', '{def:CaseMediation}', root_id,"
          + " mediation_id, " + id("c.n", "250 + s") + ", null, null, null, null, 'Task_ScheduleSession:' || " + id("c.n", "210 + s")
          + ", '安排调解会议', null, null, null, mediator, "
          + taskTail("mediation_started_at + (s - 1) * 3 * interval '1 day'",
              "mediation_started_at + (s - 1) * 3 * interval '1 day' + interval '20 hours'", TASK_PRIORITY, MEDIATION_DUE)
          + " from kpi_seed_case c cross join lateral generate_series(1, c.sessions) s",
      TASKINST_COLUMNS + "select " + id("c.n", "220 + s") + ", 'Task_RecordSession', 'CaseMediation', '{def:CaseMediation}', root_id,"
          + " mediation_id, " + id("c.n", "250 + s") + ", null, null, null, null, 'Task_RecordSession:' || " + id("c.n", "230 + s")
          + ", '记录调解情况', null, null, null, mediator, "
          + taskTail("mediation_started_at + (s - 1) * 3 * interval '1 day' + interval '20 hours'",
              "mediation_started_at + ((s - 1) * 3 + 2) * interval '1 day' + interval '20 hours'", TASK_PRIORITY, MEDIATION_DUE)
          + " from kpi_seed_case c cross join lateral generate_series(1, c.sessions) s",
      // the open scheduling task of a case still in mediation (claimed or not; after a first session, claimed);
      // an expired mediation without any session: the scheduling task deleted by the boundary timer
      TASKINST_COLUMNS + "select " + id(240) + ", 'Task_ScheduleSession', 'CaseMediation', '{def:CaseMediation}', root_id, mediation_id, "
          + id(259) + ", null, null, null, null, 'Task_ScheduleSession:' || " + id(241) + ", '安排调解会议', null, null, null,"
          + " case when sessions = 1 or r_delay % 10 < 4 then mediator end,"
          + " mediation_started_at + sessions * 3 * interval '1 day', null, null, null, " + TASK_PRIORITY + ", " + MEDIATION_DUE
          + ", null, null, null, case when sessions = 1 or r_delay % 10 < 4 then 'Updated' else 'Created' end"
          + " from kpi_seed_case c where open_state = 'mediating'",
      TASKINST_COLUMNS + "select " + id(240) + ", 'Task_ScheduleSession', 'CaseMediation', '{def:CaseMediation}', root_id, mediation_id, "
          + id(259) + ", null, null, null, null, 'Task_ScheduleSession:' || " + id(241) + ", '安排调解会议', null, null, null, null,"
          + " mediation_started_at, mediation_ended_at, (extract(epoch from mediation_ended_at - mediation_started_at) * 1000)::bigint,"
          + " 'deleted', " + TASK_PRIORITY + ", " + MEDIATION_DUE + ", null, null, " + REMOVAL + ", 'Deleted'"
          + " from kpi_seed_case c where mediation_outcome = 'expired' and sessions = 0",
      // 制作调解协议书
      TASKINST_COLUMNS + "select " + id(105) + ", 'Task_DraftAgreement', 'CaseMediation', '{def:CaseMediation}', root_id, mediation_id, "
          + id(259) + ", null, null, null, null, 'Task_DraftAgreement:' || " + id(106) + ", '制作调解协议书', null, null, null, mediator, "
          + taskTail("last_session_at", "agreement_at", TASK_PRIORITY, MEDIATION_DUE) + " from kpi_seed_case c where agreement_at is not null",
      // 确认协议履行情况
      TASKINST_COLUMNS + "select " + id(107) + ", 'Task_ConfirmPerformance', 'LaborDisputeCase', '{def:LaborDisputeCase}', root_id, root_id,"
          + " root_id, null, null, null, null, 'Task_ConfirmPerformance:' || " + id(108) + ", '确认协议履行情况', null, null, null, mediator, "
          + taskTail("confirm_started_at", "confirm_ended_at", TASK_PRIORITY, "performance_due + 5 + time '23:59:59'")
          + " from kpi_seed_case c where confirm_started_at is not null");

  // ---------------------------------------------------------------------------------------------

  /**
   * A process variable as the engine stores it. {@code stage} says when it is created and so which
   * instances hold it: intake, review and triage variables are created in the case instance and
   * copied into each call activity; mediation and agreement variables are created in CaseMediation
   * and copied out into the case when mediation ends; arbitration variables likewise from
   * ArbitrationReferral; the outcome when the case ends. {@code when} is an extra condition on the
   * case, {@code value} an SQL expression (text, a number, or a condition for booleans).
   */
  record Variable(String name, String type, Stage stage, String when, String value, boolean deleted) {}

  enum Stage { INTAKE, REVIEW, TRIAGE, MEDIATION, AGREEMENT, PERFORMANCE, ARBITRATION, END }

  static final List<Variable> VARIABLES = List.of(
      new Variable("registeredBy", "string", Stage.INTAKE, "true", STARTER, false),
      new Variable("applicantName", "string", Stage.INTAKE, "true", "'申请人' || n", false),
      new Variable("applicantIdNumber", "string", Stage.INTAKE, "start_form", "'360802' || (19700101 + n % 300000) || lpad((n % 9999)::text, 4, '0')", true),
      new Variable("applicantPhone", "string", Stage.INTAKE, "start_form", "'139' || lpad((n % 100000000)::text, 8, '0')", true),
      new Variable("employerName", "string", Stage.INTAKE, "true", "'企业' || employer_no", false),
      new Variable("employerCreditCode", "string", Stage.INTAKE, "true", "employer_credit_code", false),
      new Variable("disputeType", "string", Stage.INTAKE, "true", "dispute_type", false),
      new Variable("claimAmount", "string", Stage.INTAKE, "true", "claimed_amount::text", false),
      new Variable("claimDescription", "string", Stage.INTAKE, "true", "'拖欠工资及经济补偿，案件' || n", false),
      new Variable("workerCount", "long", Stage.INTAKE, "true", "worker_count", false),
      new Variable("knownDate", "string", Stage.INTAKE, "true", "(received_on - 20 - r_delay % 200)::text", false),
      new Variable("channel", "string", Stage.INTAKE, "true", "channel", false),
      new Variable("entrustmentDeadline", "string", Stage.INTAKE, "channel = 'court_entrusted'", "(received_on + 30)::text", false),
      new Variable("courtCaseNumber", "string", Stage.INTAKE, "channel = 'court_entrusted'", "'（' || case_year || '）赣0802诉前调' || n || '号'", false),
      new Variable("caseNumber", "string", Stage.INTAKE, "true", "case_number", false),
      new Variable("applicantIdMasked", "string", Stage.INTAKE, "true", "'3608**********' || lpad((n % 10000)::text, 4, '0')", false),
      new Variable("applicantPhoneMasked", "string", Stage.INTAKE, "true", "'139****' || lpad((n % 10000)::text, 4, '0')", false),
      new Variable("collectiveDispute", "boolean", Stage.INTAKE, "true", "collective", false),
      new Variable("receivedDate", "string", Stage.INTAKE, "true", "received_on::text", false),
      new Variable("mediationDeadline", "string", Stage.INTAKE, "true", "mediation_deadline::text", false),
      new Variable("limitationStatus", "string", Stage.INTAKE, "true", "'OK'", false),
      new Variable("limitationExpiry", "null", Stage.INTAKE, "true", "null", false),
      new Variable("possibleDuplicateOf", "string", Stage.INTAKE, "true", "''", false),
      new Variable("paymentOrderEligible", "boolean", Stage.INTAKE, "true", "payment_order_eligible", false),
      new Variable("inScope", "boolean", Stage.REVIEW, "true", "decision <> 'not_accepted'", false),
      new Variable("employerConsents", "boolean", Stage.REVIEW, "true", "decision <> 'employer_refused'", false),
      new Variable("eligibilityDecision", "string", Stage.REVIEW, "true", "decision", false),
      new Variable("rejectionReason", "string", Stage.REVIEW, "decision = 'not_accepted'", "'属于劳务关系，不属于劳动争议受案范围'", false),
      new Variable("triage", "serializable", Stage.TRIAGE, "true", "null", true),
      new Variable("mediatorPool", "string", Stage.TRIAGE, "true", "pool", false),
      new Variable("priority", "string", Stage.TRIAGE, "true",
          "case when pool = 'mediator-expert' or channel = 'court_entrusted' then 'high' else 'normal' end", false),
      new Variable("taskPriority", "integer", Stage.TRIAGE, "true", TASK_PRIORITY, false),
      new Variable("expertConsultation", "boolean", Stage.TRIAGE, "true", "pool = 'mediator-expert'", false),
      new Variable("expertOpinion", "string", Stage.TRIAGE, "pool = 'mediator-expert'", "'建议分批支付'", false),
      new Variable("sessionMode", "string", Stage.MEDIATION, "sessions > 0", "case when r_mode % 3 = 0 then 'cloud' else 'in_person' end", false),
      new Variable("sessionTime", "string", Stage.MEDIATION, "sessions > 0", "to_char(last_session_at - interval '1 day', 'YYYY-MM-DD\"T\"09:30')", false),
      new Variable("sessionPlace", "string", Stage.MEDIATION, "sessions > 0", "case when r_mode % 3 = 0 then '云调解' else '中心第一调解室' end", false),
      new Variable("meetingLink", "string", Stage.MEDIATION, "sessions > 0 and r_mode % 3 = 0", "'https://meeting.example.cn/room/' || md5(n::text)", false),
      new Variable("sessionCount", "long", Stage.MEDIATION, "sessions > 0", "sessions", false),
      new Variable("sessionNotes", "string", Stage.MEDIATION, "sessions > 0", "'第' || sessions || '次调解，双方陈述意见'", false),
      new Variable("sessionResult", "string", Stage.MEDIATION, "sessions > 0 and mediation_outcome is distinct from 'expired'",
          "coalesce(mediation_outcome, 'another_session')", false),
      new Variable("agreementItems", "string", Stage.AGREEMENT, "true", "'被申请人支付申请人工资及经济补偿'", false),
      new Variable("confirmationType", "string", Stage.AGREEMENT, "true", "'none'", false),
      new Variable("performanceMode", "string", Stage.AGREEMENT, "true", "case when on_the_spot then 'on_the_spot' else 'deferred' end", false),
      new Variable("performanceDueDate", "string", Stage.AGREEMENT, "deferred", "performance_due::text", false),
      new Variable("agreedAmount", "string", Stage.AGREEMENT, "true", "agreed_amount::text", false),
      new Variable("agreementDate", "string", Stage.AGREEMENT, "true", "agreement_at::date::text", false),
      new Variable("agreementDocumentId", "string", Stage.AGREEMENT, "true", "'AGR-' || md5(case_number)", false),
      new Variable("mediationOutcome", "string", Stage.MEDIATION, "mediation_outcome is not null", "mediation_outcome", false),
      new Variable("performed", "boolean", Stage.PERFORMANCE, "true", "performed", false),
      new Variable("handedOverDate", "string", Stage.ARBITRATION, "true", "arbitration_started_at::date::text", false),
      new Variable("arbitrationAcceptedDate", "string", Stage.ARBITRATION, "arbitration_outcome = 'award_received'",
          "(arbitration_started_at::date + 3)::text", false),
      new Variable("awardDeadline", "string", Stage.ARBITRATION, "arbitration_outcome = 'award_received'", "(arbitration_started_at::date + 48)::text", false),
      new Variable("arbitrationOutcome", "string", Stage.ARBITRATION, "true", "arbitration_outcome", false),
      new Variable("outcome", "string", Stage.END, "true", "outcome", false));

  /** Which cases have reached a stage in the case instance itself, and when its variables were created there. */
  private static String inCase(Stage stage) {
    return switch (stage) {
      case INTAKE -> "true|received_at";
      case REVIEW -> "decided_at is not null|decided_at";
      case TRIAGE -> "decision = 'accepted'|decided_at";
      // copied out of CaseMediation when it ends
      case MEDIATION -> "mediation_ended_at is not null|mediation_ended_at";
      case AGREEMENT -> "agreement_at is not null|mediation_ended_at";
      case PERFORMANCE -> "confirm_ended_at is not null|confirm_ended_at";
      case ARBITRATION -> "arbitration_ended_at is not null|arbitration_ended_at";
      case END -> "ended_at is not null|ended_at";
    };
  }

  /** Which cases have the variable in their CaseMediation instance, and since when. */
  private static String inMediation(Stage stage) {
    return switch (stage) {
      case INTAKE, REVIEW, TRIAGE -> "decision = 'accepted' and open_state is distinct from 'review'|mediation_started_at";
      case MEDIATION -> "sessions > 0|coalesce(last_session_at, mediation_ended_at)";
      case AGREEMENT -> "agreement_at is not null|agreement_at";
      default -> null;
    };
  }

  /** Which cases have the variable in their ArbitrationReferral instance, and since when. */
  private static String inArbitration(Stage stage) {
    return switch (stage) {
      case INTAKE, REVIEW, TRIAGE, MEDIATION, AGREEMENT, PERFORMANCE -> "arbitration_started_at is not null|arbitration_started_at";
      case ARBITRATION -> "arbitration_ended_at is not null|arbitration_ended_at";
      default -> null;
    };
  }

  private static List<String> varinst(boolean callActivityCopies) {
    List<String> statements = new ArrayList<>();
    statements.add(varinstStatement("LaborDisputeCase", "root_id", 0, CaseHistorySeeder::inCase, false));
    if (callActivityCopies) {
      statements.add(varinstStatement("CaseMediation", "mediation_id", 1, CaseHistorySeeder::inMediation, true));
      statements.add(varinstStatement("ArbitrationReferral", "arbitration_id", 2, CaseHistorySeeder::inArbitration, true));
    }
    return statements;
  }

  /**
   * One INSERT … SELECT for all variables of one kind of instance: the cases cross-joined with the
   * variable list, filtered by stage and condition.
   */
  private static String varinstStatement(String processKey, String instanceColumn, int instanceKind,
                                         java.util.function.Function<Stage, String> where, boolean copy) {
    StringBuilder cases = new StringBuilder();
    StringBuilder selects = new StringBuilder();
    int ordinal = 0;
    for (Variable v : VARIABLES) {
      ordinal++;
      String place = where.apply(v.stage());
      if (place == null || (copy && v.deleted())) {
        continue;
      }
      String[] parts = place.split("\\|");
      if (!selects.isEmpty()) {
        selects.append("\n      union all ");
      }
      String value = v.value();
      String longValue = switch (v.type()) {
        case "long", "integer" -> "(" + value + ")::bigint";
        case "boolean" -> "case when " + value + " then 1 else 0 end";
        default -> "null::bigint";
      };
      String textValue = switch (v.type()) {
        case "string" -> "(" + value + ")::text";
        case "long", "integer" -> "(" + value + ")::text";
        default -> "null::text";
      };
      String bytes = "serializable".equals(v.type()) ? id("c.n", Integer.toString(900 + instanceKind)) : "null::text";
      String text2 = "serializable".equals(v.type()) ? "'java.util.HashMap'" : "null::text";
      String type = "null".equals(v.type()) ? "null::text" : "'" + v.type() + "'";
      selects.append("select c.n, ").append(ordinal).append(", '").append(v.name()).append("', ").append(type).append(", ")
          .append(parts[1]).append(", ").append(bytes).append(", ").append(longValue).append(", ").append(textValue).append(", ")
          .append(text2).append(", '").append(v.deleted() ? "DELETED" : "CREATED").append("'")
          .append(", c.root_id, c.").append(instanceColumn).append(", c.ended_at from kpi_seed_case c where c.n between {low} and {high} and (")
          .append(parts[0]).append(") and (").append(v.when()).append(")");
    }
    cases.append("""
        insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_inst_id_,
          case_def_key_, case_def_id_, case_inst_id_, case_execution_id_, task_id_, name_, var_type_, create_time_, rev_,
          bytearray_id_, double_, long_, text_, text2_, tenant_id_, state_, removal_time_)
        select """).append(id("v.n", "1000 + " + (instanceKind * 100) + " + v.ordinal")).append(", '").append(processKey)
        .append("', '{def:").append(processKey).append("}', v.root_id, v.instance_id, v.instance_id, v.instance_id,")
        .append(" null, null, null, null, null, v.name, v.type, v.created, 0, v.bytes, null, v.long_value, v.text_value, v.text2, null,")
        .append(" v.state, v.ended_at + {ttl} * interval '1 day'\n")
        .append("        from (").append(selects).append(") v (n, ordinal, name, type, created, bytes, long_value, text_value, text2, state,")
        .append(" root_id, instance_id, ended_at)\n")
        .append("        order by v.created, v.n, v.ordinal");
    return cases.toString();
  }
}
