package cn.onedoor.triage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.intake.CaseValidator;
import cn.onedoor.process.ProcessVariables;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * processes/Decision_Triage.dmn, the table administrators edit, on the standalone DMN engine: no
 * process engine, no Spring. Each rule is hit at its boundary (and just missed on the other side of
 * it), and the table's rule ids are checked against the rules the cases below hit: a rule added to
 * the table without a case here fails {@link #everyRuleOfTheTableIsHitByACase()}. (This replaces
 * the former TriageDecisionTests, which started the whole application to evaluate the table.)
 */
class TriageTableTests {

  static final Path TABLE = Path.of("processes/Decision_Triage.dmn");

  private static DmnEngine dmn;
  private static DmnDecision triage;
  /** The rule each evaluation matched first (hit policy FIRST), as the engine reports it. */
  private static final List<String> matched = new ArrayList<>();

  @BeforeAll
  static void parseTable() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.<DmnDecisionTableEvaluationListener>of(
        TriageTableTests::recordMatchedRule));
    dmn = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(TABLE)) {
      triage = dmn.parseDecision("Decision_Triage", in);
    }
  }

  private static void recordMatchedRule(DmnDecisionTableEvaluationEvent event) {
    List<DmnEvaluatedDecisionRule> rules = event.getMatchingRules();
    matched.add(rules.isEmpty() ? null : rules.get(0).getId());
  }

  /**
   * Boundaries, in the table's order: ten workers are collective (LDMAL art. 7: 十人以上 includes ten,
   * Civil Code art. 1259), nine are not; 200,000 yuan is a large claim, 199,999.99 is not; a court's
   * entrustment wins over the dispute type but not over a collective dispute or a large claim; an
   * injury wins over a union referral; a union referral wins over social insurance; the last rule
   * catches a type no other rule names. Columns: dispute type, claim (yuan),
   * workers, channel, the rule that must match first, its pool, priority, experts.
   */
  static final String CASES = """
      # Rule_CollectiveDispute: workerCount >= 10, whatever else
      wages,               12800.00,  10, window,          Rule_CollectiveDispute,         mediator-expert,      high,   true
      injury,              100.00,    10, court_entrusted, Rule_CollectiveDispute,         mediator-expert,      high,   true
      wages,               12800.00,  9,  window,          Rule_Wages,                     mediator-union,       normal, false
      # Rule_LargeClaim: claimAmount >= 200000
      wages,               200000,    9,  window,          Rule_LargeClaim,                mediator-expert,      high,   true
      dismissal,           200000.00, 1,  court_entrusted, Rule_LargeClaim,                mediator-expert,      high,   true
      wages,               199999.99, 9,  window,          Rule_Wages,                     mediator-union,       normal, false
      # Rule_CourtEntrusted: channel court_entrusted, under both thresholds
      wages,               199999.99, 9,  court_entrusted, Rule_CourtEntrusted,            mediator-lawyer,      high,   false
      injury,              12800.00,  1,  court_entrusted, Rule_CourtEntrusted,            mediator-lawyer,      high,   false
      # Rule_Injury
      injury,              50000.00,  1,  window,          Rule_Injury,                    mediator-lawyer,      normal, false
      injury,              50000.00,  1,  union_referral,  Rule_Injury,                    mediator-lawyer,      normal, false
      # Rule_LegalComplexity: each of its four types
      dismissal,           30000.00,  1,  online,          Rule_LegalComplexity,           mediator-lawyer,      normal, false
      compensation,        30000.00,  1,  window,          Rule_LegalComplexity,           mediator-lawyer,      normal, false
      labour_relationship, 0,         1,  phone,           Rule_LegalComplexity,           mediator-lawyer,      normal, false
      contract,            30000.00,  9,  union_referral,  Rule_LegalComplexity,           mediator-lawyer,      normal, false
      # Rule_UnionReferral: channel union_referral, for the types after Rule_LegalComplexity
      social_insurance,    8000.00,   1,  union_referral,  Rule_UnionReferral,             mediator-union-cadre, normal, false
      wages,               12800.00,  9,  union_referral,  Rule_UnionReferral,             mediator-union-cadre, normal, false
      wages,               12800.00,  1,  hr_referral,     Rule_Wages,                     mediator-union,       normal, false
      # Rule_SocialInsuranceHoursLeave: both its types
      social_insurance,    8000.00,   1,  window,          Rule_SocialInsuranceHoursLeave, mediator-grassroots,  normal, false
      hours_leave,         2000.00,   1,  phone,           Rule_SocialInsuranceHoursLeave, mediator-grassroots,  normal, false
      # Rule_Wages
      wages,               12800.00,  1,  window,          Rule_Wages,                     mediator-union,       normal, false
      wages,               12800.00,  1,  consultation,    Rule_Wages,                     mediator-union,       normal, false
      # Rule_Otherwise: a type no rule names (one an administrator adds to the intake before the table)
      overtime_meals,      12800.00,  1,  window,          Rule_Otherwise,                 mediator-community,   normal, false
      overtime_meals,      199999.99, 9,  online,          Rule_Otherwise,                 mediator-community,   normal, false
      """;

  record Case(String disputeType, String amount, long workers, String channel, String rule, String pool,
              String priority, boolean experts) {

    @Override
    public String toString() {
      return disputeType + ", " + amount + " yuan, " + workers + " workers, " + channel + " -> " + rule;
    }
  }

  static List<Case> cases() {
    return CASES.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.split("\\s*,\\s*"))
        .map(c -> new Case(c[0], c[1], Long.parseLong(c[2]), c[3], c[4], c[5], c[6], Boolean.parseBoolean(c[7])))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void routesEachCaseToItsPoolByTheFirstRuleItMatches(Case c) {
    assertThat(evaluate(c.disputeType(), c.amount(), c.workers(), c.channel())).containsEntry("mediatorPool", c.pool())
        .containsEntry("priority", c.priority()).containsEntry("expertConsultation", c.experts());
    assertThat(lastMatchedRule()).isEqualTo(c.rule());
  }

  /** The table's rules, read from the file: a rule added without a case above fails here. */
  @Test
  void everyRuleOfTheTableIsHitByACase() throws Exception {
    Set<String> rules = new TreeSet<>();
    try (InputStream in = Files.newInputStream(TABLE)) {
      for (Rule rule : Dmn.readModelFromStream(in).getModelElementsByType(Rule.class)) {
        rules.add(rule.getId());
      }
    }
    Set<String> hit = new TreeSet<>();
    for (Case c : cases()) {
      evaluate(c.disputeType(), c.amount(), c.workers(), c.channel());
      hit.add(lastMatchedRule());
    }
    assertThat(rules).hasSize(9);
    assertThat(hit).containsExactlyElementsOf(rules);
  }

  /** Every dispute type the intake accepts has a rule of its own; none falls through to the last rule. */
  @Test
  void everyDisputeTypeTheIntakeAcceptsIsNamedByARule() {
    for (String disputeType : CaseValidator.DISPUTE_TYPES) {
      evaluate(disputeType, "12800.00", 1, "window");
      assertThat(lastMatchedRule()).as(disputeType).isNotNull().isNotEqualTo("Rule_Otherwise");
    }
  }

  private static String lastMatchedRule() {
    return matched.get(matched.size() - 1);
  }

  private static Map<String, Object> evaluate(String disputeType, String amount, long workers, String channel) {
    // as the case process passes them: claimAmount a Double of yuan (ProcessVariables.storedAmount), workerCount a number
    VariableMap variables = Variables.putValue("disputeType", disputeType)
        .putValue("claimAmount", ProcessVariables.storedAmount(new BigDecimal(amount)))
        .putValue("workerCount", workers).putValue("channel", channel);
    return dmn.evaluateDecisionTable(triage, variables).getSingleResult().getEntryMap();
  }
}
