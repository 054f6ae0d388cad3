package cn.onedoor.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import cn.onedoor.process.ProcessKeys;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Who may do what in the engine: the grants seeded at every start, read top to bottom.
 *
 * <ul>
 *   <li>Every staff member opens Tasklist, reads models (names, diagrams, forms), shared filters
 *       and colleagues' names.
 *   <li>Tasks themselves are not granted here: the engine grants a task's assignee and candidate
 *       groups READ and TASK_WORK on that task, so a mediator sees and works only the tasks of
 *       her own pool.
 *   <li>Clerks start cases; duty lawyers start free consultations, and cases from them; machine
 *       accounts ({@code integration}: online platform, court, arbitration) start cases by API.
 *   <li>Supervisors read everything in Cockpit (definitions, instances, incidents, history) and
 *       change nothing: no UPDATE, DELETE, SUSPEND or MIGRATE. They do not comment either (no task
 *       or instance comments, no incident annotations): a supervisor's word on a case goes to its
 *       mediator in person or through the centre's own channels, so that the case file holds only
 *       what those who handle the case recorded. The engine guard refuses these to supervisors.
 *   <li>Beyond these grants, the engine guard ({@code cn.onedoor.integrity}) holds for every
 *       non-administrator whatever the grants say: variables change only with a task's own form,
 *       no instance modification, migration, signals, messages or BPMN errors by hand, and no job
 *       or batch operation (history cleanup included) — {@code AdminOnlyCommands} lists them.
 *   <li>Administrators ({@code camunda-admin}) hold ALL on every resource.
 * </ul>
 */
public final class AccessPolicy {

  public record Grant(Role role, Resource resource, String resourceId, List<Permission> permissions) {}

  private AccessPolicy() {}

  public static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    for (Role role : Role.values()) {
      if (!role.isStaff()) {
        continue;
      }
      grants.add(grant(role, APPLICATION, "tasklist", ACCESS));
      grants.add(grant(role, PROCESS_DEFINITION, Authorization.ANY, READ));
      grants.add(grant(role, FILTER, Authorization.ANY, READ));
      grants.add(grant(role, USER, Authorization.ANY, READ));
      grants.add(grant(role, GROUP, Authorization.ANY, READ));
    }

    grants.add(grant(Role.INTAKE_CLERK, PROCESS_DEFINITION, ProcessKeys.LABOR_DISPUTE_CASE, READ, CREATE_INSTANCE));
    grants.add(grant(Role.INTAKE_CLERK, PROCESS_INSTANCE, Authorization.ANY, CREATE));

    grants.add(grant(Role.DUTY_LAWYER, PROCESS_DEFINITION, ProcessKeys.FREE_CONSULTATION, READ, CREATE_INSTANCE));
    // a consultation that becomes a case starts it
    grants.add(grant(Role.DUTY_LAWYER, PROCESS_DEFINITION, ProcessKeys.LABOR_DISPUTE_CASE, READ, CREATE_INSTANCE));
    grants.add(grant(Role.DUTY_LAWYER, PROCESS_INSTANCE, Authorization.ANY, CREATE));

    grants.add(grant(Role.INTEGRATION, PROCESS_DEFINITION, ProcessKeys.LABOR_DISPUTE_CASE, READ, CREATE_INSTANCE));
    grants.add(grant(Role.INTEGRATION, PROCESS_INSTANCE, Authorization.ANY, CREATE));

    grants.add(grant(Role.SUPERVISOR, APPLICATION, "cockpit", ACCESS));
    grants.add(grant(Role.SUPERVISOR, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
    grants.add(grant(Role.SUPERVISOR, PROCESS_INSTANCE, Authorization.ANY, READ));
    grants.add(grant(Role.SUPERVISOR, TASK, Authorization.ANY, READ));
    grants.add(grant(Role.SUPERVISOR, HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ));
    grants.add(grant(Role.SUPERVISOR, HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ));
    grants.add(grant(Role.SUPERVISOR, DECISION_DEFINITION, Authorization.ANY, READ, READ_HISTORY));
    grants.add(grant(Role.SUPERVISOR, DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, READ));
    grants.add(grant(Role.SUPERVISOR, DEPLOYMENT, Authorization.ANY, READ));

    for (Resources resource : Resources.values()) {
      grants.add(grant(Role.ADMIN, resource, Authorization.ANY, Permissions.ALL));
    }
    return List.copyOf(grants);
  }

  private static Grant grant(Role role, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(role, resource, resourceId, List.of(permissions));
  }
}
