package cn.onedoor.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The authorization check Camunda configured on a task query, in the shape OneDoor's task query
 * statements ({@code cn/onedoor/tasklist/task-queries.xml}) evaluate it, and the unchecked copy under
 * which Camunda's own criteria fragment is included.
 *
 * <p>{@link #supports(AuthorizationCheck)} says which checks that statement evaluates exactly as
 * Camunda does: a checked query for a user, made of atomic checks only (one, or a disjunction), each
 * on a resource column the statement knows: the task's id ({@code RES.ID_}) or its process
 * definition's key ({@code D.KEY_}). Camunda's task query has exactly that shape (READ on the task, or
 * READ_TASK on its process definition); anything else stays with Camunda's statement.
 */
public final class TaskAuthorizationChecks {

  static final String TASK_ID = "RES.ID_";
  static final String DEFINITION_KEY = "D.KEY_";

  /** One atomic check, as the statement reads it. */
  public record Check(int resourceType, int perms, boolean byDefinitionKey, String userId,
      List<String> groupIds, boolean revokes, String notFoundValue) {

    public boolean isByDefinitionKey() {
      return byDefinitionKey;
    }

    public boolean isRevokes() {
      return revokes;
    }
  }

  private final List<Check> checks;
  private final AuthorizationCheck unchecked;
  private final boolean distinct;

  private TaskAuthorizationChecks(List<Check> checks, AuthorizationCheck unchecked, boolean distinct) {
    this.checks = checks;
    this.unchecked = unchecked;
    this.distinct = distinct;
  }

  /**
   * Whether the list needs {@code select distinct}: only when a join can repeat a task, that is the
   * identity links (candidate user or group, involved user; the same condition as Camunda's
   * {@code I_JOIN}) or an ordering by a related table (a variable). Camunda selects distinct always;
   * without it PostgreSQL can walk the due-date index and stop after one page instead of sorting every
   * task the user may see.
   */
  public boolean isDistinct() {
    return distinct;
  }

  static boolean needsDistinct(TaskQueryImpl query) {
    for (TaskQueryImpl part : query.getQueries()) {
      if (part.getCandidateUser() != null || part.getCandidateGroups() != null || part.getCandidateGroupLike() != null
          || part.getInvolvedUser() != null || Boolean.TRUE.equals(part.isWithCandidateGroups())
          || Boolean.TRUE.equals(part.isWithCandidateUsers())) {
        return true;
      }
    }
    for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
      if (ordering.getRelation() != null) {
        return true;
      }
    }
    return false;
  }

  public List<Check> getChecks() {
    return checks;
  }

  public AuthorizationCheck getUnchecked() {
    return unchecked;
  }

  /** Whether OneDoor's statement evaluates this check exactly; otherwise Camunda's statement runs. */
  public static boolean supports(AuthorizationCheck authCheck) {
    if (authCheck == null || !authCheck.getShouldPerformAuthorizatioCheck() || authCheck.getAuthUserId() == null) {
      return false;
    }
    CompositePermissionCheck composite = authCheck.getPermissionChecks();
    if (composite == null || (composite.getCompositeChecks() != null && !composite.getCompositeChecks().isEmpty())) {
      return false;
    }
    List<PermissionCheck> atomic = composite.getAtomicChecks();
    if (atomic == null || atomic.isEmpty() || (atomic.size() > 1 && !composite.isDisjunctive())) {
      return false;
    }
    for (PermissionCheck check : atomic) {
      String column = check.getResourceIdQueryParam();
      if (check.getResourceId() != null || !(TASK_ID.equals(column) || DEFINITION_KEY.equals(column))) {
        return false;
      }
    }
    return true;
  }

  /** Called by the statement (OGNL) with the query's authorization check. */
  public static TaskAuthorizationChecks of(AuthorizationCheck authCheck, Object query) {
    if (!supports(authCheck)) {
      throw new IllegalStateException("OneDoor's task query statement cannot evaluate this authorization check");
    }
    List<String> groups = authCheck.getAuthGroupIds() == null ? List.of() : List.copyOf(authCheck.getAuthGroupIds());
    List<Check> checks = new ArrayList<>();
    for (PermissionCheck check : authCheck.getPermissionChecks().getAtomicChecks()) {
      Long notFound = check.getAuthorizationNotFoundReturnValue();
      checks.add(new Check(check.getResourceType(), check.getPerms(),
          DEFINITION_KEY.equals(check.getResourceIdQueryParam()), authCheck.getAuthUserId(), groups,
          authCheck.isRevokeAuthorizationCheckEnabled(), notFound == null ? "null" : Long.toString(notFound)));
    }
    AuthorizationCheck unchecked = new AuthorizationCheck();
    unchecked.setAuthorizationCheckEnabled(false);
    unchecked.setShouldPerformAuthorizatioCheck(false);
    unchecked.setRevokeAuthorizationCheckEnabled(authCheck.isRevokeAuthorizationCheckEnabled());
    unchecked.setHistoricInstancePermissionsEnabled(authCheck.isHistoricInstancePermissionsEnabled());
    unchecked.setUseLeftJoin(authCheck.isUseLeftJoin());
    boolean distinct = !(query instanceof TaskQueryImpl taskQuery) || needsDistinct(taskQuery);
    return new TaskAuthorizationChecks(List.copyOf(checks), unchecked, distinct);
  }
}
