package cn.onedoor.register;

import cn.onedoor.api.ApiException;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.PartyFingerprints;
import cn.onedoor.security.PersonNames;
import cn.onedoor.system.SystemOperations;
import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's mediator (承办人): who scheduled its first session ({@link CaseRegister#recordFirstMediator}),
 * changed only by a supervisor or an administrator with a recorded reason; a mediator's open cases
 * (我的案件); and the case search, limited like {@link CaseAccess} to the cases the caller may read.
 */
@Service
public class CaseMediators {

  /** At most this many cases answer one search. */
  static final int SEARCH_LIMIT = 50;
  static final int REASON_MAX = 500;
  private static final Pattern ID_TAIL = Pattern.compile("[0-9]{1,3}[0-9Xx]");

  private final JdbcTemplate jdbc;
  private final CaseRegister register;
  private final TaskService tasks;
  private final IdentityService identity;
  private final SystemOperations system;
  private final PartyFingerprints fingerprints;
  private final PersonNames names;

  CaseMediators(JdbcTemplate jdbc, CaseRegister register, TaskService tasks, IdentityService identity,
                SystemOperations system, PartyFingerprints fingerprints, PersonNames names) {
    this.names = names;
    this.jdbc = jdbc;
    this.register = register;
    this.tasks = tasks;
    this.identity = identity;
    this.system = system;
    this.fingerprints = fingerprints;
  }

  /** One case as the lists show it; {@code mediatorName} is the 承办人's name (王芳), {@code mediatorId} her login. */
  public record CaseLine(String caseNumber, String applicantName, String applicantIdMasked, String employerName,
                         String status, String statusLabel, String mediatorPool, String mediatorId,
                         String mediationDeadline, String receivedOn, String mediatorName) {

    CaseLine named(Map<String, String> names) {
      return mediatorId == null ? this : new CaseLine(caseNumber, applicantName, applicantIdMasked, employerName, status,
          statusLabel, mediatorPool, mediatorId, mediationDeadline, receivedOn, names.getOrDefault(mediatorId, mediatorId));
    }
  }

  public record Change(String caseNumber, String previousMediator, String mediator, String reason, String changedBy,
                       OffsetDateTime changedAt, int reassignedTasks) {}

  private static final String LINE_COLUMNS = """
      case_number, applicant_name, applicant_id_masked, employer_name, status, mediator_pool, mediator_id,
      mediation_deadline, received_on""";

  private static final RowMapper<CaseLine> LINE = (rs, i) -> new CaseLine(rs.getString(1), rs.getString(2),
      rs.getString(3), rs.getString(4), rs.getString(5), label(rs.getString(5)), rs.getString(6), rs.getString(7),
      day(rs.getDate(8)), day(rs.getDate(9)), null);

  /** A page of {@link CaseLine}s and how many there are in all. */
  public record LinePage(List<CaseLine> items, int page, int size, long total) {}

  /**
   * 我的案件: page {@code page} (from 0) of {@code size} of the open cases whose mediator is {@code userId},
   * whatever they wait for (a date, the court, the commission), nearest mediation deadline first, with
   * their number (issue #16: a mediator may carry hundreds).
   */
  public LinePage openCasesOf(String userId, int page, int size) {
    long offset = (long) page * size;
    List<CaseLine> lines = named(jdbc.query("select " + LINE_COLUMNS + " from case_register where mediator_id = ? and status <> ?"
        + " order by mediation_deadline, case_year, case_seq offset ? rows fetch next ? rows only",
        LINE, userId, CaseStage.CLOSED.code(), offset, size));
    long total;
    if (!lines.isEmpty() && lines.size() < size) {
      total = offset + lines.size();
    } else {
      Long counted = jdbc.queryForObject("select count(*) from case_register where mediator_id = ? and status <> ?", Long.class,
          userId, CaseStage.CLOSED.code());
      total = counted == null ? 0 : counted;
    }
    return new LinePage(lines, page, size, total);
  }

