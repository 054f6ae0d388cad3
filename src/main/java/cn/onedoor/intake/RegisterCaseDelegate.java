package cn.onedoor.intake;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.MobileNumbers;
import cn.onedoor.party.PersonalDataInTransit;
import cn.onedoor.process.CaseFacts;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记案件: validates what the clerk's form or the API submitted, registers the case and names the
 * process after its case number. Runs in the start transaction: an invalid application is refused
 * with a Chinese message and nothing is stored. Full identity numbers and phones never were process
 * variables: the engine guard held them aside ({@link PersonalDataInTransit}); they go to the
 * register's party table, and the process keeps masked copies for display.
 */
@Component("registerCaseDelegate")
class RegisterCaseDelegate implements JavaDelegate {

  private final CaseRegistrationService registration;

  RegisterCaseDelegate(CaseRegistrationService registration) {
    this.registration = registration;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = Deadlines.today();
    java.util.Map<String, Object> submitted = new java.util.HashMap<>(execution.getVariables());
    submitted.putAll(PersonalDataInTransit.all());
    CaseApplication application = registration.validate(submitted, today);
    CaseRegistration registered = registration.register(application, execution.getProcessInstanceId());

    execution.setProcessBusinessKey(registered.caseNumber());
    CaseFacts.of(execution).registered(new CaseFacts.Registration(registered.caseNumber(),
        IdentityNumbers.mask(application.applicantIdNumber()),
        application.applicantPhone() == null ? "" : MobileNumbers.mask(application.applicantPhone()),
        application.employerCreditCode(), application.claimAmount(), application.workerCount(), registered.collective(),
        application.knownDate(), application.employmentEndDate(), application.receivedDate(),
        registered.mediationDeadline(), application.entrustmentDeadline(), registered.limitation().status().name(),
        registered.limitation().expiry(), registered.possibleDuplicates()));
  }
}
