package cn.onedoor.consultation;

import cn.onedoor.party.PersonalDataInTransit;
import cn.onedoor.process.CaseVariables;
import cn.onedoor.process.ConsultationVariables;
import cn.onedoor.process.ProcessKeys;
import java.util.HashMap;
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

  @Override
  public void execute(DelegateExecution execution) {
    ConsultationVariables consultation = ConsultationVariables.of(execution);
    Map<String, Object> variables = new HashMap<>();
    for (String name : ConsultationVariables.CARRIED_TO_CASE) {
      Object value = consultation.carried(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    variables.put(CaseVariables.CHANNEL, ConsultationVariables.CHANNEL_CONSULTATION);
    // the worker's identity number and phone came with the lawyer's form, held aside by the engine guard
    variables.putAll(PersonalDataInTransit.all());
    String caseInstance = execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(ProcessKeys.LABOR_DISPUTE_CASE, variables).getId();
    consultation.forwardedTo(caseInstance);
  }
}
