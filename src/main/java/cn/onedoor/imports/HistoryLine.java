package cn.onedoor.imports;

import cn.onedoor.api.FieldError;
import cn.onedoor.intake.CaseApplication;
import cn.onedoor.intake.CaseRegistrationService;
import cn.onedoor.intake.CaseValidationException;
import cn.onedoor.party.Amounts;
import cn.onedoor.party.CaseParty;
import cn.onedoor.register.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One closed case of a centre's earlier register, as a line of the import: checked like intake
 * (the same {@code CaseValidator}, check characters included, on the first applicant and the
 * employer) plus every further applicant and the facts of the case's end. Field names in errors
 * are the line's own ({@code applicants[1].idNumber}, {@code claim.amount}).
 */
final class HistoryLine {

  /** The outcomes a closed case of the register can have (a consultation is no case). */
  static final Set<Outcome> OUTCOMES = Set.of(Outcome.SETTLED, Outcome.SETTLED_AFTER_DEFERRED_PERFORMANCE,
      Outcome.NOT_ACCEPTED, Outcome.WITHDRAWN, Outcome.REFERRED_TO_ARBITRATION, Outcome.AWARD_RECEIVED,
      Outcome.REFERRED_TO_COURT, Outcome.PAYMENT_ORDER);
  static final Set<String> FIELDS = Set.of("caseNumber", "channel", "receivedDate", "applicants", "applicant", "employer",
      "claim", "acceptedDate", "outcome", "closedDate", "agreementDate", "agreedAmount", "performanceMode",
      "courtCaseNumber", "entrustmentDeadline");
  static final Set<String> APPLICANT_FIELDS = Set.of("name", "idNumber", "phone", "claimAmount");
  static final Set<String> EMPLOYER_FIELDS = Set.of("name", "creditCode", "address", "legalRepresentative", "phone");
  static final Set<String> CLAIM_FIELDS = Set.of("disputeType", "amount", "description", "knownDate", "employmentEndDate");
  /** Applicants of one case at most (a collective dispute of a whole workshop; the intake's workerCount goes higher). */
  static final int APPLICANTS_MAX = 1000;
  static final int ORIGINAL_NUMBER_MAX = 64;   // case_register.original_case_number
  static final int ADDRESS_MAX = 200;          // case_party.address
  static final int REPRESENTATIVE_MAX = 50;    // case_party.legal_representative

  /** The intake's field names, as the line spells them. */
  private static final Map<String, String> INTAKE_FIELDS = Map.ofEntries(
      Map.entry("applicantName", "applicants[0].name"), Map.entry("applicantIdNumber", "applicants[0].idNumber"),
      Map.entry("applicantPhone", "applicants[0].phone"), Map.entry("employerName", "employer.name"),
      Map.entry("employerCreditCode", "employer.creditCode"), Map.entry("employerPhone", "employer.phone"),
      Map.entry("disputeType", "claim.disputeType"), Map.entry("claimAmount", "claim.amount"),
      Map.entry("claimDescription", "claim.description"), Map.entry("knownDate", "claim.knownDate"),
      Map.entry("employmentEndDate", "claim.employmentEndDate"), Map.entry("workerCount", "applicants"));

  record Checked(CaseApplication application, List<CaseParty> applicants, CaseParty employer,
                 CaseRegistrationService.ClosedFacts facts, String originalNumber) {}

  private final JsonNode line;
  private final List<FieldError> errors = new ArrayList<>();
  private CaseRegistrationService intake;
  private Map<String, Object> intakeFields;
  private LocalDate today;

  private HistoryLine(JsonNode line) {
    this.line = line;
  }

  /** The line checked, or {@link CaseValidationException} with every error of the line. */
  static Checked check(JsonNode line, CaseRegistrationService intake, LocalDate today) {
    return new HistoryLine(line).check(intake, today);
  }

