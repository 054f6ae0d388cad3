package cn.onedoor.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's health in Prometheus: open instances, incidents, jobs waiting and failed, and the
 * engine's own counters (jobs executed and failed, activity instances, decisions) from its metrics
 * table. Gauges count rows when scraped; run the scrape every 30 s or slower.
 */
@Component
class EngineMetrics implements MeterBinder {

  /** Engine counters exported as {@code camunda_engine_<name>_total}. */
  static final List<String> ENGINE_COUNTERS = List.of(
      Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_ACQUISITION_ATTEMPT,
      Metrics.JOB_ACQUIRED_SUCCESS, Metrics.JOB_EXECUTION_REJECTED, Metrics.ACTIVTY_INSTANCE_START,
      Metrics.ACTIVTY_INSTANCE_END, Metrics.EXECUTED_DECISION_ELEMENTS, Metrics.ROOT_PROCESS_INSTANCE_START);

  private final ProcessEngine engine;

  EngineMetrics(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    RuntimeService runtime = engine.getRuntimeService();
    ManagementService management = engine.getManagementService();
    Gauge.builder("camunda.process.instances.active", runtime, r -> r.createProcessInstanceQuery().active().count())
        .description("Process instances running now").register(registry);
    Gauge.builder("camunda.incidents.open", runtime, r -> r.createIncidentQuery().count())
        .description("Open incidents (failed jobs out of retries and others)").register(registry);
    Gauge.builder("camunda.jobs.executable", management, m -> m.createJobQuery().executable().count())
        .description("Jobs due and waiting for the job executor").register(registry);
    Gauge.builder("camunda.jobs.failed", management, m -> m.createJobQuery().noRetriesLeft().count())
        .description("Jobs out of retries").register(registry);
    for (String name : ENGINE_COUNTERS) {
      FunctionCounter.builder("camunda.engine." + name.replace('-', '.'), management,
              m -> m.createMetricsQuery().name(name).sum())
          .description("Engine metric '" + name + "' (flushed by the engine every 15 minutes)")
          .register(registry);
    }
  }
}
