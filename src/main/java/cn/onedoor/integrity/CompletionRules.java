package cn.onedoor.integrity;

import static cn.onedoor.process.CaseVariables.*;

import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.agreement.PerformanceResults;
import cn.onedoor.agreement.WorkerAmounts;
import cn.onedoor.mediation.MediationExtensionRule;
import cn.onedoor.mediation.SessionCalendar;
import cn.onedoor.party.CaseParties;
import cn.onedoor.process.CaseAgreementElements;
import cn.onedoor.process.CaseMediationElements;
import cn.onedoor.process.ConsultationVariables;
import cn.onedoor.process.FreeConsultationElements;
import cn.onedoor.process.LaborDisputeCaseElements;
import cn.onedoor.process.MediationVariables;
import cn.onedoor.process.ProcessKeys;
import cn.onedoor.process.ProcessVariables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The case's rules for what a form may submit, beyond what the form itself can say: answers that
 * must agree with each other, dates that must fit the statutory clock, amounts that must fit the
 * claim, and the application checks of intake (check characters) for whatever starts a case.
 */
@Component
class CompletionRules {

  static final String TASK_REVIEW_ELIGIBILITY = LaborDisputeCaseElements.TASK_REVIEW_ELIGIBILITY;
  static final String TASK_SCHEDULE_SESSION = CaseMediationElements.TASK_SCHEDULE_SESSION;
  static final String TASK_RECORD_SESSION = CaseMediationElements.TASK_RECORD_SESSION;
  static final String TASK_DRAFT_AGREEMENT = CaseMediationElements.TASK_DRAFT_AGREEMENT;
  static final String TASK_GIVE_CONSULTATION = FreeConsultationElements.TASK_GIVE_CONSULTATION;
  static final String TASK_CONFIRM_PERFORMANCE = CaseAgreementElements.TASK_CONFIRM_PERFORMANCE;
  /** Tasks whose form carries a worker's identity number or phone on to a new case. */
  static final Set<String> CARRIES_PERSONAL_DATA = Set.of(TASK_GIVE_CONSULTATION);

  /** A session may be entered a little after its start (clocks differ), not in the past. */
  static final int SESSION_GRACE_MINUTES = 10;

  private final MediationExtensionRule extensionRule;
  private final ApplicationRules applications;
  private final CaseParties parties;
  private final SessionCalendar sessions;
  private final Period horizon;

  CompletionRules(MediationExtensionRule extensionRule, ApplicationRules applications, CaseParties parties, SessionCalendar sessions,
                  @Value("${onedoor.integrity.date-horizon:P1Y}") Period horizon) {
    this.extensionRule = extensionRule;
    this.sessions = sessions;
    this.applications = applications;
    this.parties = parties;
    this.horizon = horizon;
  }

  List<FormContract.Violation> checkStart(String processKey, Map<String, Object> values) {
    if (ProcessKeys.LABOR_DISPUTE_CASE.equals(processKey)) {
      return application(values);
    }
    return List.of();
  }

  List<FormContract.Violation> checkCompletion(VariableScope task, Map<String, Object> values) {
    String key = task instanceof org.camunda.bpm.engine.delegate.DelegateTask t ? t.getTaskDefinitionKey() : null;
    if (key == null) {
      return List.of();
    }
    return switch (key) {
      // the decision itself is not the form's: intake.DeriveEligibilityDecisionListener derives it from the answers
      case TASK_REVIEW_ELIGIBILITY -> factDate(values, DECISION_DATE, "审查决定日期", date(task.getVariable(RECEIVED_DATE)), "收到申请日期");
      case TASK_CONFIRM_PERFORMANCE -> concat(performance(task, values), factDate(values, PERFORMED_DATE, "履行日期",
          date(task.getVariable(AGREEMENT_DATE)), "协议签订日期"));
      case TASK_SCHEDULE_SESSION -> session(task, values);
      case TASK_RECORD_SESSION -> extension(task, values);
      case TASK_DRAFT_AGREEMENT -> agreement(task, values);
      case TASK_GIVE_CONSULTATION -> ConsultationVariables.REGISTER_CASE.equals(values.get(CONSULTATION_RESULT))
          ? consultationAsCase(values) : List.of();
      default -> List.of();
    };
  }