  private Checked check(CaseRegistrationService intake, LocalDate today) {
    if (line == null || !line.isObject()) {
      throw new CaseValidationException(List.of(new FieldError("line", "每行应为一个 JSON 对象（一件已结案件）")));
    }
    unknownFields(line, FIELDS, "");
    JsonNode applicantsNode = line.has("applicants") ? line.get("applicants")
        : line.has("applicant") ? line.path("applicant").isObject() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(line.get("applicant")) : line.get("applicant")
        : null;
    List<JsonNode> applicants = new ArrayList<>();
    if (applicantsNode == null || !applicantsNode.isArray() || applicantsNode.isEmpty()) {
      errors.add(new FieldError("applicants", "请填写申请人（劳动者）：applicants 为至少一人的列表"));
    } else if (applicantsNode.size() > APPLICANTS_MAX) {
      errors.add(new FieldError("applicants", "申请人过多：一件案件最多 " + APPLICANTS_MAX + " 人"));
    } else {
      applicantsNode.forEach(applicants::add);
    }
    JsonNode employer = object("employer", EMPLOYER_FIELDS);
    JsonNode claim = object("claim", CLAIM_FIELDS);
    String originalNumber = text(line, "caseNumber");
    if (originalNumber != null && (originalNumber.length() > ORIGINAL_NUMBER_MAX || originalNumber.isBlank())) {
      errors.add(new FieldError("caseNumber", "原案号过长：最多 " + ORIGINAL_NUMBER_MAX + " 个字符"));
    }

    // the first applicant, the employer and the claim: exactly intake's checks
    Map<String, Object> intakeFields = new HashMap<>();
    put(intakeFields, "channel", text(line, "channel"));
    put(intakeFields, "receivedDate", text(line, "receivedDate"));
    put(intakeFields, "courtCaseNumber", text(line, "courtCaseNumber"));
    put(intakeFields, "entrustmentDeadline", text(line, "entrustmentDeadline"));
    JsonNode first = applicants.isEmpty() ? null : applicants.get(0);
    if (first != null && first.isObject()) {
      put(intakeFields, "applicantName", text(first, "name"));
      put(intakeFields, "applicantIdNumber", text(first, "idNumber"));
      put(intakeFields, "applicantPhone", text(first, "phone"));
    }
    put(intakeFields, "employerName", text(employer, "name"));
    put(intakeFields, "employerCreditCode", text(employer, "creditCode"));
    put(intakeFields, "employerPhone", text(employer, "phone"));
    put(intakeFields, "disputeType", text(claim, "disputeType"));
    put(intakeFields, "claimAmount", text(claim, "amount"));
    put(intakeFields, "claimDescription", text(claim, "description"));
    put(intakeFields, "knownDate", text(claim, "knownDate"));
    put(intakeFields, "employmentEndDate", text(claim, "employmentEndDate"));
    intakeFields.put("workerCount", (long) Math.max(applicants.size(), 1));
    if (text(line, "receivedDate") == null) {
      errors.add(new FieldError("receivedDate", "请填写收到申请日期（原登记簿的日期）"));
    }
    // the register was read back and signed when the case was received; an import does not repeat it
    intakeFields.put("applicationReadBack", true);
    CaseApplication application = null;
    try {
      application = intake.validate(intakeFields, today);
    } catch (CaseValidationException e) {
      e.errors().forEach(error -> errors.add(new FieldError(INTAKE_FIELDS.getOrDefault(error.field(), error.field()), error.message())));
    }

    this.intake = intake;
    this.intakeFields = intakeFields;
    this.today = today;
    List<CaseParty> parties = applicants(applicants);
    CaseParty employerParty = employer(employer);
    CaseRegistrationService.ClosedFacts facts = facts(application == null ? null : application.receivedDate(), today);
    if (!errors.isEmpty()) {
      throw new CaseValidationException(errors);
    }
    return new Checked(application, parties, employerParty, facts, originalNumber);
  }

  private List<CaseParty> applicants(List<JsonNode> applicants) {
    List<CaseParty> parties = new ArrayList<>();
    Set<String> idNumbers = new HashSet<>();
    for (int i = 0; i < applicants.size(); i++) {
      JsonNode a = applicants.get(i);
      String path = "applicants[" + i + "]";
      if (!a.isObject()) {
        errors.add(new FieldError(path, "每位申请人应为一个对象：{\"name\", \"idNumber\", \"phone\", \"claimAmount\"}"));
        continue;
      }
      unknownFields(a, APPLICANT_FIELDS, path + ".");
      String name = text(a, "name");
      String idNumber = text(a, "idNumber");
      String phone = text(a, "phone");
      String ownClaim = text(a, "claimAmount");
      if (i > 0) {
        furtherApplicant(path, name, idNumber, phone);
      }
      if (idNumber != null && !idNumbers.add(idNumber.toUpperCase())) {
        errors.add(new FieldError(path + ".idNumber", "同一申请人在本案中重复出现"));
      }
      BigDecimal own = null;
      if (ownClaim != null) {
        own = Amounts.parse(ownClaim);
        if (own == null) {
          errors.add(new FieldError(path + ".claimAmount", "个人请求金额无效：以元为单位，不得为负数，最多两位小数"));
        }
      }
      parties.add(CaseParty.applicant(i + 1, name, idNumber == null ? null : idNumber.toUpperCase(), phone, own));
    }
    return parties;
  }

