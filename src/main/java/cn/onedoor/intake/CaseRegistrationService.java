package cn.onedoor.intake;

import cn.onedoor.calendar.LimitationAssessment;
import cn.onedoor.calendar.LimitationFacts;
import cn.onedoor.calendar.StatutoryCalendar;
import cn.onedoor.calendar.StatutoryPeriod;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.PartyFingerprints;
import cn.onedoor.party.CaseParty;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.register.ClosedCase;
import cn.onedoor.register.Outcome;
import cn.onedoor.register.RegisteredCase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Registers a validated application: numbers the case, checks the limitation period, looks for an
 * open case of the same worker and employer, fixes the mediation deadline and writes the register.
 */
@Service
public class CaseRegistrationService {

  /** LDMAL art. 7: a collective dispute involves ten or more workers (十人以上 includes ten: Civil Code art. 1259). */
  static final int COLLECTIVE_THRESHOLD = 10;

  private final CaseNumbers numbers;
  private final CaseRegister register;
  private final StatutoryCalendar calendar;
  private final Deadlines deadlines;
  private final PartyFingerprints fingerprints;
  private final IntakeLimits limits;

  CaseRegistrationService(CaseNumbers numbers, CaseRegister register, StatutoryCalendar calendar,
                          Deadlines deadlines, PartyFingerprints fingerprints,
                          @Value("${onedoor.intake.received-date-floor:2008-05-01}") String receivedDateFloor) {
    this.numbers = numbers;
    this.register = register;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.fingerprints = fingerprints;
    this.limits = new IntakeLimits(parseFloor(receivedDateFloor));
  }

  /** The application checked with this centre's limits ({@code onedoor.intake.*}): what every door calls. */
  public CaseApplication validate(Map<String, ?> raw, LocalDate today) {
    return CaseValidator.validate(raw, today, limits);
  }

  public IntakeLimits limits() {
    return limits;
  }

  private static LocalDate parseFloor(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("onedoor.intake.received-date-floor must be a date (YYYY-MM-DD), got: " + value, e);
    }
  }

  /**
   * A court-entrusted case must report its result to the court within the entrustment period (the
   * court's entrustment, 人民法院委派调解): its mediation ends at the end of the working day before the
   * entrustment deadline, so the report (an asynchronous job right after mediation ends) reaches the
   * court on the deadline day at the latest, even when mediation runs out. Never before the receipt.
   */
  LocalDate entrustedMediationDeadline(LocalDate received, LocalDate entrustmentDeadline) {
    LocalDate before = deadlines.workingDayBefore(entrustmentDeadline);
    return before.isBefore(received) ? received : before;
  }

  public CaseRegistration register(CaseApplication application, String processInstanceId) {
    String fingerprint = fingerprints.of(application.applicantIdNumber());
    List<String> duplicates = register.openCasesOf(fingerprint, application.employerCreditCode());
    LimitationAssessment limitation = calendar.limitation(new LimitationFacts(application.knownDate(),
        "wages".equals(application.disputeType()), application.employmentEndDate(), List.of()),
        // judged at the application's receipt: applying for mediation interrupts the limitation (LDMAL art. 27)
        application.receivedDate());
    LocalDate mediationDeadline = application.entrustmentDeadline() != null
        ? entrustedMediationDeadline(application.receivedDate(), application.entrustmentDeadline())
        : deadlines.periodEndDate(application.receivedDate(), StatutoryPeriod.MEDIATION);
    boolean collective = application.workerCount() >= COLLECTIVE_THRESHOLD;

    CaseNumbers.CaseNumber number = numbers.next(application.receivedDate().getYear());
    register.insert(new RegisteredCase(number.text(), number.year(), number.sequence(), processInstanceId,
        application.channel(), application.applicantName(), IdentityNumbers.mask(application.applicantIdNumber()),
        fingerprint, application.employerName(), application.employerCreditCode(), application.disputeType(),
        application.claimAmount(), application.workerCount(), collective, application.receivedDate(),
        mediationDeadline, application.entrustmentDeadline(), application.courtCaseNumber(),
        limitation.status().name(), limitation.expiry()),
        application.parties());
    // payment-order eligibility is not decided here: it turns on what the agreement pays (LDMAL art. 16, agreement.AgreementPays)
    return new CaseRegistration(number.text(), mediationDeadline, limitation, duplicates, collective);
  }

  /**
   * A closed case of the centre's earlier register (imports): numbered with its original number
   * when that is one of ours and free, else the next number of its receipt year; registered closed
   * with every party, its limitation judged at the receipt. No process instance: no timer fires.
   * Refuses a taken original number; the caller has already looked for duplicates.
   */
  public String registerClosed(CaseApplication application, List<CaseParty> applicants, CaseParty employer,
                               ClosedFacts facts, String originalNumber) {
    CaseNumbers.CaseNumber number = originalNumber == null ? null : numbers.claim(originalNumber).orElse(null);
    if (number != null && register.exists(number.text())) {
      throw new CaseValidationException(List.of(new cn.onedoor.api.FieldError("caseNumber", "原案号已被本系统其他案件使用：" + number.text())));
    }
    if (number == null) {
      number = numbers.next(application.receivedDate().getYear());
    }
    String fingerprint = fingerprints.of(application.applicantIdNumber());
    LimitationAssessment limitation = calendar.limitation(new LimitationFacts(application.knownDate(),
        "wages".equals(application.disputeType()), application.employmentEndDate(), List.of()), application.receivedDate());
    LocalDate mediationDeadline = application.entrustmentDeadline() != null
        ? entrustedMediationDeadline(application.receivedDate(), application.entrustmentDeadline())
        : deadlines.periodEndDate(application.receivedDate(), StatutoryPeriod.MEDIATION);
    RegisteredCase registered = new RegisteredCase(number.text(), number.year(), number.sequence(), null,
        application.channel(), application.applicantName(), IdentityNumbers.mask(application.applicantIdNumber()),
        fingerprint, application.employerName(), application.employerCreditCode(), application.disputeType(),
        application.claimAmount(), applicants.size(), applicants.size() >= COLLECTIVE_THRESHOLD, application.receivedDate(),
        mediationDeadline, application.entrustmentDeadline(), application.courtCaseNumber(),
        limitation.status().name(), limitation.expiry());
    List<CaseParty> parties = new java.util.ArrayList<>(applicants);
    parties.add(employer);
    register.insertClosed(new ClosedCase(registered, originalNumber, facts.acceptedOn(), facts.agreementOn(),
        facts.agreedAmount(), facts.performedOnTheSpot(), facts.outcome(), facts.closedOn()), parties);
    return number.text();
  }

  /** How an imported case ended, as the earlier register records it. */
  public record ClosedFacts(LocalDate acceptedOn, LocalDate agreementOn, java.math.BigDecimal agreedAmount,
                            Boolean performedOnTheSpot, Outcome outcome, LocalDate closedOn) {}

  /** An already registered case of this application (same first applicant, employer and receipt day). */
  public java.util.Optional<String> sameApplication(CaseApplication application) {
    return register.caseReceived(fingerprints.of(application.applicantIdNumber()), application.employerCreditCode(),
        application.receivedDate());
  }

  /** The case that has, or was imported with, this number. */
  public java.util.Optional<String> caseWithNumber(String number) {
    return register.caseWithNumber(number);
  }
}
