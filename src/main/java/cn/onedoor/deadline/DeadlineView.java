package cn.onedoor.deadline;

import cn.onedoor.calendar.ChinaTime;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Open cases by their next statutory deadline, overdue first. A case's deadlines are the due dates
 * of its open tasks and of its timers (mediation period, performance, arbitration acceptance and
 * award), all set by {@link Deadlines}; a case is a process instance with a business key (its case
 * number), and a called process is listed under its own instance (they share the number).
 *
 * <p>The nearest deadline per case is chosen in the database and read a page at a time (issue #16:
 * at 10,000 open cases the whole list took 3.6 s and 1.4 MB): one statement over the engine's
 * runtime tables ({@code ACT_RU_TASK}, timer rows of {@code ACT_RU_JOB}, {@code ACT_RU_EXECUTION}),
 * ordered by due date and case number, so pages are stable. Two forms of it: one pass that ranks
 * every deadline within its case and carries the total (the whole list, {@code GET /api/deadlines},
 * and the exports); and, for a bounded list (overdue or due within days: the dashboard's table), a
 * walk of the deadlines in due order through two indexes that stops after the page and, when the
 * page comes out short, has settled the total without counting; a full page is read again in one
 * pass for its total (docs/benchmarks.md, "Deadlines a page at a time"). Only supervisors and administrators
 * reach it (they may read every task and timer), so no per-user authorization applies.
 */
@Service
public class DeadlineView {

  /** The largest page {@link #page} returns. */
  public static final int MAX_PAGE_SIZE = 200;

  /** One case's nearest deadline. {@code daysLeft} is negative when overdue. */
  public record CaseDeadline(String caseNumber, String deadlineName, LocalDateTime due, long daysLeft, boolean overdue) {}

  /** A page of {@link CaseDeadline}s and the number of open cases with a deadline in all. */
  public record Page(List<CaseDeadline> items, int page, int size, long total) {}

  /**
   * Every active task with a due date and every active timer before the bound (twice {@code ?}), with
   * the process instance they belong to and the tie rule's kind (0 a task, 1 a timer) and id.
   */
  private static final String DEADLINES = """
      (
        select t.PROC_INST_ID_ as instance_id, t.NAME_ as name, cast(null as varchar(64)) as job_def_id, t.DUE_DATE_ as due,
               0 as kind, t.ID_ as id
        from ACT_RU_TASK t
        where t.DUE_DATE_ is not null and t.DUE_DATE_ < ? and t.SUSPENSION_STATE_ = 1 and t.PROC_INST_ID_ is not null
        union all
        select j.PROCESS_INSTANCE_ID_, null, j.JOB_DEF_ID_, j.DUEDATE_, 1, j.ID_
        from ACT_RU_JOB j
        where j.TYPE_ = 'timer' and j.DUEDATE_ is not null and j.DUEDATE_ < ? and j.SUSPENSION_STATE_ = 1
          and j.PROCESS_INSTANCE_ID_ is not null
      ) d
      """;

  /**
   * A case's deadlines in due order, keeping a deadline only when no deadline of the same case (any of
   * its process instances, found by the business key) comes before it: the first one is the case's
   * nearest. Ties within a case: a task before a timer, then the lower id. Tasks are read through
   * {@code onedoor_idx_task_due}, timers through {@code onedoor_idx_job_timer_due}; the database merges
   * the two in due order and stops after the page, each kept row costing a few index look-ups.
   */
  private static final String NEAREST = """
      select e.BUSINESS_KEY_ as case_number, d.name, d.job_def_id, d.due
      from """ + DEADLINES + """
      join ACT_RU_EXECUTION e on e.ID_ = d.instance_id
      where e.BUSINESS_KEY_ is not null
        and not exists (
          select 1 from ACT_RU_EXECUTION e2 join ACT_RU_TASK t2 on t2.PROC_INST_ID_ = e2.ID_
          where e2.BUSINESS_KEY_ = e.BUSINESS_KEY_ and e2.ID_ = e2.PROC_INST_ID_
            and t2.DUE_DATE_ is not null and t2.SUSPENSION_STATE_ = 1
            and (t2.DUE_DATE_ < d.due or (t2.DUE_DATE_ = d.due and (d.kind = 1 or t2.ID_ < d.id))))
        and not exists (
          select 1 from ACT_RU_EXECUTION e3 join ACT_RU_JOB j2 on j2.PROCESS_INSTANCE_ID_ = e3.ID_
          where e3.BUSINESS_KEY_ = e.BUSINESS_KEY_ and e3.ID_ = e3.PROC_INST_ID_
            and j2.TYPE_ = 'timer' and j2.DUEDATE_ is not null and j2.SUSPENSION_STATE_ = 1
            and (j2.DUEDATE_ < d.due or (j2.DUEDATE_ = d.due and d.kind = 1 and j2.ID_ < d.id)))
      order by d.due, e.BUSINESS_KEY_
      limit ? offset ?""";

  /**
   * The same choice in one pass, with the total: every deadline before the bound ranked within its case
   * (the same tie rule), the first of each case kept. It reads every deadline, so it costs the same for
   * any page; the walk above is cheaper only when the page comes out short (the dashboard's overdue and
   * due-within-days table, as a rule), because then the walk has settled the total too.
   */
  private static final String RANKED = """
      select case_number, name, job_def_id, due, count(*) over () as total from (
        select e.BUSINESS_KEY_ as case_number, d.name, d.job_def_id, d.due,
               row_number() over (partition by e.BUSINESS_KEY_ order by d.due, d.kind, d.id) as rn
        from """ + DEADLINES + """
        join ACT_RU_EXECUTION e on e.ID_ = d.instance_id
        where e.BUSINESS_KEY_ is not null
      ) nearest
      where rn = 1
      order by due, case_number
      limit ? offset ?""";

  private final JdbcTemplate jdbc;
  private final ManagementService management;
  private final RepositoryService repository;
  private final Map<String, String> timerNames = new ConcurrentHashMap<>();

  DeadlineView(JdbcTemplate jdbc, ManagementService management, RepositoryService repository) {
    this.jdbc = jdbc;
    this.management = management;
    this.repository = repository;
  }

  /** Every open case at its nearest deadline, overdue first (for small sets and tests; the API pages). */
  public List<CaseDeadline> openCases(LocalDate today) {
    return nearest(today, null, Integer.MAX_VALUE, 0, false).items();
  }

  /**
   * Page {@code page} (from 0) of {@code size} open cases at their nearest deadline, overdue first,
   * ties by case number; {@code size} is capped at {@link #MAX_PAGE_SIZE}.
   */
  public Page page(LocalDate today, int page, int size) {
    int bounded = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    Page found = nearest(today, null, bounded, (long) Math.max(page, 0) * bounded, false);
    return new Page(found.items(), Math.max(page, 0), bounded, found.total());
  }

  /**
   * The open cases whose nearest deadline falls on {@code lastDay} or before (overdue ones
   * included), most urgent first, at most {@code limit} of them; the total counts them all.
   */
  public Page dueBy(LocalDate today, LocalDate lastDay, int limit) {
    return dueBy(today, lastDay, limit, 0);
  }

  /** The same from row {@code offset} on. */
  public Page dueBy(LocalDate today, LocalDate lastDay, int limit, long offset) {
    return nearest(today, endOf(lastDay), limit, offset, true);
  }

  /** The same without the total, for an export reading them all a chunk at a time. */
  public List<CaseDeadline> dueItems(LocalDate today, LocalDate lastDay, int limit, long offset) {
    return nearest(today, endOf(lastDay), limit, offset, false).items();
  }

  private static Date endOf(LocalDate lastDay) {
    return Date.from(lastDay.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
  }

  /**
   * {@code walkFirst}: for a first page, try the walk ({@link #NEAREST}); a short page settles the
   * total, a full one is read again in one pass with its total ({@link #RANKED}). Otherwise, and for
   * later pages (the walk would pass every earlier row), the one pass at once.
   */
  private Page nearest(LocalDate today, Date before, int limit, long offset, boolean walkFirst) {
    Timestamp upTo = before == null ? Timestamp.valueOf("9999-12-31 00:00:00") : new Timestamp(before.getTime());
    if (walkFirst && offset == 0) {
      List<CaseDeadline> items = new ArrayList<>();
      jdbc.query(NEAREST, rs -> {
        items.add(deadline(today, rs));
      }, upTo, upTo, limit, offset);
      if (items.size() < limit) {
        return new Page(List.copyOf(items), 0, limit, items.size());
      }
    }
    long[] total = {-1};
    List<CaseDeadline> items = new ArrayList<>();
    jdbc.query(RANKED, rs -> {
      total[0] = rs.getLong("total");
      items.add(deadline(today, rs));
    }, upTo, upTo, limit, offset);
    if (items.isEmpty() && offset > 0) {
      // past the last page: the window count came with no row, so count on its own
      return new Page(List.of(), 0, limit, nearest(today, before, 1, 0, false).total());
    }
    return new Page(List.copyOf(items), 0, limit, Math.max(total[0], 0));
  }

  private CaseDeadline deadline(LocalDate today, java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp due = rs.getTimestamp("due");
    String jobDefinition = rs.getString("job_def_id");
    String name = jobDefinition == null ? rs.getString("name") : timerName(jobDefinition);
    LocalDateTime at = LocalDateTime.ofInstant(due.toInstant(), ChinaTime.ZONE);
    return new CaseDeadline(rs.getString("case_number"), name, at, ChronoUnit.DAYS.between(today, at.toLocalDate()),
        at.toLocalDate().isBefore(today));
  }

  private String timerName(String jobDefinitionId) {
    return timerNames.computeIfAbsent(jobDefinitionId, id -> {
      JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
      if (definition == null) {
        return "计时器";
      }
      FlowElement element = repository.getBpmnModelInstance(definition.getProcessDefinitionId())
          .getModelElementById(definition.getActivityId());
      return element == null || element.getName() == null ? definition.getActivityId() : element.getName();
    });
  }
}
