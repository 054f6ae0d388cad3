package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CentreFigures;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures a real centre reported from March 2023 to December 2025 (DOMAIN.md), rebuilt from a
 * seeded register ({@link CentreFigures}): 594 cases, 648 workers, 397 employers, 588 agreements,
 * 256 performed on the spot, 98.99 %, 6,811,100.00 yuan.
 */
@OneDoorSpringTest
class KpiTests {

  @Autowired JdbcTemplate jdbc;
  @Autowired KpiService kpis;
  @LocalServerPort int port;

  @BeforeEach
  void seedTheCentresRegister() {
    CentreFigures.seed(jdbc);
  }

  @Test
  void reproducesTheCentresReportedFigures() throws Exception {
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    JsonNode kpi = new ObjectMapper().readTree(supervisor.get("/api/reports/kpi?from=2023-03-01&to=2025-12-31").body());

    assertThat(kpi.get("casesReceived").asLong()).isEqualTo(594);
    assertThat(kpi.get("workersInvolved").asLong()).isEqualTo(648);
    assertThat(kpi.get("enterprisesInvolved").asLong()).isEqualTo(397);
    assertThat(kpi.get("agreementsReached").asLong()).isEqualTo(588);
    assertThat(kpi.get("performedOnTheSpot").asLong()).isEqualTo(256);
    assertThat(kpi.get("successRate").asText()).isEqualTo("98.99");
    assertThat(kpi.get("amountRecovered").asText()).isEqualTo("6811100.00");
    long monthly = 0;
    for (JsonNode month : kpi.get("breakdowns").get("month")) {
      monthly += month.get("casesReceived").asLong();
    }
    assertThat(monthly).isEqualTo(594);
    assertThat(kpi.get("breakdowns").get("month").get(0).get("key").asText()).isEqualTo("2023-03");
    assertThat(kpi.get("breakdowns").get("channel").findValuesAsText("key")).containsExactly("online", "window");
  }

  @Test
  void aPeriodCountsOnlyCasesAcceptedInIt() {
    Kpis january = kpis.kpis(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    assertThat(january.casesReceived()).isEqualTo(3);
    assertThat(january.successRate()).isEqualTo("100.00");
  }

  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @CsvSource({"588, 594, 98.99", "1, 800, 0.13", "1, 3, 33.33", "2, 3, 66.67", "0, 0, 0.00", "5, 5, 100.00"})
  void successRateIsAPercentageWithTwoDecimalsRoundedHalfUp(long agreements, long cases, String rate) {
    assertThat(Kpis.successRate(agreements, cases)).isEqualTo(rate);
  }

  @Test
  void badPeriodsAreRefusedWithTheReason() {
    HttpTestClient supervisor = HttpTestClient.basic(port, "supervisor", "demo");
    assertThat(supervisor.get("/api/reports/kpi?from=2025-13-01&to=2025-12-31").body()).contains("bad_date").contains("from");
    assertThat(supervisor.get("/api/reports/kpi?from=2025-12-31&to=2025-01-01").statusCode()).isEqualTo(400);
    assertThat(supervisor.get("/api/reports/kpi?to=2025-01-01").statusCode()).isEqualTo(400);
    assertThat(HttpTestClient.basic(port, "mediator", "demo").get("/api/reports/kpi?from=2025-01-01&to=2025-12-31").statusCode())
        .isEqualTo(403);
  }
}
