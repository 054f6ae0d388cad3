package cn.onedoor.process;

import static cn.onedoor.process.CaseVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * CaseMediation's variables, typed: its inputs from the case ({@link CaseFacts} reads the facts), the
 * sessions, the extension by consent and the agreement it returns (docs/case-process.md, CaseMediation).
 */
public final class MediationVariables extends ProcessVariables {

  private MediationVariables(VariableScope scope) {
    super(scope);
  }

  public static MediationVariables of(VariableScope scope) {
    return new MediationVariables(scope);
  }

  private MediationVariables(java.util.Map<String, Object> variables) {
    super(variables);
  }

  /** Over submitted values (the engine guard reads a form's submission with it). */
  public static MediationVariables of(java.util.Map<String, Object> variables) {
    return new MediationVariables(variables);
  }

  public LocalDate mediationDeadline() {
    return date(MEDIATION_DEADLINE);
  }

  /** The claim the agreed amount is checked against (an input). */
  public BigDecimal claimAmount() {
    return amount(CLAIM_AMOUNT);
  }

  /** {@code in_person} or {@code cloud}. */
  public String sessionMode() {
    return string(SESSION_MODE);
  }

  /** {@code yyyy-MM-ddTHH:mm}, Beijing time, as the schedule form's datetime field writes it. */
  public String sessionTime() {
    return string(SESSION_TIME);
  }

  public String sessionPlace() {
    return string(SESSION_PLACE);
  }

  /** Minutes, as the schedule form's select submits it (text) or a Java caller gives it; null when not given. */
  public Integer sessionDurationMinutes() {
    Object value = raw(SESSION_DURATION);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The next session is being scheduled: the previous session's notes and result are cleared, so
   * that 记录调解情况 opens empty, the consent to an extension unticked (form-js fills a field from the process variable of its name; the
   * earlier sessions stay in the mediation_session table).
   */
  public void previousSessionRecordCleared() {
    remove(SESSION_NOTES);
    remove(SESSION_RESULT);
    remove(EXTENSION_CONSENT_RECORDED);
  }

  /** schedule-session's create listener: the rooms its select offers, task-local (a Json list of names). */
  public static void roomsOffered(org.camunda.bpm.engine.delegate.DelegateTask task, java.util.List<String> rooms) {
    task.setVariableLocal(SESSION_ROOMS, storedList(rooms));
  }

  public String meetingLink() {
    return string(MEETING_LINK);
  }

  public String sessionResult() {
    return string(SESSION_RESULT);
  }

  public String requiredSessionResult() {
    return requiredString(SESSION_RESULT);
  }

  public String sessionNotes() {
    return string(SESSION_NOTES);
  }

  public long sessionCount() {
    return number(SESSION_COUNT, 0);
  }

  public LocalDate extendedDeadline() {
    return date(EXTENDED_DEADLINE);
  }

  public boolean extensionConsentRecorded() {
    return flag(EXTENSION_CONSENT_RECORDED);
  }

  public boolean mediationExtended() {
    return flag(MEDIATION_EXTENDED);
  }

  /** Yuan, scale 2: what the draft form submitted (text) or, once the agreement is made, the stored amount. */
  public BigDecimal agreedAmount() {
    return amount(AGREED_AMOUNT);
  }

  /** The raw dynamic list of each worker's amount (agreement.WorkerAmounts checks it); null when not given. */
  public Object workerAmounts() {
    return raw(WORKER_AMOUNTS);
  }

  public Boolean agreedAmountAboveClaimConfirmed() {
    Object value = raw(AGREED_AMOUNT_ABOVE_CLAIM_CONFIRMED);
    return value instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(value));
  }

  public String agreementItems() {
    return requiredString(AGREEMENT_ITEMS);
  }

  /** The raw checklist value (agreement.AgreementPays checks its codes). */
  public Object agreementPays() {
    return raw(AGREEMENT_PAYS);
  }

  public String performanceMode() {
    return requiredString(PERFORMANCE_MODE);
  }

  public LocalDate performanceDueDate() {
    return date(PERFORMANCE_DUE_DATE);
  }

  public String confirmationType() {
    return string(CONFIRMATION_TYPE);
  }

  /** notifySessionScheduledDelegate: one more session; a cloud session gets its room ({@code meetingLink}) and that place. */
  public void sessionScheduled(String meetingLink, String place) {
    if (meetingLink != null) {
      set(MEETING_LINK, meetingLink);
      set(SESSION_PLACE, place);
    }
    set(SESSION_COUNT, sessionCount() + 1);
  }

  /** extendMediationPeriodDelegate: the period extended by consent, once. */
  public void extended(LocalDate deadline) {
    setDate(MEDIATION_DEADLINE, deadline);
    set(MEDIATION_EXTENDED, true);
  }

  /** mediationOutcomeListener. */
  public void ended(String mediationOutcome) {
    set(MEDIATION_OUTCOME, mediationOutcome);
  }

  /** generateAgreementDocumentDelegate: the agreement as made; {@code none} when no confirmation was chosen. */
  /** The day the parties signed, as the draft form gives it (协议签订日期; optional: today when empty). */
  public LocalDate agreementDate() {
    return date(AGREEMENT_DATE);
  }

  public void agreementMade(BigDecimal agreedAmount, LocalDate agreementDate, String documentId, boolean paymentOrderEligible) {
    setAmount(AGREED_AMOUNT, agreedAmount);
    setDate(AGREEMENT_DATE, agreementDate);
    set(AGREEMENT_DOCUMENT_ID, documentId);
    set(PAYMENT_ORDER_ELIGIBLE, paymentOrderEligible);
    if (confirmationType() == null) {
      set(CONFIRMATION_TYPE, NO_CONFIRMATION);
    }
  }

  /** confirmationType: the parties ask for no confirmation of the agreement. */
  public static final String NO_CONFIRMATION = "none";
}
