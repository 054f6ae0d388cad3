package cn.onedoor.referral;

import static cn.onedoor.process.CaseVariables.*;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.CaseVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记仲裁受理: the award is due 45 days after acceptance, rolled past a rest day (LDMAL art. 43, {@link AwardPeriod}). */
@Component("recordArbitrationAcceptanceDelegate")
class RecordArbitrationAcceptanceDelegate implements JavaDelegate {

  private final AwardPeriod awardPeriod;

  RecordArbitrationAcceptanceDelegate(AwardPeriod awardPeriod) {
    this.awardPeriod = awardPeriod;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseVariables variables = CaseVariables.of(execution);
    LocalDate accepted = variables.date(ARBITRATION_ACCEPTED_DATE);
    if (accepted == null) {
      accepted = Deadlines.today();
      variables.setDate(ARBITRATION_ACCEPTED_DATE, accepted);
    }
    variables.setDate(AWARD_DEADLINE, awardPeriod.awardDeadline(accepted));
    variables.set(AWARD_EXTENDED, false);
  }
}
