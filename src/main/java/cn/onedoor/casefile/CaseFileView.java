package cn.onedoor.casefile;

import cn.onedoor.agreement.AgreementDocuments;
import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.calendar.StatutoryPeriod;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.mediation.MediationSessions;
import cn.onedoor.notification.SentNotices;
import cn.onedoor.party.CaseParty;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.MobileNumbers;
import cn.onedoor.process.CaseFacts;
import cn.onedoor.register.CaseMediators;
import cn.onedoor.register.CaseNotFoundException;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.reporting.CaseTimeline;
import cn.onedoor.reporting.ReportLabels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * The case file (案件卷宗) of one case in one answer: its facts, every party (identity numbers and
 * phones masked), the claims, the mediator, the deadlines, the sessions, the notices, the uploaded
 * files and the timeline ({@link CaseTimeline}). Read by the caller of {@link CaseFileController}
 * once {@code register.CaseAccess} let her read the case; runs as the system.
 */
@Service
class CaseFileView {

  record CaseFile(String caseNumber, String processInstanceId, String stage, String stageLabel, String channel, String channelLabel,
                  String disputeType, String disputeTypeLabel, String courtCaseNumber, String receivedOn, String acceptedOn,
                  String mediatorPool, String mediatorPoolLabel, String mediatorId, String mediatorName, List<PartyLine> parties,
                  Claims claims, List<DeadlineLine> deadlines, List<MediationSessions.Session> sessions,
                  List<SentNotices.SentNotice> notices, List<CaseUploads.Upload> uploads, Map<String, String> uploadTypes,
                  long maxUploadBytes, int maxUploads, boolean agreementAvailable, String agreementUrl, CaseTimeline.Timeline timeline) {}

  /** A party as the screen shows it: identity number and phone masked. */
  record PartyLine(String role, String roleLabel, int seq, String name, String idNumberMasked, String phoneMasked,
                   String creditCode, String address, String legalRepresentative, BigDecimal claimAmount, boolean representative,
                   Integer representsSeq) {}

  record Claims(BigDecimal amount, int workerCount, boolean collective, String description, String knownDate,
                String employmentEndDate) {}

  /** A deadline: a statutory date of the case or the due date of an open step. {@code at}: yyyy-MM-dd or a date-time. */
  record DeadlineLine(String name, String at, String kind, boolean overdue) {}

  private static final Map<String, String> ROLES = Map.of(CaseParty.APPLICANT, "申请人", CaseParty.RESPONDENT, "被申请人",
      CaseParty.APPLICANT_AGENT, "申请人委托代理人", CaseParty.RESPONDENT_AGENT, "被申请人委托代理人");

  private final CaseRegister register;
  private final CaseMediators mediators;
  private final MediationSessions sessions;
  private final SentNotices notices;
  private final CaseUploads uploads;
  private final CaseTimeline timelines;
  private final ReportLabels labels;
  private final AgreementDocuments agreements;
  private final Deadlines deadlines;
  private final UploadProperties limits;
  private final HistoryService history;
  private final TaskService tasks;
  private final ManagementService management;
  private final RepositoryService repository;

  CaseFileView(CaseRegister register, CaseMediators mediators, MediationSessions sessions, SentNotices notices, CaseUploads uploads,
      CaseTimeline timelines, ReportLabels labels, AgreementDocuments agreements, Deadlines deadlines, UploadProperties limits,
      HistoryService history, TaskService tasks, ManagementService management, RepositoryService repository) {
    this.register = register;
    this.mediators = mediators;
    this.sessions = sessions;
    this.notices = notices;
    this.uploads = uploads;
    this.timelines = timelines;
    this.labels = labels;
    this.agreements = agreements;
    this.deadlines = deadlines;
    this.limits = limits;
    this.history = history;
    this.tasks = tasks;
    this.management = management;
    this.repository = repository;
  }

  /** The case file; {@link CaseNotFoundException} for a case not in the register. */
  CaseFile of(String caseNumber, String agreementUrl) {
    CaseRegister.FileFacts facts = register.fileFacts(caseNumber);
    String stage = mediators.search(caseNumber, "", List.of(), true).stream()
        .filter(line -> line.caseNumber().equals(caseNumber)).map(CaseMediators.CaseLine::status).findFirst().orElse(null);
    CaseTimeline.Timeline timeline;
    try {
      timeline = timelines.of(caseNumber);
    } catch (CaseNotFoundException e) {
      timeline = null;
    }
    String rootId = timeline == null ? null : timeline.processInstanceId();
    CaseFacts variables = CaseFacts.of(rootVariables(rootId));
    Claims claims = new Claims(facts.claimedAmount(), facts.workerCount(), facts.collective(),
        rootId == null ? null : variables.claimDescription(), day(rootId == null ? null : variables.knownDate()),
        day(rootId == null ? null : variables.employmentEndDate()));
    boolean agreement = agreements.pdf(caseNumber).isPresent();
    return new CaseFile(caseNumber, rootId, stage, stage == null ? null : labels.stage(stage), facts.channel(),
        labels.channel(facts.channel()), facts.disputeType(), labels.disputeType(facts.disputeType()), facts.courtCaseNumber(),
        facts.receivedOn(), facts.acceptedOn(), facts.mediatorPool(), labels.mediatorPool(facts.mediatorPool()), facts.mediatorId(),
        labels.mediator(facts.mediatorId()), parties(caseNumber), claims, deadlines(facts, rootId == null ? null : variables, timeline),
        sessions.of(caseNumber), notices.of(caseNumber), uploads.of(caseNumber), UploadType.labels(), limits.maxFileSize().toBytes(),
        limits.maxPerCase(), agreement, agreement ? agreementUrl : null, timeline);
  }

