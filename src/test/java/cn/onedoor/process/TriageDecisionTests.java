package cn.onedoor.process;

import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.OneDoorSpringTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Decision_Triage, the table administrators edit: which pool, which priority, experts or not. */
@OneDoorSpringTest
class TriageDecisionTests {

  @Autowired ProcessEngine engine;

  @ParameterizedTest(name = "{0} {1} yuan, {2} workers, {3} -> {4}")
  @CsvSource({
      "wages,               12800.00,  12, window,          mediator-expert,      high,   true",
      "wages,               250000.00, 1,  window,          mediator-expert,      high,   true",
      "wages,               12800.00,  1,  court_entrusted, mediator-lawyer,      high,   false",
      "injury,              50000.00,  1,  window,          mediator-lawyer,      normal, false",
      "dismissal,           30000.00,  1,  online,          mediator-lawyer,      normal, false",
      "social_insurance,    8000.00,   1,  union_referral,  mediator-union-cadre, normal, false",
      "hours_leave,         2000.00,   1,  phone,           mediator-grassroots,  normal, false",
      "wages,               12800.00,  1,  window,          mediator-union,       normal, false",
  })
  void routesEachCaseToItsPool(String disputeType, String amount, long workers, String channel,
                               String pool, String priority, boolean experts) {
    Map<String, Object> result = engine.getDecisionService().evaluateDecisionByKey("Decision_Triage")
        .variables(Variables.putValue("disputeType", disputeType).putValue("claimAmount", ProcessVariables.storedAmount(new BigDecimal(amount)))
            .putValue("workerCount", workers).putValue("channel", channel))
        .evaluate().getSingleResult().getEntryMap();

    assertThat(result).containsEntry("mediatorPool", pool).containsEntry("priority", priority)
        .containsEntry("expertConsultation", experts);
  }
}
