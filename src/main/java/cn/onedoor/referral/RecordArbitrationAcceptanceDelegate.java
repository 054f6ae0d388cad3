package cn.onedoor.referral;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.process.ReferralVariables;
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
    ReferralVariables variables = ReferralVariables.of(execution);
    LocalDate accepted = variables.arbitrationAcceptedDate();
    if (accepted == null) {
      accepted = Deadlines.today();
    }
    variables.accepted(accepted, awardPeriod.awardDeadline(accepted));
  }
}
