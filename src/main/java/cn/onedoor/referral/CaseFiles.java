package cn.onedoor.referral;

import cn.onedoor.agreement.AgreementDocuments;
import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.process.ProcessVariables;
import cn.onedoor.process.ReferralVariables;
import cn.onedoor.reporting.CaseTimeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

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

  private final JdbcTemplate jdbc;
  private final AgreementDocuments agreements;
  private final CaseTimeline timelines;
  private final String centreName;

  CaseFiles(JdbcTemplate jdbc, AgreementDocuments agreements, CaseTimeline timelines,
      @Value("${onedoor.notification.centre-name:}") String centreName) {
    this.jdbc = jdbc;
    this.agreements = agreements;
    this.timelines = timelines;
    this.centreName = centreName.replace("【", "").replace("】", "");
  }

  /** The e-file of a case for one purpose (litigation_referral, arbitration_referral, …). */
  public ObjectNode build(String caseNumber, String purpose, ReferralVariables variables) {
    Map<String, Object> row = jdbc.queryForMap("select * from case_register where case_number = ?", caseNumber);
    ObjectNode file = JSON.createObjectNode()
        .put("schemaVersion", SCHEMA_VERSION)
        .put("caseNumber", caseNumber)
        .put("purpose", purpose)
        .put("centre", centreName)
        .put("createdAt", OffsetDateTime.now(ChinaTime.ZONE).withNano(0).toString())
        .put("channel", text(row, "channel"))
        .put("disputeType", text(row, "dispute_type"));
    putIfPresent(file, "courtCaseNumber", text(row, "court_case_number"));
    putIfPresent(file, "receivedOn", text(row, "received_on"));
    putIfPresent(file, "acceptedOn", text(row, "accepted_on"));
    parties(file.putArray("parties"), caseNumber);
    ObjectNode claims = file.putObject("claims")
        .put("amount", ((BigDecimal) value(row, "claimed_amount")).setScale(2).toPlainString())
        .put("workerCount", ((Number) value(row, "worker_count")).intValue())
        .put("collective", Boolean.TRUE.equals(value(row, "collective")));
    putIfPresent(claims, "description", variables.claimDescription());
    putIfPresent(claims, "knownDate", ProcessVariables.storedDate(variables.knownDate()));
    putIfPresent(claims, "employmentEndDate", ProcessVariables.storedDate(variables.employmentEndDate()));
    ObjectNode mediation = file.putObject("mediation");
    putIfPresent(mediation, "mediatorPool", text(row, "mediator_pool"));
    putIfPresent(mediation, "mediator", text(row, "mediator_id"));
    putIfPresent(mediation, "deadline", text(row, "mediation_deadline"));
    putIfPresent(mediation, "outcome", variables.mediationOutcome());
    sessions(mediation.putArray("sessions"), caseNumber);
    timeline(file.putArray("timeline"), caseNumber);
    documents(file.putArray("documents"), caseNumber, purpose, row);
    String correction = variables.caseFileCorrection();
    ArrayNode corrections = file.putArray("corrections");
    if (correction != null && !correction.isBlank()) {
      corrections.addObject().put("note", correction);
    }
    file.putObject("checksum").put("algorithm", "SHA-256").put("value", CanonicalJson.sha256OfFile(file));
    return file;
  }

  private void parties(ArrayNode parties, String caseNumber) {
    jdbc.query("select party_role, name, id_number, credit_code, phone from case_party where case_number = ? order by party_role",
        rs -> {
          ObjectNode party = parties.addObject()
              .put("role", rs.getString("party_role"))
              .put("name", rs.getString("name"));
          putIfPresent(party, "idNumber", rs.getString("id_number"));
          putIfPresent(party, "creditCode", rs.getString("credit_code"));
          putIfPresent(party, "phone", rs.getString("phone"));
        }, caseNumber);
  }

  private void sessions(ArrayNode sessions, String caseNumber) {
    jdbc.query("""
        select session_no, session_time, session_mode, place, result, notes, recorded_by, recorded_at
        from mediation_session where case_number = ? order by session_no""",
        rs -> {
          ObjectNode session = sessions.addObject()
              .put("number", rs.getInt("session_no"))
              .put("result", rs.getString("result"));
          putIfPresent(session, "time", rs.getString("session_time"));
          putIfPresent(session, "mode", rs.getString("session_mode"));
          putIfPresent(session, "place", rs.getString("place"));
          putIfPresent(session, "notes", rs.getString("notes"));
          putIfPresent(session, "recordedBy", rs.getString("recorded_by"));
        }, caseNumber);
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

  private void documents(ArrayNode documents, String caseNumber, String purpose, Map<String, Object> row) {
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

  private String referralLetter(String caseNumber, String purpose, Map<String, Object> row) {
    String what = switch (purpose) {
      case "litigation_referral" -> "本案经调解未能达成协议，现将案件材料移送贵院，请依法处理。";
      case "arbitration_referral" -> "本案经调解未能达成协议（或协议未履行），现将案件材料移交贵委，申请人无需重复提交材料。";
      case "payment_order_application" -> "本案调解协议约定的给付义务未按期履行，申请人依《劳动争议调解仲裁法》第十六条申请支付令，现将协议及材料一并提交。";
      case "mediation_result_report" -> "贵院委派调解的本案已调解完毕，现反馈调解结果。";
      case "judicial_confirmation_application" -> "双方当事人依《人民调解法》第三十三条共同申请司法确认调解协议，现将协议及材料一并提交。";
      case "arbitration_review_application" -> "双方当事人共同申请对调解协议进行仲裁审查确认，现将协议及材料一并提交。";
      default -> "现将案件材料移送。";
    };
    return centreName + "案件移送函\n案号：" + caseNumber + "\n申请人：" + text(row, "applicant_name")
        + "\n被申请人：" + text(row, "employer_name") + "\n" + what;
  }

  private static Object value(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value != null ? value : row.get(column.toUpperCase());
  }

  private static String text(Map<String, Object> row, String column) {
    Object value = value(row, column);
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    return value == null ? null : value.toString();
  }

  private static void putIfPresent(ObjectNode node, String name, String value) {
    if (value != null && !value.isBlank()) {
      node.put(name, value);
    }
  }
}