  /**
   * A further applicant, checked by intake's own rules for the first applicant (name, control
   * characters, identity number with its check character, working age at receipt, phone): the line's
   * fields with this worker in the first applicant's place; only the applicant's errors count.
   */
  private void furtherApplicant(String path, String name, String idNumber, String phone) {
    Map<String, Object> asFirst = new HashMap<>(intakeFields);
    asFirst.remove("applicantName");
    asFirst.remove("applicantIdNumber");
    asFirst.remove("applicantPhone");
    put(asFirst, "applicantName", name);
    put(asFirst, "applicantIdNumber", idNumber);
    put(asFirst, "applicantPhone", phone);
    try {
      intake.validate(asFirst, today);
    } catch (CaseValidationException e) {
      e.errors().stream().filter(error -> error.field().startsWith("applicant") && !error.field().startsWith("applicants"))
          .forEach(error -> errors.add(new FieldError(path + "." + APPLICANT_SUFFIX.getOrDefault(error.field(), error.field()),
              error.message())));
    }
  }

  private static final Map<String, String> APPLICANT_SUFFIX = Map.of("applicantName", "name", "applicantIdNumber", "idNumber",
      "applicantPhone", "phone");

  private CaseParty employer(JsonNode employer) {
    String address = text(employer, "address");
    String representative = text(employer, "legalRepresentative");
    if (address != null && address.length() > ADDRESS_MAX) {
      errors.add(new FieldError("employer.address", "用人单位住所过长：最多 " + ADDRESS_MAX + " 个字"));
    }
    if (representative != null && representative.length() > REPRESENTATIVE_MAX) {
      errors.add(new FieldError("employer.legalRepresentative", "法定代表人姓名过长：最多 " + REPRESENTATIVE_MAX + " 个字"));
    }
    String creditCode = text(employer, "creditCode");
    return CaseParty.employer(text(employer, "name"), creditCode == null ? null : creditCode.toUpperCase(), text(employer, "phone"),
        address, representative);
  }

