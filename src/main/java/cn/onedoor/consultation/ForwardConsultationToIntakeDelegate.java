package cn.onedoor.consultation;

import cn.onedoor.process.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import cn.onedoor.party.PersonalDataInTransit;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 转入案件登记: a consultation becomes a case without the worker telling the story twice: the party
 * and claim data the duty lawyer recorded start LaborDisputeCase (channel {@code consultation}).
 * Invalid data refuses the lawyer's form with the registration's Chinese message.
 */
@Component("forwardConsultationToIntakeDelegate")
class ForwardConsultationToIntakeDelegate implements JavaDelegate {

  static final List<String> CARRIED = List.of("applicantName", "applicantIdNumber", "applicantPhone", "employerName",
      "employerCreditCode", "employerPhone", "disputeType", "claimAmount", "claimDescription", "workerCount",
      "knownDate", "employmentEndDate");

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : CARRIED) {
      Object value = execution.getVariable(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    variables.put("channel", "consultation");
    // the worker's identity number and phone came with the lawyer's form, held aside by the engine guard
    variables.putAll(PersonalDataInTransit.all());
    String caseInstance = execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE, variables).getId();
    execution.setVariable("caseProcessInstanceId", caseInstance);
  }
}
