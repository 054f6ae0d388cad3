package cn.onedoor.referral;

import cn.onedoor.agreement.AgreementDocuments;
import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.casefile.CaseUploads;
import cn.onedoor.mediation.MediationSessions;
import cn.onedoor.party.CaseParties;
import cn.onedoor.process.ProcessVariables;
import cn.onedoor.process.ReferralVariables;
import cn.onedoor.register.CaseNotFoundException;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.reporting.CaseTimeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The case e-file (电子卷宗): one JSON document with the parties, the claims, the timeline, the
 * mediation sessions, the agreement or the referral letter, and a SHA-256 checksum over the rest
 * ({@link CanonicalJson}). The same file goes to the court and to the arbitration commission; its
 * shape is {@code schemas/case-file.schema.json}.
 */
@Service
public class CaseFiles {

  public static final String SCHEMA_VERSION = "1.0";

  /** Activity types that belong in the timeline (no gateways, no plumbing). */
  private static final Set<String> TIMELINE_TYPES = Set.of("startEvent", "userTask", "serviceTask", "businessRuleTask",
      "receiveTask", "intermediateMessageCatch", "intermediateTimer", "boundaryTimer", "boundaryError", "noneEndEvent");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseRegister register;
  private final CaseParties parties;
  private final MediationSessions sessions;
  private final AgreementDocuments agreements;
  private final CaseTimeline timelines;
  private final String centreName;
  private final CaseUploads uploads;
  private final long inlineMax;
  private final String callbackBaseUrl;

  CaseFiles(CaseRegister register, CaseParties parties, MediationSessions sessions, AgreementDocuments agreements,
      CaseTimeline timelines, @Value("${onedoor.notification.centre-name:}") String centreName, CaseUploads uploads,
      @Value("${onedoor.uploads.inline-max:2MB}") DataSize inlineMax,
      @Value("${onedoor.external.callback-base-url:}") String callbackBaseUrl) {
    this.uploads = uploads;
    this.inlineMax = inlineMax.toBytes();
    this.callbackBaseUrl = callbackBaseUrl.replaceAll("/+$", "");
    this.register = register;
    this.parties = parties;
    this.sessions = sessions;
    this.agreements = agreements;
    this.timelines = timelines;
    this.centreName = centreName.replace("【", "").replace("】", "");
  }

  /**
   * The e-file of a case for one purpose (litigation_referral, arbitration_referral, …);
   * {@link CaseNotFoundException} for a case not in the register.
   */
  public ObjectNode build(String caseNumber, String purpose, ReferralVariables variables) {
    CaseRegister.FileFacts row = register.fileFacts(caseNumber);
    ObjectNode file = JSON.createObjectNode()
        .put("schemaVersion", SCHEMA_VERSION)
        .put("caseNumber", caseNumber)
        .put("purpose", purpose)
        .put("centre", centreName)
        .put("createdAt", OffsetDateTime.now(ChinaTime.ZONE).withNano(0).toString())
        .put("channel", row.channel())
        .put("disputeType", row.disputeType());
    putIfPresent(file, "courtCaseNumber", row.courtCaseNumber());
    putIfPresent(file, "receivedOn", row.receivedOn());
    putIfPresent(file, "acceptedOn", row.acceptedOn());
    parties(file.putArray("parties"), caseNumber);
    ObjectNode claims = file.putObject("claims")
        .put("amount", row.claimedAmount().setScale(2).toPlainString())
        .put("workerCount", row.workerCount())
        .put("collective", row.collective());
    putIfPresent(claims, "description", variables.claimDescription());
    putIfPresent(claims, "knownDate", ProcessVariables.storedDate(variables.knownDate()));
    putIfPresent(claims, "employmentEndDate", ProcessVariables.storedDate(variables.employmentEndDate()));
    ObjectNode mediation = file.putObject("mediation");
    putIfPresent(mediation, "mediatorPool", row.mediatorPool());
    putIfPresent(mediation, "mediator", row.mediatorId());
    putIfPresent(mediation, "deadline", row.mediationDeadline());
    putIfPresent(mediation, "outcome", variables.mediationOutcome());
    sessions(mediation.putArray("sessions"), caseNumber);
    agreement(file, caseNumber);
    timeline(file.putArray("timeline"), caseNumber);
    documents(file.putArray("documents"), caseNumber, purpose, row);
    attachments(file.putArray("attachments"), caseNumber);
    String correction = variables.caseFileCorrection();
    ArrayNode corrections = file.putArray("corrections");
    if (correction != null && !correction.isBlank()) {
      corrections.addObject().put("note", correction);
    }
    file.putObject("checksum").put("algorithm", "SHA-256").put("value", CanonicalJson.sha256OfFile(file));
    return file;
  }