  /** How the case ended: dates in order (received ≤ accepted ≤ agreement ≤ closed ≤ today), an agreement where the outcome has one. */
  private CaseRegistrationService.ClosedFacts facts(LocalDate received, LocalDate today) {
    Outcome outcome = null;
    String outcomeCode = text(line, "outcome");
    if (outcomeCode == null) {
      errors.add(new FieldError("outcome", "请填写结案方式（outcome）"));
    } else {
      try {
        outcome = Outcome.fromCode(outcomeCode);
      } catch (IllegalArgumentException e) {
        outcome = null;
      }
      if (outcome == null || !OUTCOMES.contains(outcome)) {
        errors.add(new FieldError("outcome", "结案方式无效：应为 settled、settled_after_deferred_performance、not_accepted、withdrawn、"
            + "referred_to_arbitration、award_received、referred_to_court、payment_order 之一"));
        outcome = null;
      }
    }
    LocalDate accepted = date("acceptedDate", "受理日期");
    LocalDate closed = date("closedDate", "结案日期");
    LocalDate agreement = date("agreementDate", "协议签订日期");
    if (closed == null && absent("closedDate")) {
      errors.add(new FieldError("closedDate", "请填写结案日期"));
    }
    if (accepted == null && absent("acceptedDate") && outcome != null && outcome != Outcome.NOT_ACCEPTED) {
      errors.add(new FieldError("acceptedDate", "请填写受理日期（不予受理的案件除外）"));
    }
    if (accepted != null && outcome == Outcome.NOT_ACCEPTED) {
      errors.add(new FieldError("acceptedDate", "不予受理的案件没有受理日期"));
    }
    notBefore("acceptedDate", "受理日期", accepted, received, "收到申请日期");
    notBefore("agreementDate", "协议签订日期", agreement, accepted != null ? accepted : received, accepted != null ? "受理日期" : "收到申请日期");
    notBefore("closedDate", "结案日期", closed, agreement != null ? agreement : accepted != null ? accepted : received,
        agreement != null ? "协议签订日期" : accepted != null ? "受理日期" : "收到申请日期");
    for (var dated : List.of(Map.entry("acceptedDate", accepted == null ? LocalDate.MIN : accepted),
        Map.entry("agreementDate", agreement == null ? LocalDate.MIN : agreement), Map.entry("closedDate", closed == null ? LocalDate.MIN : closed))) {
      if (dated.getValue().isAfter(today)) {
        errors.add(new FieldError(dated.getKey(), "日期不能晚于今天（" + today + "）"));
      }
    }

    boolean settled = outcome == Outcome.SETTLED || outcome == Outcome.SETTLED_AFTER_DEFERRED_PERFORMANCE;
    String amountText = text(line, "agreedAmount");
    String mode = text(line, "performanceMode");
    BigDecimal amount = amountText == null ? null : Amounts.parse(amountText);
    if (amountText != null && amount == null) {
      errors.add(new FieldError("agreedAmount", "协议金额无效：以元为单位，不得为负数，最多两位小数"));
    }
    boolean hasAgreement = agreement != null || amountText != null || mode != null;
    if (settled || hasAgreement) {
      if (agreement == null && absent("agreementDate")) {
        errors.add(new FieldError("agreementDate", "达成调解协议的案件请填写协议签订日期"));
      }
      if (amountText == null) {
        errors.add(new FieldError("agreedAmount", "达成调解协议的案件请填写协议金额"));
      }
      if (mode == null) {
        errors.add(new FieldError("performanceMode", "达成调解协议的案件请填写履行方式：on_the_spot 或 deferred"));
      } else if (!mode.equals("on_the_spot") && !mode.equals("deferred")) {
        errors.add(new FieldError("performanceMode", "履行方式无效：应为 on_the_spot（当场履行）或 deferred（约定期限履行）"));
      } else if (outcome == Outcome.SETTLED && !mode.equals("on_the_spot")) {
        errors.add(new FieldError("performanceMode", "结案方式为 settled（调解结案，当场履行）的，履行方式应为 on_the_spot"));
      } else if (outcome == Outcome.SETTLED_AFTER_DEFERRED_PERFORMANCE && !mode.equals("deferred")) {
        errors.add(new FieldError("performanceMode", "结案方式为 settled_after_deferred_performance（按期履行）的，履行方式应为 deferred"));
      }
      if (outcome == Outcome.NOT_ACCEPTED || outcome == Outcome.WITHDRAWN) {
        errors.add(new FieldError("agreementDate", "不予受理或撤回的案件没有调解协议"));
      }
    }
    Boolean onTheSpot = mode == null ? null : mode.equals("on_the_spot");
    return new CaseRegistrationService.ClosedFacts(accepted, agreement, amount, hasAgreement ? onTheSpot : null, outcome, closed);
  }

  private void notBefore(String field, String label, LocalDate date, LocalDate earliest, String earliestLabel) {
    if (date != null && earliest != null && date.isBefore(earliest)) {
      errors.add(new FieldError(field, label + "不能早于" + earliestLabel + "（" + earliest + "）"));
    }
  }

  private LocalDate date(String field, String label) {
    String value = text(line, field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, label + "格式无效：应为 YYYY-MM-DD"));
      return null;
    }
  }

  /** No value given (missing, null or blank): a value that is there but malformed is reported by its parser. */
  private boolean absent(String field) {
    JsonNode value = line.get(field);
    return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank());
  }

  private JsonNode object(String field, Set<String> known) {
    JsonNode node = line.get(field);
    if (node == null || node.isNull()) {
      errors.add(new FieldError(field, "请填写 " + field));
      return null;
    }
    if (!node.isObject()) {
      errors.add(new FieldError(field, field + " 应为一个对象"));
      return null;
    }
    unknownFields(node, known, field + ".");
    return node;
  }

  private void unknownFields(JsonNode node, Set<String> known, String prefix) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        errors.add(new FieldError(prefix + abbreviate(name), "未知字段：请对照导入说明（docs/import-history.md）检查拼写"));
      }
    }
  }

  /** A field's text; numbers are taken as they are written, other types are an error. */
  private String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      String text = value.asText().strip();
      return text.isEmpty() ? null : text;
    }
    if (value.isNumber()) {
      return value.asText();
    }
    errors.add(new FieldError(field, "字段 " + field + " 应为文字或数字"));
    return null;
  }

  private static void put(Map<String, Object> fields, String name, String value) {
    if (value != null) {
      fields.put(name, value);
    }
  }

  private static String abbreviate(String name) {
    return name.length() > 40 ? name.substring(0, 40) + "…" : name;
  }
}
