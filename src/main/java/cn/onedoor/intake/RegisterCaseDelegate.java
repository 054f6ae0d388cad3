package cn.onedoor.intake;

import static cn.onedoor.process.CaseVariables.*;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.MobileNumbers;
import cn.onedoor.party.PersonalDataInTransit;
import cn.onedoor.process.CaseVariables;
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
    CaseVariables variables = CaseVariables.of(execution);
    variables.set(CASE_NUMBER, registered.caseNumber());
    variables.set(APPLICANT_ID_MASKED, IdentityNumbers.mask(application.applicantIdNumber()));
    variables.set(APPLICANT_PHONE_MASKED, application.applicantPhone() == null ? "" : MobileNumbers.mask(application.applicantPhone()));
    variables.set(EMPLOYER_CREDIT_CODE, application.employerCreditCode());
    variables.set(CLAIM_AMOUNT, application.claimAmount().toPlainString());
    variables.set(WORKER_COUNT, (long) application.workerCount());
    variables.set(COLLECTIVE_DISPUTE, registered.collective());
    variables.setDate(RECEIVED_DATE, application.receivedDate());
    variables.setDate(MEDIATION_DEADLINE, registered.mediationDeadline());
    variables.set(LIMITATION_STATUS, registered.limitation().status().name());
    variables.setDate(LIMITATION_EXPIRY, registered.limitation().expiry());
    variables.set(POSSIBLE_DUPLICATE_OF, String.join("、", registered.possibleDuplicates()));
  }
}
