package cn.onedoor.tasklist;

import cn.onedoor.security.Role;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * {@code ${currentUserPools()}} in Tasklist filters: the candidate groups whose tasks a user's
 * lists show. A mediator's or clerk's own groups (so the query never reaches other pools' tasks);
 * for supervisors and administrators, who oversee the centre, every group that tasks are offered to.
 */
public final class InboxFunctions {

  public static final String CURRENT_USER_POOLS = "currentUserPools";

  private static final List<String> EVERY_TASK_GROUP = Arrays.stream(Role.values())
      .filter(role -> role != Role.SUPERVISOR && role != Role.ADMIN && role != Role.INTEGRATION)
      .map(Role::groupId).toList();

  private InboxFunctions() {}

  public static List<String> currentUserPools() {
    CommandContext context = Context.getCommandContext();
    List<String> groups = context == null ? null : context.getAuthenticatedGroupIds();
    if (groups == null) {
      return EVERY_TASK_GROUP; // the engine itself, without a user: no authorization check either
    }
    if (groups.isEmpty()) {
      return List.of("-"); // no group, no pool: a group no task is offered to
    }
    if (groups.contains(Role.SUPERVISOR.groupId()) || groups.contains(Role.ADMIN.groupId())) {
      return EVERY_TASK_GROUP;
    }
    return groups;
  }
}
