package cn.onedoor.referral;

import static cn.onedoor.process.CaseVariables.*;

import cn.onedoor.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 延长审理期限: with the chairman's approval the award period runs on from its (rolled) 45-day end by
 * at most 15 days, once (LDMAL art. 43, {@link AwardPeriod}). The date the commission notified
 * ({@code awardExtendedUntil} of its {@code award-period-extended} message) is taken when it has one,
 * and refused beyond the legal maximum; without one the maximum applies.
 */
@Component("extendAwardPeriodDelegate")
class ExtendAwardPeriodDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ExtendAwardPeriodDelegate.class);

  private final AwardPeriod awardPeriod;

  ExtendAwardPeriodDelegate(AwardPeriod awardPeriod) {
    this.awardPeriod = awardPeriod;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (variables.flag(AWARD_EXTENDED)) {
      log.warn("Case {}: award period already extended once; the deadline stays {}", variables.caseNumber(), variables.text(AWARD_DEADLINE));
      return;
    }
    variables.setDate(AWARD_DEADLINE,
        awardPeriod.extendedDeadline(variables.date(ARBITRATION_ACCEPTED_DATE), variables.date(AWARD_EXTENDED_UNTIL)));
    variables.set(AWARD_EXTENDED, true);
  }
}
