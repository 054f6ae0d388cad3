package cn.onedoor.deadline;

import cn.onedoor.system.EngineIndexes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The deadline list's index on Camunda's job table: {@code onedoor_idx_job_timer_due} on
 * {@code ACT_RU_JOB (TYPE_, DUEDATE_)}, so {@link DeadlineView} reads timers in due order (beside
 * {@code onedoor_idx_task_due} for tasks) and stops after a page, instead of ranking every deadline of
 * every open case. Created as {@link EngineIndexes} says.
 */
@Component
class DeadlineIndexes extends AbstractProcessEnginePlugin {

  static final String JOB_TIMER_DUE = "onedoor_idx_job_timer_due";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    EngineIndexes.create((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration(), JOB_TIMER_DUE, "ACT_RU_JOB",
        "TYPE_, DUEDATE_", "the deadline list ranks every timer of every open case");
  }
}