  /**
   * Cases whose number, applicant or employer contains {@code q}, or whose applicant's identity number
   * ends with {@code q} (up to four characters, as the masked number shows them) or is {@code q} (a full
   * number, compared by its fingerprint): newest first, at most {@link #SEARCH_LIMIT}, and only those
   * of the caller's pools or hers as mediator unless she oversees the centre.
   */
  public List<CaseLine> search(String q, String userId, Collection<String> groups, boolean oversees) {
    String text = q.trim();
    String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    StringBuilder sql = new StringBuilder("select " + LINE_COLUMNS + " from case_register where (")
        .append("case_number like ? escape '\\' or applicant_name like ? escape '\\' or employer_name like ? escape '\\'");
    List<Object> args = new ArrayList<>(List.of(like, like, like));
    if (ID_TAIL.matcher(text).matches()) {
      sql.append(" or applicant_id_masked like ?");
      args.add("%" + text.toUpperCase());
    }
    if (IdentityNumbers.isValid(text.toUpperCase())) {
      sql.append(" or applicant_id_hash = ?");
      args.add(fingerprints.of(text));
    }
    sql.append(")");
    if (!oversees) {
      List<String> pools = groups.stream().filter(g -> g.startsWith("mediator-")).toList();
      sql.append(" and (mediator_id = ?");
      args.add(userId);
      if (!pools.isEmpty()) {
        sql.append(" or mediator_pool in (").append(String.join(", ", pools.stream().map(p -> "?").toList())).append(")");
        args.addAll(pools);
      }
      sql.append(")");
    }
    sql.append(" order by case_year desc, case_seq desc fetch first ").append(SEARCH_LIMIT).append(" rows only");
    return named(jdbc.query(sql.toString(), LINE, args.toArray()));
  }

  private List<CaseLine> named(List<CaseLine> lines) {
    Map<String, String> people = names.of(lines.stream().map(CaseLine::mediatorId).toList());
    return lines.stream().map(line -> line.named(people)).toList();
  }

  /**
   * Gives the case to {@code mediator}, a member of the case's pool: the register names her, the change
   * is recorded with its reason, and the case's open tasks of its pool are assigned to her.
   */
  @Transactional
  public Change reassign(String caseNumber, String mediator, String reason, String changedBy) {
    CaseRegister.Keepers keepers = register.keepers(caseNumber)
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no_case", "案件登记簿中没有该案件：" + caseNumber));
    if (register.isClosed(caseNumber)) {
      throw new ApiException(HttpStatus.CONFLICT, "case_closed", "案件已结案，不能更换承办调解员：" + caseNumber);
    }
    String pool = keepers.mediatorPool();
    if (pool == null || !pool.startsWith("mediator-")) {
      throw new ApiException(HttpStatus.CONFLICT, "no_pool", "案件尚未分派调解员组，不能指定承办调解员：" + caseNumber);
    }
    boolean member = system.asSystem(() -> identity.createUserQuery().userId(mediator).memberOfGroup(pool).count() > 0);
    if (!member) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "mediator_not_in_pool",
          "承办调解员须是本案调解员组（" + pool + "）的成员：" + mediator);
    }
    OffsetDateTime now = OffsetDateTime.now();
    register.recordMediator(caseNumber, mediator);
    jdbc.update("""
        insert into case_mediator_change (case_number, from_mediator, to_mediator, reason, changed_by, changed_at)
        values (?, ?, ?, ?, ?, ?)""", caseNumber, keepers.mediatorId(), mediator, reason, changedBy, now);
    int reassigned = system.asSystem(() -> {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskCandidateGroup(pool)
          .includeAssignedTasks().list();
      for (Task task : open) {
        tasks.setAssignee(task.getId(), mediator);
      }
      return open.size();
    });
    return new Change(caseNumber, keepers.mediatorId(), mediator, reason, changedBy, now, reassigned);
  }

  /** The case's changes of mediator, oldest first. */
  public List<Change> changes(String caseNumber) {
    return jdbc.query("""
        select case_number, from_mediator, to_mediator, reason, changed_by, changed_at from case_mediator_change
        where case_number = ? order by changed_at, id""",
        (rs, i) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getObject(6, OffsetDateTime.class), 0), caseNumber);
  }

  private static String label(String status) {
    try {
      return status == null ? null : CaseStage.fromCode(status).label();
    } catch (IllegalArgumentException e) {
      return status;
    }
  }

  private static String day(Date date) {
    return date == null ? null : date.toString();
  }
}
