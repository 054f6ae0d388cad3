package cn.onedoor.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.onedoor.api.ApiSlice;
import cn.onedoor.support.CentreFigures;
import cn.onedoor.support.RegisterDatabase;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures a real centre reported from March 2023 to December 2025 (DOMAIN.md), rebuilt from a
 * seeded register ({@link CentreFigures}): 594 cases, 648 workers, 397 employers, 588 agreements,
 * 256 performed on the spot, 98.99 %, 6,811,100.00 yuan. {@link KpiService} on a register database
 * of this class's own ({@link RegisterDatabase}: our tables only, no application, the projection on
 * PostgreSQL), so no other test's cases can change the figures, whatever days they are accepted on;
 * {@code GET /api/reports/kpi} on MockMvc over the same service, with our API's error handler. Who
 * may read it: {@code OperationsApiTests.onlySupervisorsAndAdministratorsMayRead}.
 */
class KpiTests {

  static KpiService kpis;
  static MockMvc mvc;

  @BeforeAll
  static void seedTheCentresRegister() {
    RegisterDatabase database = RegisterDatabase.create();
    CentreFigures.seed(database.jdbc());
    kpis = new KpiService(database.jdbc(), database.transactions(), cn.onedoor.register.CaseRegisters.figures(database.jdbc()));
    mvc = ApiSlice.of(new KpiController(kpis));
  }

  @Test
  void reproducesTheCentresReportedFigures() {
    Kpis kpi = kpis.kpis(CentreFigures.FROM, CentreFigures.TO);

    assertThat(kpi.casesReceived()).isEqualTo(594);
    assertThat(kpi.workersInvolved()).isEqualTo(648);
    assertThat(kpi.enterprisesInvolved()).isEqualTo(397);
    assertThat(kpi.agreementsReached()).isEqualTo(588);
    assertThat(kpi.performedOnTheSpot()).isEqualTo(256);
    assertThat(kpi.successRate()).isEqualTo("98.99");
    assertThat(kpi.amountRecovered()).isEqualTo("6811100.00");
    assertThat(kpi.breakdowns().get("month").stream().mapToLong(Kpis.Row::casesReceived).sum()).isEqualTo(594);
    assertThat(kpi.breakdowns().get("month").get(0).key()).isEqualTo("2023-03");
    assertThat(kpi.breakdowns().get("month")).hasSize(34);
    assertThat(kpi.breakdowns().get("channel")).extracting(Kpis.Row::key).containsExactly("online", "window");
    assertThat(kpi.breakdowns().get("channel").get(0)).isEqualTo(new Kpis.Row("online", 198, 196, "98.99", "2270268.00"));
    assertThat(kpi.breakdowns().get("mediator")).containsExactly(new Kpis.Row("mediator", 594, 588, "98.99", "6811100.00"));
  }

  @Test
  void theEndpointAnswersTheFiguresAsJson() throws Exception {
    mvc.perform(get("/api/reports/kpi").param("from", "2023-03-01").param("to", "2025-12-31"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2023-03-01"))
        .andExpect(jsonPath("$.to").value("2025-12-31"))
        .andExpect(jsonPath("$.casesReceived").value(594))
        .andExpect(jsonPath("$.workersInvolved").value(648))
        .andExpect(jsonPath("$.enterprisesInvolved").value(397))
        .andExpect(jsonPath("$.agreementsReached").value(588))
        .andExpect(jsonPath("$.performedOnTheSpot").value(256))
        .andExpect(jsonPath("$.successRate").value("98.99"))
        .andExpect(jsonPath("$.amountRecovered").value("6811100.00"))
        .andExpect(jsonPath("$.breakdowns.month[0].key").value("2023-03"))
        .andExpect(jsonPath("$.breakdowns.channel[*].key").value(contains("online", "window")));
  }

  @Test
  void badPeriodsAreRefusedWithTheReason() throws Exception {
    mvc.perform(get("/api/reports/kpi").param("from", "2025-13-01").param("to", "2025-12-31"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("bad_date"))
        .andExpect(jsonPath("$.message").value(containsString("from")));
    mvc.perform(get("/api/reports/kpi").param("from", "2025-12-31").param("to", "2025-01-01"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("bad_period"))
        .andExpect(jsonPath("$.message").value(containsString("不得晚于")));
    mvc.perform(get("/api/reports/kpi").param("to", "2025-01-01"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(containsString("请提供参数 from")));
  }

  @Test
  void aPeriodCountsOnlyCasesAcceptedInIt() {
    Kpis january = kpis.kpis(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    assertThat(january.casesReceived()).isEqualTo(3);
    assertThat(january.successRate()).isEqualTo("100.00");
    assertThat(kpis.kpis(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 4)).casesReceived()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} of {1} -> {2}")
  @CsvSource({"588, 594, 98.99", "1, 800, 0.13", "1, 3, 33.33", "2, 3, 66.67", "0, 0, 0.00", "5, 5, 100.00"})
  void successRateIsAPercentageWithTwoDecimalsRoundedHalfUp(long agreements, long cases, String rate) {
    assertThat(Kpis.successRate(agreements, cases)).isEqualTo(rate);
  }
}
