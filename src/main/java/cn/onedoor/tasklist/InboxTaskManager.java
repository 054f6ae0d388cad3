package cn.onedoor.tasklist;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's task manager, but a user's task query (Tasklist's filters, {@code /engine-rest/task},
 * the Java API) runs OneDoor's statement, whose authorization check the database hashes once per
 * query instead of probing per task (docs/benchmarks.md, "The inbox at scale"). Every other query,
 * and a check of a shape that statement does not cover, stays Camunda's.
 */
class InboxTaskManager extends TaskManager {

  static final String SELECT = "cn.onedoor.tasklist.TaskQueries.selectTaskByQueryCriteriaHashedAuthorization";
  static final String COUNT = "cn.onedoor.tasklist.TaskQueries.selectTaskCountByQueryCriteriaHashedAuthorization";

  /** How many task queries ran OneDoor's statements in this JVM (tests read it). */
  static final java.util.concurrent.atomic.AtomicLong RUN = new java.util.concurrent.atomic.AtomicLong();

  private final BooleanSupplier enabled;

  InboxTaskManager(BooleanSupplier enabled) {
    this.enabled = enabled;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl taskQuery) {
    configureQuery(taskQuery);
    if (ours(taskQuery)) {
      return (List<Task>) (List<?>) getDbEntityManager().selectList(SELECT, taskQuery);
    }
    return getDbEntityManager().selectList("selectTaskByQueryCriteria", taskQuery);
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl taskQuery) {
    configureQuery(taskQuery);
    String statement = ours(taskQuery) ? COUNT : "selectTaskCountByQueryCriteria";
    return (Long) getDbEntityManager().selectOne(statement, taskQuery);
  }

  private boolean ours(TaskQueryImpl taskQuery) {
    boolean ours = enabled.getAsBoolean() && TaskAuthorizationChecks.supports(taskQuery.getAuthCheck());
    if (ours) {
      RUN.incrementAndGet();
    }
    return ours;
  }
}