  /**
   * schedule-session: not in the past, not after the (extended) mediation deadline, and neither its
   * room nor its mediator taken by another session at that time (the calendar; its database
   * constraint refuses the same again when two nodes race, {@code mediation.ScheduleSessionListener}).
   */
  private List<FormContract.Violation> session(VariableScope task, Map<String, Object> values) {
    LocalDateTime time = FormContract.parseDateTime(values.get(SESSION_TIME).toString());
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChinaTime.ZONE);
    if (time.isBefore(now.minusMinutes(SESSION_GRACE_MINUTES))) {
      return List.of(new FormContract.Violation(SESSION_TIME, SESSION_TIME_LABEL + "：不能早于当前时间（"
          + now.toLocalDate() + " " + now.toLocalTime().withSecond(0).withNano(0) + "）", "session in the past"));
    }
    LocalDate deadline = MediationVariables.of(task).mediationDeadline();
    if (deadline != null && time.toLocalDate().isAfter(deadline)) {
      return List.of(new FormContract.Violation(SESSION_TIME, SESSION_TIME_LABEL + "：应在调解期限届满日（" + deadline
          + "）当日或之前，期满未达成协议的当事人可依法申请仲裁", "session after the mediation deadline"));
    }
    if (time.toLocalDate().isAfter(Deadlines.today().plus(horizon))) {
      return List.of(new FormContract.Violation(SESSION_TIME, SESSION_TIME_LABEL + "：时间过远，请核对", "beyond the horizon"));
    }
    String room = "in_person".equals(values.get(SESSION_MODE)) ? Objects.toString(values.get(SESSION_PLACE), null) : null;
    Integer minutes = MediationVariables.of(values).sessionDurationMinutes();
    String caseNumber = MediationVariables.of(task).caseNumber();
    String scheduler = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthentication().getUserId();
    return sessions.clash(room, sessions.mediatorOf(caseNumber, scheduler), time,
            minutes == null ? sessions.defaultMinutes() : minutes)
        .map(clash -> List.of(new FormContract.Violation(clash.field(), clash.message(), clash.reason())))
        .orElse(List.of());
  }

  /** What the schedule form calls its datetime field (会议日期、会议时间); refusals of the rule start with it. */
  static final String SESSION_TIME_LABEL = "会议时间";

  /** record-session: an extension by consent runs once, at most 15 days on from the deadline (ECM art. 26). */
  private List<FormContract.Violation> extension(VariableScope task, Map<String, Object> values) {
    if (!"extension_agreed".equals(values.get(SESSION_RESULT))) {
      return List.of();
    }
    MediationVariables mediation = MediationVariables.of(task);
    boolean alreadyExtended = mediation.mediationExtended() || mediation.extendedDeadline() != null;
    return extensionRule.check(mediation.mediationDeadline(), date(values.get(EXTENDED_DEADLINE)), alreadyExtended)
        .map(refusal -> List.of(new FormContract.Violation(refusal.field(), refusal.message(), refusal.reason())))
        .orElse(List.of());
  }

  /** draft-agreement: an amount above the claim is confirmed; a deferred due date lies ahead, not too far. */
  private List<FormContract.Violation> agreement(VariableScope task, Map<String, Object> values) {
    List<FormContract.Violation> violations = new ArrayList<>();
    BigDecimal agreed = ProcessVariables.parseAmount(values.get(AGREED_AMOUNT));
    BigDecimal claimed = MediationVariables.of(task).claimAmount();
    if (agreed != null && claimed != null && agreed.compareTo(claimed) > 0
        && !Boolean.TRUE.equals(values.get(AGREED_AMOUNT_ABOVE_CLAIM_CONFIRMED))) {
      violations.add(new FormContract.Violation(AGREED_AMOUNT, "约定金额 " + agreed.toPlainString() + " 元高于请求金额 "
          + claimed.toPlainString() + " 元：确属双方约定的，请勾选“约定金额高于请求金额，已与双方核实”", "above the claim, unconfirmed"));
    }
    Object caseNumber = task.getVariable(CASE_NUMBER);
    if (caseNumber != null) {
      WorkerAmounts.check(values.get(WORKER_AMOUNTS), agreed, Boolean.TRUE.equals(values.get(AGREED_AMOUNT_ABOVE_CLAIM_CONFIRMED)),
              parties.of(caseNumber.toString())).refusals()
          .forEach(r -> violations.add(new FormContract.Violation(r.field(), r.message(), r.reason())));
    }
    violations.addAll(factDate(values, AGREEMENT_DATE, "协议签订日期", date(task.getVariable(RECEIVED_DATE)), "收到申请日期"));
    if ("deferred".equals(values.get(PERFORMANCE_MODE)) && values.get(PERFORMANCE_DUE_DATE) != null) {
      LocalDate due = date(values.get(PERFORMANCE_DUE_DATE));
      LocalDate given = date(values.get(AGREEMENT_DATE));
      LocalDate signed = given == null || given.isAfter(Deadlines.today()) ? Deadlines.today() : given;
      if (due != null && due.isBefore(signed)) {
        violations.add(new FormContract.Violation(PERFORMANCE_DUE_DATE, "履行期限不能早于协议签订日期（" + signed + "）",
            "due date before the agreement"));
      } else if (due != null && due.isAfter(signed.plus(horizon))) {
        violations.add(new FormContract.Violation(PERFORMANCE_DUE_DATE, "履行期限过远（不晚于 " + signed.plus(horizon) + "），请核对",
            "beyond the horizon"));
      }
    }
    return violations;
  }

  /**
   * confirm-performance: partly performed needs the amount paid, more than 0 and less than the agreed
   * amount; fully or not performed takes no amount (it is the agreed amount, or 0).
   */
  private static List<FormContract.Violation> performance(VariableScope task, Map<String, Object> values) {
    Object given = values.get(PERFORMED_AMOUNT);
    boolean present = given != null && !(given instanceof String s && s.isBlank());
    if (!PerformanceResults.PARTIAL.equals(values.get(PERFORMANCE))) {
      return present ? List.of(new FormContract.Violation(PERFORMED_AMOUNT, "已履行金额：仅部分履行时填写", "amount for a full or no performance"))
          : List.of();
    }
    BigDecimal paid = present ? ProcessVariables.parseAmount(given) : null;
    BigDecimal agreed = MediationVariables.of(task).agreedAmount();
    if (paid == null) {
      return List.of(new FormContract.Violation(PERFORMED_AMOUNT, "部分履行的，请填写已履行金额（元，最多两位小数）", "partial without an amount"));
    }
    if (paid.signum() <= 0) {
      return List.of(new FormContract.Violation(PERFORMED_AMOUNT, "已履行金额应大于 0；分文未付的，请选择“未履行”", "partial amount not above 0"));
    }
    if (agreed != null && paid.compareTo(agreed) >= 0) {
      return List.of(new FormContract.Violation(PERFORMED_AMOUNT, "已履行金额应小于协议金额 " + agreed.toPlainString()
          + " 元；已全部履行的，请选择“已全部履行”", "partial amount not below the agreed amount"));
    }
    return List.of();
  }

  /**
   * A fact's date given on a form (business dates, issue 13): optional, today when left empty; never
   * after today, never before the fact it follows (the receipt, the agreement).
   */
  private static List<FormContract.Violation> concat(List<FormContract.Violation> a, List<FormContract.Violation> b) {
    if (a.isEmpty()) {
      return b;
    }
    List<FormContract.Violation> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<FormContract.Violation> factDate(Map<String, Object> values, String field, String label,
                                                       LocalDate notBefore, String notBeforeLabel) {
    LocalDate given = date(values.get(field));
    if (given == null) {
      return List.of();
    }
    LocalDate today = Deadlines.today();
    if (given.isAfter(today)) {
      return List.of(new FormContract.Violation(field, label + "不能晚于今天（" + today + "）", "date in the future"));
    }
    if (notBefore != null && given.isBefore(notBefore)) {
      return List.of(new FormContract.Violation(field, label + "不能早于" + notBeforeLabel + "（" + notBefore + "）",
          "date before the fact it follows"));
    }
    return List.of();
  }

  /** give-consultation, turned into a case: the application must pass intake's checks before it goes. */
  private List<FormContract.Violation> consultationAsCase(Map<String, Object> values) {
    Map<String, Object> application = new HashMap<>(values);
    application.put(CHANNEL, ConsultationVariables.CHANNEL_CONSULTATION);
    return application(application);
  }

  private List<FormContract.Violation> application(Map<String, Object> values) {
    return applications.refusals(values, Deadlines.today()).stream()
        .map(error -> new FormContract.Violation(error.field(), error.message(), "intake rule")).toList();
  }

  private static LocalDate date(Object value) {
    String text = Objects.toString(value, null);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
