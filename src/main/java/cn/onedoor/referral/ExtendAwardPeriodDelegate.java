package cn.onedoor.referral;

import static cn.onedoor.process.CaseVariables.*;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 延长审理期限: with approval the award period grows by at most 15 days, once (LDMAL art. 43). */
@Component("extendAwardPeriodDelegate")
class ExtendAwardPeriodDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ExtendAwardPeriodDelegate.class);
  static final int EXTENDED_AWARD_DAYS = 60;

  private final Deadlines deadlines;

  ExtendAwardPeriodDelegate(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    if (variables.flag(AWARD_EXTENDED)) {
      log.warn("Case {}: award period already extended once; the deadline stays {}", variables.caseNumber(), variables.text(AWARD_DEADLINE));
      return;
    }
    variables.setDate(AWARD_DEADLINE, deadlines.periodEndDate(variables.date(ARBITRATION_ACCEPTED_DATE), EXTENDED_AWARD_DAYS));
    variables.set(AWARD_EXTENDED, true);
  }
}
