package cn.onedoor.triage;

import cn.onedoor.process.ProcessVariables;
import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/Decision_Triage.dmn on the standalone DMN engine: no process engine, no Spring. */
class TriageTableTests {

  private static DmnEngine dmn;
  private static DmnDecision triage;

  @BeforeAll
  static void parseTable() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes/Decision_Triage.dmn"))) {
      triage = dmn.parseDecision("Decision_Triage", in);
    }
  }

  /** LDMAL art. 7: 十人以上 includes ten (Civil Code art. 1259), so ten workers are a collective dispute. */
  @ParameterizedTest(name = "{0} workers -> {1}, {2}, experts {3}")
  @CsvSource({
      "9,  mediator-union,  normal, false",
      "10, mediator-expert, high,   true",
  })
  void tenWorkersAreCollectiveNineAreNot(long workers, String pool, String priority, boolean experts) {
    Map<String, Object> result = dmn.evaluateDecisionTable(triage, Variables.putValue("disputeType", "wages")
        .putValue("claimAmount", ProcessVariables.storedAmount(new BigDecimal("12800.00"))).putValue("workerCount", workers).putValue("channel", "window"))
        .getSingleResult().getEntryMap();

    assertThat(result).containsEntry("mediatorPool", pool).containsEntry("priority", priority)
        .containsEntry("expertConsultation", experts);
  }

  /**
   * The claim goes in as the engine stores it (a Double of yuan, {@link ProcessVariables#storedAmount})
   * and the table compares it natively, no {@code number(...)}: one fen below 200,000 yuan is not an
   * expert case, 200,000.00 is, and so is the largest claim intake takes.
   */
  @ParameterizedTest(name = "{0} yuan -> {1}")
  @CsvSource({
      "199999.99,       mediator-union",
      "200000.00,       mediator-expert",
      "200000.01,       mediator-expert",
      "999999999999.99, mediator-expert",
  })
  void claimsFromTwoHundredThousandYuanGoToTheExperts(String amount, String pool) {
    Map<String, Object> result = dmn.evaluateDecisionTable(triage, Variables.putValue("disputeType", "wages")
        .putValue("claimAmount", ProcessVariables.storedAmount(new BigDecimal(amount))).putValue("workerCount", 1L)
        .putValue("channel", "window")).getSingleResult().getEntryMap();

    assertThat(result).containsEntry("mediatorPool", pool);
  }
}
