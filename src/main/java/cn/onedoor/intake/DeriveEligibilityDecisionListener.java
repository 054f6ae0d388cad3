package cn.onedoor.intake;

import cn.onedoor.process.CaseFacts;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审查受理条件, on completion: the decision the gateway 是否受理? reads ({@code eligibilityDecision}) is
 * derived from the review's two answers, asked once each (ECM art. 23): out of scope → not accepted
 * (the form has asked for the reason, the 不予受理通知书 carries it); in scope and the employer refuses
 * → no mediation; in scope and the employer consents → accepted. No form may choose it.
 */
@Component("deriveEligibilityDecisionListener")
class DeriveEligibilityDecisionListener implements TaskListener {

  static final String ACCEPTED = "accepted";
  static final String NOT_ACCEPTED = "not_accepted";
  static final String EMPLOYER_REFUSED = "employer_refused";

  @Override
  public void notify(DelegateTask task) {
    CaseFacts facts = CaseFacts.of(task);
    Boolean inScope = facts.inScope();
    if (inScope == null) {
      if (facts.eligibilityDecision() == null) {
        throw new IllegalArgumentException("审查受理条件：请回答“是否属于受案范围”");
      }
      return; // a system call of a case reviewed before the decision was derived keeps the decision it gives
    }
    facts.eligibilityDecided(decision(inScope, facts.employerConsents()));
  }

  /** The rule: scope first, then the employer's consent (not asked when out of scope: null). */
  static String decision(boolean inScope, Boolean employerConsents) {
    if (!inScope) {
      return NOT_ACCEPTED;
    }
    if (employerConsents == null) {
      throw new IllegalArgumentException("审查受理条件：请回答“被申请人是否同意调解”");
    }
    return employerConsents ? ACCEPTED : EMPLOYER_REFUSED;
  }
}