  private List<PartyLine> parties(String caseNumber) {
    return register.parties(caseNumber).stream().map(p -> new PartyLine(p.role(), ROLES.getOrDefault(p.role(), p.role()), p.seq(),
        p.name(), p.idNumber() == null ? null : IdentityNumbers.mask(p.idNumber()),
        p.phone() == null ? null : MobileNumbers.mask(p.phone()), p.creditCode(), p.address(), p.legalRepresentative(),
        p.claimAmount(), p.representative(), p.representsSeq())).toList();
  }

  /** The root process's own variables (not the task-local copies), as {@link CaseFacts} reads them. */
  private Map<String, Object> rootVariables(String rootId) {
    Map<String, Object> values = new HashMap<>();
    if (rootId == null) {
      return values;
    }
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(rootId).list()) {
      if (rootId.equals(variable.getActivityInstanceId()) && variable.getTaskId() == null) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  private List<DeadlineLine> deadlines(CaseRegister.FileFacts facts, CaseFacts variables, CaseTimeline.Timeline timeline) {
    LocalDate today = Deadlines.today();
    List<DeadlineLine> lines = new ArrayList<>();
    if (facts.receivedOn() != null && facts.acceptedOn() == null && timeline != null && timeline.ended() == null) {
      LocalDate due = deadlines.periodEndDate(LocalDate.parse(facts.receivedOn()), StatutoryPeriod.ACCEPTANCE_DECISION);
      lines.add(new DeadlineLine("受理决定期限", due.toString(), "法定期限", due.isBefore(today)));
    }
    if (facts.mediationDeadline() != null) {
      LocalDate due = LocalDate.parse(facts.mediationDeadline());
      lines.add(new DeadlineLine("调解期限届满", due.toString(), "法定期限", due.isBefore(today) && timeline != null && timeline.ended() == null));
    }
    if (variables != null && variables.entrustmentDeadline() != null) {
      lines.add(new DeadlineLine("法院委派调解期限", variables.entrustmentDeadline().toString(), "法定期限",
          variables.entrustmentDeadline().isBefore(today)));
    }
    if (variables != null && variables.limitationExpiry() != null) {
      lines.add(new DeadlineLine("仲裁时效届满", variables.limitationExpiry().toString(), "仲裁时效", false));
    }
    if (timeline != null && timeline.ended() == null) {
      // a timer on a statutory date already listed (调解期限届满) is the same deadline
      for (DeadlineLine step : openSteps(timeline)) {
        boolean listed = lines.stream().anyMatch(line -> line.name().equals(step.name()) && step.at().startsWith(line.at()));
        if (!listed) {
          lines.add(step);
        }
      }
    }
    return lines;
  }

  /** The due dates of the case's open tasks and timers (of its process and the processes it called). */
  private List<DeadlineLine> openSteps(CaseTimeline.Timeline timeline) {
    Set<String> instances = new LinkedHashSet<>();
    instances.add(timeline.processInstanceId());
    timeline.steps().forEach(step -> {
      if (step.processInstanceId() != null) {
        instances.add(step.processInstanceId());
      }
    });
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ChinaTime.ZONE);
    List<DeadlineLine> lines = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).active().list()) {
      if (task.getDueDate() != null) {
        LocalDateTime due = LocalDateTime.ofInstant(task.getDueDate().toInstant(), ChinaTime.ZONE);
        lines.add(new DeadlineLine("待办：" + task.getName(), due.withNano(0).toString(), "办理期限", due.isBefore(now)));
      }
    }
    for (String instance : instances) {
      for (Job job : management.createJobQuery().processInstanceId(instance).timers().active().list()) {
        LocalDateTime due = LocalDateTime.ofInstant(job.getDuedate().toInstant(), ChinaTime.ZONE);
        lines.add(new DeadlineLine(timerName(job), due.withNano(0).toString(), "计时", due.isBefore(now)));
      }
    }
    lines.sort(Comparator.comparing(DeadlineLine::at));
    return lines;
  }

  private String timerName(Job job) {
    JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
    if (definition == null) {
      return "计时器";
    }
    FlowElement element = repository.getBpmnModelInstance(job.getProcessDefinitionId()).getModelElementById(definition.getActivityId());
    return element == null || element.getName() == null ? definition.getActivityId() : element.getName();
  }

  private static String day(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
