package cn.onedoor.referral;

import cn.onedoor.process.ReferralVariables;
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
    ReferralVariables variables = ReferralVariables.of(execution);
    if (variables.awardExtended()) {
      log.warn("Case {}: award period already extended once; the deadline stays {}", variables.caseNumber(), variables.awardDeadline());
      return;
    }
    variables.awardPeriodExtended(
        awardPeriod.extendedDeadline(variables.arbitrationAcceptedDate(), variables.awardExtendedUntil()));
  }
}
