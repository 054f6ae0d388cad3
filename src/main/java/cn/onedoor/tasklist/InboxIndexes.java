package cn.onedoor.tasklist;

import cn.onedoor.system.EngineIndexes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The inbox's index on Camunda's tables: {@code onedoor_idx_task_due} on
 * {@code ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ DESC, ID_)}, the order of every shared filter (the filter's
 * statutory due date, then Tasklist's newest first, then the id that OneDoor's statement adds to settle ties). With it a list by due date reads one page of
 * the index and stops, instead of sorting every task the user may see (docs/benchmarks.md).
 *
 * <p>Created once the engine is built, if missing, as {@link EngineIndexes} says (not a Flyway migration).
 */
@Component
class InboxIndexes extends AbstractProcessEnginePlugin {

  static final String NAME = "onedoor_idx_task_due";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    EngineIndexes.create((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration(), NAME, "ACT_RU_TASK",
        "DUE_DATE_, CREATE_TIME_ DESC, ID_", "Tasklist's lists sort every task the user may see");
  }
}
