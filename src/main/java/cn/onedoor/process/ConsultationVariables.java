package cn.onedoor.process;

import static cn.onedoor.process.CaseVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** FreeConsultation's variables: what the duty lawyer's form carries on to a case, and the case it became. */
public final class ConsultationVariables extends ProcessVariables {

  /**
   * What give-consultation records for {@code register_case} and the new case starts with: the party
   * and claim fields of register-case, without the channel (always {@code consultation}). Values go
   * on as the form submitted them; registration validates and types them.
   */
  public static final List<String> CARRIED_TO_CASE = List.of(APPLICANT_NAME, APPLICANT_ID_NUMBER, APPLICANT_PHONE,
      EMPLOYER_NAME, EMPLOYER_CREDIT_CODE, EMPLOYER_PHONE, DISPUTE_TYPE, CLAIM_AMOUNT, CLAIM_DESCRIPTION,
      WORKER_COUNT, KNOWN_DATE, EMPLOYMENT_END_DATE);

  /** channel of a case a consultation became. */
  public static final String CHANNEL_CONSULTATION = "consultation";

  /** consultationResult: the consultation becomes a case. */
  public static final String REGISTER_CASE = "register_case";

  private ConsultationVariables(VariableScope scope) {
    super(scope);
  }

  public static ConsultationVariables of(VariableScope scope) {
    return new ConsultationVariables(scope);
  }

  public String consultationResult() {
    return string(CONSULTATION_RESULT);
  }

  /** The raw value of a carried field, or null. */
  public Object carried(String name) {
    if (!CARRIED_TO_CASE.contains(name)) {
      throw new IllegalArgumentException(name + " is not carried to a case");
    }
    return raw(name);
  }

  public void forwardedTo(String caseProcessInstanceId) {
    set(CASE_PROCESS_INSTANCE_ID, caseProcessInstanceId);
  }
}
