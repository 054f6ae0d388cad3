package cn.onedoor.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.OneDoorSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OneDoor's task query statement ({@code task-queries.xml}) decides exactly as Camunda's: for 300
 * random sets of authorizations (user, group and global; grants and revokes; on a task, on '*', on a
 * process definition key; with and without READ) the same user's task queries (list, ordered page,
 * count, a candidate-group query and an or-query) return the same tasks through both statements,
 * with Camunda's revoke check on ({@code always}) and as {@code auto} decides it.
 */
@OneDoorSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskAuthorizationEquivalenceTests {

  static final String USER = "equiv-user";
  static final String MEMBER_GROUP = "equiv-pool-a";
  static final String OTHER_MEMBER_GROUP = "equiv-pool-b";
  static final String NOT_MEMBER_GROUP = "equiv-pool-c";
  static final List<String> KEYS = List.of("EquivalenceA", "EquivalenceB");

  @Autowired ProcessEngine engine;
  AuthorizationService authorizations;
  IdentityService identity;
  ProcessEngineConfigurationImpl configuration;
  Deployment deployment;
  final List<String> taskIds = new ArrayList<>();
  final List<String> created = new ArrayList<>();

  /** In a test method, not {@code @BeforeAll}: the process-test coverage records instances only within a test. */
  @BeforeEach
  void tasksOfTwoDefinitions() {
    if (deployment != null) {
      return;
    }
    authorizations = engine.getAuthorizationService();
    identity = engine.getIdentityService();
    configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    identity.clearAuthentication();
    for (String group : List.of(MEMBER_GROUP, OTHER_MEMBER_GROUP, NOT_MEMBER_GROUP)) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        var created = identity.newGroup(group);
        created.setName(group);
        identity.saveGroup(created);
      }
    }
    var builder = engine.getRepositoryService().createDeployment().name("task authorization equivalence");
    for (String key : KEYS) {
      builder.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
          .startEvent().userTask("Task_" + key).camundaCandidateGroups(MEMBER_GROUP).endEvent().done());
    }
    deployment = builder.deploy();
    for (String key : KEYS) {
      for (int i = 0; i < 5; i++) {
        engine.getRuntimeService().startProcessInstanceByKey(key);
      }
    }
    engine.getTaskService().createTaskQuery().processDefinitionKeyIn(KEYS.toArray(String[]::new)).list()
        .forEach(task -> taskIds.add(task.getId()));
    assertThat(taskIds).hasSize(10);
    // the engine granted MEMBER_GROUP its candidate tasks; the scenarios decide every row themselves
    authorizations.createAuthorizationQuery().groupIdIn(MEMBER_GROUP).list()
        .forEach(row -> authorizations.deleteAuthorization(row.getId()));
  }

  @AfterAll
  void removeEverything() {
    identity.clearAuthentication();
    clearScenario();
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
    for (String group : List.of(MEMBER_GROUP, OTHER_MEMBER_GROUP, NOT_MEMBER_GROUP)) {
      identity.deleteGroup(group);
    }
    InboxQueryPlugin.setEnabled(true);
    configuration.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
  }

  @Test
  void bothStatementsSeeTheSameTasksForEveryMixOfGrantsAndRevokes() {
    Random random = new Random(20261202);
    int sawSome = 0;
    int sawNone = 0;
    for (int scenario = 0; scenario < 300; scenario++) {
      clearScenario();
      int rows = 1 + random.nextInt(6);
      List<String> described = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        described.add(randomAuthorization(random));
      }
      String revokes = random.nextBoolean() ? ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS
          : ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO;
      configuration.setAuthorizationCheckRevokes(revokes);
      String why = "scenario " + scenario + " (" + revokes + "): " + described;

      List<String> groups = random.nextBoolean() ? List.of(MEMBER_GROUP) : List.of(MEMBER_GROUP, OTHER_MEMBER_GROUP);
      List<List<String>> camunda = asUser(groups, false);
      List<List<String>> ours = asUser(groups, true);
      assertThat(ours).as(why).isEqualTo(camunda);
      if (camunda.get(0).isEmpty()) {
        sawNone++;
      } else {
        sawSome++;
      }
    }
    // the scenarios are not all of one kind: some see tasks, some see none
    assertThat(sawSome).isGreaterThan(50);
    assertThat(sawNone).isGreaterThan(20);
  }

  @Test
  void oneDoorsStatementRunsForAUsersTaskQuery() {
    clearScenario();
    grant(Authorization.AUTH_TYPE_GRANT, MEMBER_GROUP, true, Resources.TASK, taskIds.get(0), Permissions.READ);
    InboxQueryPlugin.setEnabled(true);
    identity.setAuthentication(USER, List.of(MEMBER_GROUP));
    try {
      long before = InboxTaskManager.RUN.get();
      assertThat(query().list()).extracting(Task::getId).containsExactly(taskIds.get(0));
      assertThat(query().count()).isEqualTo(1);
      assertThat(InboxTaskManager.RUN.get() - before).isEqualTo(2);
      // an administrator holds ALL on every task ('*'): all ten
      identity.setAuthentication("admin", List.of("camunda-admin"));
      assertThat(query().count()).isEqualTo(10);
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<List<String>> asUser(List<String> groups, boolean oneDoor) {
    InboxQueryPlugin.setEnabled(oneDoor);
    identity.setAuthentication(USER, groups);
    try {
      List<List<String>> answers = new ArrayList<>();
      answers.add(sorted(() -> query().list()));
      answers.add(ids(query().orderByTaskId().asc().listPage(2, 4)));
      answers.add(List.of(Long.toString(query().count())));
      answers.add(sorted(() -> query().taskCandidateGroup(MEMBER_GROUP).list()));
      answers.add(List.of(Long.toString(query().taskCandidateGroup(MEMBER_GROUP).count())));
      answers.add(sorted(() -> query().or().taskId(taskIds.get(1)).processDefinitionKey(KEYS.get(1)).endOr().list()));
      return answers;
    } finally {
      identity.clearAuthentication();
    }
  }

  private TaskQuery query() {
    return engine.getTaskService().createTaskQuery().processDefinitionKeyIn(KEYS.toArray(String[]::new));
  }

  private static List<String> sorted(Supplier<List<Task>> tasks) {
    return ids(tasks.get()).stream().sorted().toList();
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private String randomAuthorization(Random random) {
    int type = switch (random.nextInt(5)) {
      case 0, 1 -> Authorization.AUTH_TYPE_GRANT;
      case 2, 3 -> Authorization.AUTH_TYPE_REVOKE;
      default -> Authorization.AUTH_TYPE_GLOBAL;
    };
    String subject = type == Authorization.AUTH_TYPE_GLOBAL ? "*"
        : List.of(USER, MEMBER_GROUP, OTHER_MEMBER_GROUP, NOT_MEMBER_GROUP).get(random.nextInt(4));
    boolean group = !subject.equals(USER) && !subject.equals("*");
    boolean onTask = random.nextInt(3) > 0;
    Resource resource = onTask ? Resources.TASK : Resources.PROCESS_DEFINITION;
    String resourceId = random.nextInt(6) == 0 ? "*"
        : onTask ? taskIds.get(random.nextInt(taskIds.size())) : KEYS.get(random.nextInt(KEYS.size()));
    Permission permission = onTask ? (random.nextInt(4) == 0 ? Permissions.UPDATE : Permissions.READ)
        : (random.nextInt(4) == 0 ? Permissions.READ : Permissions.READ_TASK);
    if (!grant(type, subject, group, resource, resourceId, permission)) {
      return "(duplicate)";
    }
    return List.of("global", "grant", "revoke").get(type) + " " + permission.getName() + " on " + resource.resourceName()
        + " " + resourceId + " for " + subject;
  }

  private boolean grant(int type, String subject, boolean group, Resource resource, String resourceId, Permission permission) {
    boolean taken = (group ? authorizations.createAuthorizationQuery().groupIdIn(subject)
        : authorizations.createAuthorizationQuery().userIdIn(subject))
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (taken) {
      return false; // Camunda keeps one row per subject and resource
    }
    Authorization row = authorizations.createNewAuthorization(type);
    if (group) {
      row.setGroupId(subject);
    } else {
      row.setUserId(subject);
    }
    row.setResource(resource);
    row.setResourceId(resourceId);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      row.removePermission(permission);
    } else {
      row.addPermission(permission);
    }
    created.add(authorizations.saveAuthorization(row).getId());
    return true;
  }

  private void clearScenario() {
    created.forEach(authorizations::deleteAuthorization);
    created.clear();
  }
}
