package cn.onedoor.system;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.calendar.StatutoryCalendar;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import cn.onedoor.calendar.ProvisionalNotes;
import cn.onedoor.models.ModelReleases;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/system/status}: node, database, engine, the years the holiday calendar lacks, and the
 * models that drifted from the repository's, for administrators and supervisors.
 */
@RestController
class SystemStatusController {

  /**
   * {@code calendarProvisionalYears}: years counted on the statutory holidays until their file is
   * loaded; {@code calendarReminder}: from 1 November, that next year's schedule is due (null otherwise);
   * {@code figures}: what the feature modules report ({@link StatusFigure}), e.g. {@code inboundMessagesBuffered};
   * {@code modelDrift}: models the engine runs in an administrator's version instead of this build's file
   * (kept by the release; docs/editing-models.md), empty when the engine runs the repository's models.
   */
  record SystemStatus(String node, String database, String databaseVersion, String engineVersion,
                      long processDefinitions, boolean authorizationEnabled, String timeZone,
                      List<Integer> calendarMissingYears, List<Integer> calendarProvisionalYears,
                      String calendarReminder, Map<String, Long> figures, List<ModelReleases.Drift> modelDrift) {}

  private static final Logger log = LoggerFactory.getLogger(SystemStatusController.class);
  /** The day the reminder was last logged: once a day is enough for the log. */
  private final AtomicReference<LocalDate> remindedOn = new AtomicReference<>();

  private final ProcessEngine engine;
  private final DataSource dataSource;
  private final String nodeName;
  private final StatutoryCalendar calendar;
  private final List<StatusFigure> figures;
  private final ModelReleases models;

  SystemStatusController(ProcessEngine engine, DataSource dataSource, @Value("${onedoor.node-name}") String nodeName,
                         StatutoryCalendar calendar, List<StatusFigure> figures, ModelReleases models) {
    this.figures = figures;
    this.models = models;
    this.engine = engine;
    this.dataSource = dataSource;
    this.nodeName = nodeName;
    this.calendar = calendar;
  }

  private String calendarReminder() {
    return calendar.scheduleDueYear().map(year -> {
      LocalDate today = LocalDate.now(ChinaTime.ZONE);
      if (!today.equals(remindedOn.getAndSet(today))) {
        log.warn("The holiday schedule for {} is due: load cn-{}.json (docs/calendar.md)", year, year);
      }
      return ProvisionalNotes.scheduleDue(year);
    }).orElse(null);
  }

  private Map<String, Long> figures() {
    Map<String, Long> values = new TreeMap<>();
    figures.forEach(figure -> values.put(figure.name(), figure.value()));
    return values;
  }

  @GetMapping("/api/system/status")
  SystemStatus status() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      RepositoryService repository = engine.getRepositoryService();
      ProcessEngineConfiguration configuration = engine.getProcessEngineConfiguration();
      return new SystemStatus(nodeName, meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
          ProcessEngine.class.getPackage().getImplementationVersion(),
          repository.createProcessDefinitionQuery().latestVersion().count(),
          configuration.isAuthorizationEnabled(), ChinaTime.ZONE.getId(), calendar.missingYears(),
          calendar.provisionalYears(), calendarReminder(), figures(), models.drift());
    }
  }
}
