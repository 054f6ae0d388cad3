package cn.onedoor.documents;

import static cn.onedoor.process.CaseVariables.*;

import cn.onedoor.agreement.AgreementDocuments;
import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.mediation.MediationSessions;
import cn.onedoor.party.CaseParty;
import cn.onedoor.process.CaseFacts;
import cn.onedoor.process.ProcessKeys;
import cn.onedoor.process.ProcessVariables;
import cn.onedoor.register.CaseRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * What the documents of one case are made of, gathered from where each fact is kept: the register
 * and its parties, the recorded sessions ({@link MediationSessions}) and the one scheduled but not
 * yet recorded (CaseMediation's variables), the eligibility review's decision and reason and the
 * mediation's outcome (the case's variables, in the engine's history once the case ended), the
 * agreement ({@link AgreementDocuments}). Called inside {@code CaseAccess.read}, as the system.
 */
@Component
class CaseDocumentFacts {

  /** How mediation ended without an agreement, as {@code mediationOutcome} says (plus the review's refusal). */
  static final Set<String> FAILED_OUTCOMES = Set.of("no_agreement", "employer_absent", "expired");
  static final String EMPLOYER_REFUSED = "employer_refused";
  static final String NOT_ACCEPTED = "not_accepted";

  private final CaseRegister register;
  private final MediationSessions sessions;
  private final AgreementDocuments agreements;
  private final HistoryService history;
  private final IdentityService identity;

  CaseDocumentFacts(CaseRegister register, MediationSessions sessions, AgreementDocuments agreements,
                    HistoryService history, IdentityService identity) {
    this.register = register;
    this.sessions = sessions;
    this.agreements = agreements;
    this.history = history;
    this.identity = identity;
  }

  /** One session as its notice names it; {@code time} as the schedule form wrote it ({@code 2026-12-10T09:30}). */
  record Session(int number, String time, String mode, String place, String meetingLink) {}

  /** Mediation ended without an agreement: why ({@code no_agreement}, {@code employer_absent}, {@code expired}, {@code employer_refused}) and when. */
  record Ending(String reason, LocalDate on) {}

  /** The eligibility review's decision ({@code accepted}, {@code not_accepted}, {@code employer_refused}), its day and reason. */
  record Review(String decision, LocalDate on, String rejectionReason) {}

  record Facts(String caseNumber, CaseRegister.FileFacts register, List<CaseParty> parties, LocalDate acceptedOn,
               LocalDate mediationDeadlineAtAcceptance, Review review, List<Session> sessions, Ending ending,
               boolean agreement, String mediatorName) {

    List<CaseParty> applicants() {
      return parties.stream().filter(p -> CaseParty.APPLICANT.equals(p.role())).toList();
    }

    Optional<CaseParty> employer() {
      return parties.stream().filter(p -> CaseParty.RESPONDENT.equals(p.role())).findFirst();
    }

    Optional<Session> session(int number) {
      return sessions.stream().filter(s -> s.number() == number).findFirst();
    }
  }

  /** The case's facts; {@code register.CaseNotFoundException} for a case not in the register. */
  Facts of(String caseNumber) {
    CaseRegister.FileFacts file = register.fileFacts(caseNumber);
    List<CaseParty> parties = register.parties(caseNumber);
    Optional<String> root = register.processInstanceId(caseNumber);
    Optional<CaseRegister.ImportedDates> imported = register.imported(caseNumber);
    CaseFacts variables = CaseFacts.of(root.map(this::variables).orElse(Map.of()));

    LocalDate acceptedOn = file.acceptedOn() == null ? null : LocalDate.parse(file.acceptedOn());
    Review review = review(variables, root, imported);
    Ending ending = ending(caseNumber, variables, review, imported);
    LocalDate deadlineAtAcceptance = root.flatMap(this::firstMediationDeadline)
        .orElse(file.mediationDeadline() == null ? null : LocalDate.parse(file.mediationDeadline()));
    return new Facts(caseNumber, file, parties, acceptedOn, deadlineAtAcceptance, review, sessions(caseNumber), ending,
        agreements.hasAgreement(caseNumber), mediatorName(file.mediatorId()));
  }

  private Review review(CaseFacts variables, Optional<String> root, Optional<CaseRegister.ImportedDates> imported) {
    if (imported.isPresent()) {
      String outcome = imported.get().outcome();
      return NOT_ACCEPTED.equals(outcome) ? new Review(NOT_ACCEPTED, imported.get().closed(), null) : null;
    }
    String decision = variables.eligibilityDecision();
    if (decision == null) {
      return null;
    }
    LocalDate on = variables.decisionDate();
    if (on == null) {
      on = root.flatMap(this::reviewEnded).orElse(null);
    }
    return new Review(decision, on, variables.rejectionReason());
  }

  private Ending ending(String caseNumber, CaseFacts variables, Review review, Optional<CaseRegister.ImportedDates> imported) {
    if (review != null && EMPLOYER_REFUSED.equals(review.decision())) {
      return new Ending(EMPLOYER_REFUSED, review.on());
    }
    if (imported.isPresent()) {
      // an earlier register's case handed to the commission ended its mediation without agreement
      return "referred_to_arbitration".equals(imported.get().outcome()) ? new Ending("no_agreement", imported.get().closed()) : null;
    }
    String outcome = variables.mediationOutcome();
    if (outcome == null || !FAILED_OUTCOMES.contains(outcome)) {
      return null;
    }
    LocalDate on = mediations(caseNumber).stream().map(HistoricProcessInstance::getEndTime).filter(java.util.Objects::nonNull)
        .max(Date::compareTo).map(CaseDocumentFacts::day).orElse(null);
    return new Ending(outcome, on);
  }

  /** The recorded sessions, then the one scheduled and noticed but not yet recorded, if any. */
  private List<Session> sessions(String caseNumber) {
    List<Session> result = new ArrayList<>();
    for (MediationSessions.Session s : sessions.of(caseNumber)) {
      result.add(new Session(s.number(), s.time(), s.mode(), s.place(), null));
    }
    for (HistoricProcessInstance mediation : mediations(caseNumber)) {
      Map<String, Object> values = new HashMap<>();
      history.createHistoricVariableInstanceQuery().processInstanceId(mediation.getId())
          .variableNameIn(SESSION_COUNT, SESSION_TIME, SESSION_MODE, SESSION_PLACE, MEETING_LINK).list()
          .forEach(v -> values.put(v.getName(), v.getValue()));
      long scheduled = values.get(SESSION_COUNT) instanceof Number n ? n.longValue() : 0;
      if (scheduled > result.size() && values.get(SESSION_TIME) != null) {
        result.add(new Session((int) scheduled, String.valueOf(values.get(SESSION_TIME)), string(values.get(SESSION_MODE)),
            string(values.get(SESSION_PLACE)), string(values.get(MEETING_LINK))));
      }
    }
    return result;
  }

  private List<HistoricProcessInstance> mediations(String caseNumber) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(ProcessKeys.CASE_MEDIATION).list();
  }

  private Map<String, Object> variables(String rootId) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(rootId)
        .variableNameIn(ELIGIBILITY_DECISION, DECISION_DATE, REJECTION_REASON, MEDIATION_OUTCOME).list()) {
      values.put(v.getName(), v.getValue());
    }
    return values;
  }

  /** The mediation deadline as registration set it (before any extension); empty without full history. */
  private Optional<LocalDate> firstMediationDeadline(String rootId) {
    HistoricVariableInstance deadline = history.createHistoricVariableInstanceQuery().processInstanceId(rootId)
        .variableName(MEDIATION_DEADLINE).list().stream().findFirst().orElse(null);
    if (deadline == null) {
      return Optional.empty();
    }
    return history.createHistoricDetailQuery().variableInstanceId(deadline.getId()).variableUpdates().orderByTime().asc()
        .orderPartiallyByOccurrence().asc().list().stream()
        .filter(HistoricVariableUpdate.class::isInstance).map(HistoricVariableUpdate.class::cast)
        .filter(update -> update.getValue() != null)
        .findFirst().map(update -> ProcessVariables.parseDate(update.getValue()));
  }

  private Optional<LocalDate> reviewEnded(String rootId) {
    return history.createHistoricTaskInstanceQuery().processInstanceId(rootId)
        .taskDefinitionKey(cn.onedoor.process.LaborDisputeCaseElements.TASK_REVIEW_ELIGIBILITY).finished().list().stream()
        .map(HistoricTaskInstance::getEndTime).max(Date::compareTo).map(CaseDocumentFacts::day);
  }

  private String mediatorName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    return cn.onedoor.security.PersonNames.displayName(user); // family name first, as everywhere
  }


  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static LocalDate day(Date time) {
    return LocalDate.ofInstant(time.toInstant(), ChinaTime.ZONE);
  }
}
