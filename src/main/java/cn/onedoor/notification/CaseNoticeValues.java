package cn.onedoor.notification;

import cn.onedoor.process.CaseVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The case facts a notice template may name, read from the process: no identity numbers, no phones. */
public final class CaseNoticeValues {

  static final List<String> NAMES = List.of(
      CaseVariables.CASE_NUMBER, CaseVariables.APPLICANT_NAME, CaseVariables.EMPLOYER_NAME,
      CaseVariables.MEDIATION_DEADLINE, CaseVariables.REJECTION_REASON, CaseVariables.SESSION_PLACE,
      CaseVariables.MEETING_LINK, CaseVariables.AGREED_AMOUNT, CaseVariables.PERFORMANCE_DUE_DATE,
      CaseVariables.WORKER_COUNT);

  private CaseNoticeValues() {}

  public static Map<String, String> of(VariableScope scope) {
    CaseVariables variables = CaseVariables.of(scope);
    Map<String, String> values = new HashMap<>();
    for (String name : NAMES) {
      String value = variables.text(name);
      if (value != null) {
        values.put(name, value);
      }
    }
    String caseNumber = CaseVariables.businessKey(scope);
    if (caseNumber != null) {
      values.put(CaseVariables.CASE_NUMBER, caseNumber); // the case's own number, whatever a variable says
    }
    String sessionTime = variables.text(CaseVariables.SESSION_TIME);
    if (sessionTime != null) {
      values.put(CaseVariables.SESSION_TIME, readableTime(sessionTime));
    }
    return values;
  }

  /** {@code 2026-12-03T09:30} or {@code 2026-12-03T09:30:00+08:00} → {@code 2026-12-03 09:30}. */
  static String readableTime(String isoDateTime) {
    String text = isoDateTime.replace('T', ' ');
    return text.length() >= 16 ? text.substring(0, 16) : text;
  }
}