  private void parties(ArrayNode list, String caseNumber) {
    parties.of(caseNumber).forEach(p -> {
      ObjectNode party = list.addObject()
          .put("role", p.role())
          .put("seq", p.seq())
          .put("name", p.name());
      putIfPresent(party, "idNumber", p.idNumber());
      putIfPresent(party, "creditCode", p.creditCode());
      putIfPresent(party, "phone", p.phone());
      putIfPresent(party, "address", p.address());
      putIfPresent(party, "legalRepresentative", p.legalRepresentative());
      if (p.claimAmount() != null) {
        party.put("claimAmount", p.claimAmount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
      }
      if (p.representative()) {
        party.put("representative", true);
      }
      if (p.representsSeq() != null) {
        party.put("representsSeq", p.representsSeq());
      }
    });
  }

  /** The agreement in figures: number, agreed amount, what each worker (by applicant seq) is paid, what was paid. */
  private void agreement(ObjectNode file, String caseNumber) {
    agreements.summary(caseNumber).ifPresent(summary -> {
      ObjectNode agreement = file.putObject("agreement");
      putIfPresent(agreement, "number", summary.number());
      agreement.put("agreedAmount", summary.agreedAmount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
      register.performedAmount(caseNumber).ifPresent(paid ->
          agreement.put("performedAmount", paid.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()));
      ArrayNode amounts = agreement.putArray("workerAmounts");
      summary.workerAmounts().forEach(w -> amounts.addObject().put("seq", w.worker())
          .put("amount", w.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()));
    });
  }

  private void sessions(ArrayNode list, String caseNumber) {
    sessions.of(caseNumber).forEach(s -> {
      ObjectNode session = list.addObject()
          .put("number", s.number())
          .put("result", s.result());
      putIfPresent(session, "time", s.time());
      putIfPresent(session, "mode", s.mode());
      putIfPresent(session, "place", s.place());
      putIfPresent(session, "notes", s.notes());
      putIfPresent(session, "recordedBy", s.recordedBy());
    });
  }

  /** What happened, in order, across the case and its sub-processes (the case's timeline from the engine history). */
  private void timeline(ArrayNode timeline, String caseNumber) {
    timelines.of(caseNumber).steps().stream()
        .filter(step -> step.activityName() != null && TIMELINE_TYPES.contains(step.activityType()))
        .forEach(step -> {
          ObjectNode entry = timeline.addObject()
              .put("at", step.start().atZone(ChinaTime.ZONE).toOffsetDateTime().toString())
              .put("step", step.activityId())
              .put("name", step.activityName());
          putIfPresent(entry, "by", step.assignee());
        });
  }

  private void documents(ArrayNode documents, String caseNumber, String purpose, CaseRegister.FileFacts row) {
    agreements.pdf(caseNumber).ifPresent(pdf -> documents.addObject()
        .put("type", "mediation_agreement")
        .put("title", "调解协议书")
        .put("fileName", "调解协议书-" + caseNumber + ".pdf")
        .put("contentType", "application/pdf")
        .put("sha256", CanonicalJson.sha256(pdf))
        .put("base64", Base64.getEncoder().encodeToString(pdf)));
    String letter = referralLetter(caseNumber, purpose, row);
    documents.addObject()
        .put("type", "referral_letter")
        .put("title", "案件移送函")
        .put("contentType", "text/plain; charset=UTF-8")
        .put("text", letter)
        .put("sha256", CanonicalJson.sha256(letter));
  }

  /**
   * The files uploaded to the case (casefile): each with type, name, size and SHA-256; its bytes inline
   * as base64 up to {@code onedoor.uploads.inline-max}, larger ones as {@code href}, which the receiving
   * system fetches with its machine account and the file's SHA-256 (docs/handoffs.md).
   */
  private void attachments(ArrayNode list, String caseNumber) {
    for (CaseUploads.Upload upload : uploads.of(caseNumber)) {
      ObjectNode attachment = list.addObject()
          .put("id", upload.id())
          .put("type", upload.type())
          .put("title", upload.typeLabel())
          .put("fileName", upload.fileName())
          .put("contentType", upload.contentType())
          .put("size", upload.size())
          .put("sha256", upload.sha256())
          .put("uploadedAt", upload.uploadedAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime().toString());
      if (upload.size() <= inlineMax) {
        attachment.put("base64", Base64.getEncoder().encodeToString(uploads.content(caseNumber, upload.id()).orElseThrow()));
      } else {
        attachment.put("href", callbackBaseUrl + "/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20")
            + "/uploads/" + upload.id() + "?sha256=" + upload.sha256());
      }
    }
  }

  private String referralLetter(String caseNumber, String purpose, CaseRegister.FileFacts row) {
    String what = switch (purpose) {
      case "litigation_referral" -> "本案经调解未能达成协议，现将案件材料移送贵院，请依法处理。";
      case "arbitration_referral" -> "本案经调解未能达成协议（或协议未履行），现将案件材料移交贵委，申请人无需重复提交材料。";
      case "payment_order_application" -> "本案调解协议约定的给付义务未按期履行，申请人依《劳动争议调解仲裁法》第十六条申请支付令，现将协议及材料一并提交。";
      case "mediation_result_report" -> "贵院委派调解的本案已调解完毕，现反馈调解结果。";
      case "judicial_confirmation_application" -> "双方当事人依《人民调解法》第三十三条共同申请司法确认调解协议，现将协议及材料一并提交。";
      case "arbitration_review_application" -> "双方当事人共同申请对调解协议进行仲裁审查确认，现将协议及材料一并提交。";
      default -> "现将案件材料移送。";
    };
    return centreName + "案件移送函\n案号：" + caseNumber + "\n申请人：" + row.applicantName()
        + "\n被申请人：" + row.employerName() + "\n" + what;
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null && !value.isBlank()) {
      node.put(name, value);
    }
  }
}
