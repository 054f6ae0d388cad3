package cn.onedoor.notification;

import cn.onedoor.process.ProcessVariables;
import cn.onedoor.process.CaseFacts;
import cn.onedoor.process.CaseVariables;
import cn.onedoor.process.MediationVariables;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The case facts a notice template may name, read from the process: no identity numbers, no phones. */
public final class CaseNoticeValues {

  private CaseNoticeValues() {}

  public static Map<String, String> of(VariableScope scope) {
    CaseFacts facts = CaseFacts.of(scope);
    MediationVariables mediation = MediationVariables.of(scope);
    Map<String, String> values = new HashMap<>();
    put(values, CaseVariables.APPLICANT_NAME, facts.applicantName());
    put(values, CaseVariables.EMPLOYER_NAME, facts.employerName());
    put(values, CaseVariables.MEDIATION_DEADLINE, facts.mediationDeadline());
    put(values, CaseVariables.REJECTION_REASON, facts.rejectionReason());
    put(values, CaseVariables.WORKER_COUNT, facts.hasWorkerCount() ? facts.workerCount() : null);
    put(values, CaseVariables.SESSION_PLACE, mediation.sessionPlace());
    put(values, CaseVariables.MEETING_LINK, mediation.meetingLink());
    BigDecimal agreed = mediation.agreedAmount();
    put(values, CaseVariables.AGREED_AMOUNT, agreed == null ? null : agreed.toPlainString());
    put(values, CaseVariables.PERFORMANCE_DUE_DATE, mediation.performanceDueDate());
    String caseNumber = ProcessVariables.businessKey(scope);
    put(values, CaseVariables.CASE_NUMBER, caseNumber != null ? caseNumber : facts.caseNumberVariable());
    String sessionTime = mediation.sessionTime();
    put(values, CaseVariables.SESSION_TIME, sessionTime == null ? null : readableTime(sessionTime));
    return values;
  }

  private static void put(Map<String, String> values, String name, Object value) {
    if (value != null) {
      values.put(name, value.toString());
    }
  }

  /** {@code 2026-12-03T09:30} or {@code 2026-12-03T09:30:00+08:00} → {@code 2026-12-03 09:30}. */
  static String readableTime(String isoDateTime) {
    String text = isoDateTime.replace('T', ' ');
    return text.length() >= 16 ? text.substring(0, 16) : text;
  }
}
