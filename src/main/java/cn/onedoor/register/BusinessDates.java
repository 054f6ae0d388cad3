package cn.onedoor.register;

import cn.onedoor.process.CaseFacts;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The register's dates are the dates of the facts, as recorded on the form or in the external
 * system's message, not the moment somebody clicked: a centre that enters a case a few days late
 * (or a mediator who records on Monday what was agreed on Friday) keeps the real dates, and the
 * KPIs count the case in its real month. Today only where nobody gave a date. The forms' dates are
 * checked on submission (integrity.CompletionRules): never after today, never before the fact they
 * follow.
 */
public final class BusinessDates {

  private BusinessDates() {}

  /** The day a case enters {@code stage}: acceptance is the review's decision date. */
  static LocalDate stageDate(CaseStage stage, VariableScope scope, LocalDate today) {
    LocalDate fact = stage == CaseStage.ACCEPTED ? CaseFacts.of(scope).decisionDate() : null;
    return given(fact, today);
  }

  /** The day a case closes on: the date of the fact that ends it. */
  static LocalDate closingDate(Outcome outcome, VariableScope scope, LocalDate today) {
    CaseFacts facts = CaseFacts.of(scope);
    LocalDate fact = switch (outcome) {
      case SETTLED -> facts.agreementDate();
      case SETTLED_AFTER_DEFERRED_PERFORMANCE -> facts.performedDate();
      case NOT_ACCEPTED -> facts.decisionDate();
      // the employer refused mediation at the review: the case is closed by that decision
      case REFERRED_TO_ARBITRATION -> "employer_refused".equals(facts.eligibilityDecision()) ? facts.decisionDate() : null;
      case AWARD_RECEIVED -> facts.awardDate();
      case REFERRED_TO_COURT -> facts.courtReceiptDate();
      default -> null;
    };
    return given(fact, today);
  }

  /** A recorded fact date, or today where there is none; never a day after today. */
  public static LocalDate given(LocalDate fact, LocalDate today) {
    return fact == null || fact.isAfter(today) ? today : fact;
  }
}
