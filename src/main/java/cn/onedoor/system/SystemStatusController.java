package cn.onedoor.system;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.calendar.StatutoryCalendar;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/system/status}: node, database, engine, and the years the holiday calendar lacks,
 * for administrators and supervisors.
 */
@RestController
class SystemStatusController {

  record SystemStatus(String node, String database, String databaseVersion, String engineVersion,
                      long processDefinitions, boolean authorizationEnabled, String timeZone,
                      List<Integer> calendarMissingYears) {}

  private final ProcessEngine engine;
  private final DataSource dataSource;
  private final String nodeName;
  private final StatutoryCalendar calendar;

  SystemStatusController(ProcessEngine engine, DataSource dataSource, @Value("${onedoor.node-name}") String nodeName,
                         StatutoryCalendar calendar) {
    this.engine = engine;
    this.dataSource = dataSource;
    this.nodeName = nodeName;
    this.calendar = calendar;
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
          configuration.isAuthorizationEnabled(), ChinaTime.ZONE.getId(), calendar.missingYears());
    }
  }
}
