package cn.onedoor.intake;

import static cn.onedoor.process.CaseVariables.*;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/cases}: an application for mediation from the online platform, a court or a referral. */
@Schema(description = "调解申请（线上、法院委派、工会或人社局转办）")
public record IntakeRequest(
    @Schema(description = "受理渠道", example = "online",
        allowableValues = {"window", "phone", "online", "court_entrusted", "union_referral", "hr_referral"}) String channel,
    @Schema(description = "收到申请日期，缺省为今天", example = "2026-11-27") String receivedDate,
    @Schema(description = "申请人（劳动者）一人时的简写；与 applicants 二选一") Applicant applicant,
    @Schema(description = "全部申请人（劳动者），按顺序，最多1000人；十人以上为集体争议，须标记2至5名推举的代表") java.util.List<Applicant> applicants,
    Employer employer,
    @Schema(description = "委托代理人（双方均可委托，每名当事人至多二人）") java.util.List<Agent> agents,
    Claim claim,
    @Schema(description = "法院委派调解（仅 court_entrusted）") Entrustment entrustment,
    @Schema(description = "已将登记内容向申请人宣读（或交其阅读）并经其确认；window、phone、union_referral、hr_referral 必须为 true（劳动争议调解仲裁法第十二条）",
        example = "true") Boolean applicationReadBack) {

  @Schema(description = "申请人（劳动者）")
  public record Applicant(
      @Schema(example = "赵小红") String name,
      @Schema(description = "居民身份证号码，18位", example = "110101199003078515") String idNumber,
      @Schema(description = "手机号码", example = "13800138000") String phone,
      @Schema(description = "本人请求金额（元，两位小数，字符串），可不填", example = "6400.00") String claimAmount,
      @Schema(description = "集体争议中推举的代表（劳动争议调解仲裁法第七条）") Boolean representative) {

    public Applicant(String name, String idNumber, String phone) {
      this(name, idNumber, phone, null, null);
    }
  }

  @Schema(description = "委托代理人")
  public record Agent(
      @Schema(description = "代理哪一方", allowableValues = {"applicant", "respondent"}) String side,
      @Schema(example = "李律师") String name,
      @Schema(description = "手机号码") String phone,
      @Schema(description = "仅申请人一方：所代理的申请人在 applicants 中的序号（从1起）；不填为代理申请人一方") Integer applicantSeq) {}

  @Schema(description = "被申请人（用人单位）")
  public record Employer(
      @Schema(example = "吉安市某某制衣有限公司") String name,
      @Schema(description = "统一社会信用代码", example = "91360802MA35L0JX7X") String creditCode,
      @Schema(description = "联系电话（手机）") String phone,
      @Schema(description = "住所", example = "江西省吉安市吉州区某某路1号") String address,
      @Schema(description = "法定代表人", example = "王某某") String legalRepresentative) {

    public Employer(String name, String creditCode, String phone) {
      this(name, creditCode, phone, null, null);
    }
  }

  @Schema(description = "请求")
  public record Claim(
      @Schema(description = "争议类型", example = "wages",
          allowableValues = {"wages", "dismissal", "social_insurance", "injury", "compensation", "contract", "hours_leave", "labour_relationship"}) String disputeType,
      @Schema(description = "请求金额（元，两位小数，字符串）", example = "12800.00") String amount,
      @Schema(description = "请求事项及事实理由", example = "拖欠2026年8月至10月工资") String description,
      @Schema(description = "涉及劳动者人数，十人以上（含十人）为集体争议", example = "1") Integer workerCount,
      @Schema(description = "知道或应当知道权利被侵害之日", example = "2026-11-01") String knownDate,
      @Schema(description = "劳动关系终止日期（如已终止）") String employmentEndDate) {}

  @Schema(description = "法院委派调解")
  public record Entrustment(
      @Schema(description = "法院案号", example = "（2026）赣0802诉前调1234号") String courtCaseNumber,
      @Schema(description = "委派调解期限", example = "2026-12-28") String deadline) {}

  /** The same variable names as the clerk's start form, so one validator serves both doors. */
  Map<String, Object> toVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHANNEL, channel);
    variables.put(RECEIVED_DATE, receivedDate);
    variables.put(APPLICATION_READ_BACK, applicationReadBack);
    Applicant first = applicants != null && !applicants.isEmpty() ? applicants.get(0) : applicant;
    if (first != null) {
      variables.put(APPLICANT_NAME, first.name());
      variables.put(APPLICANT_ID_NUMBER, first.idNumber());
      variables.put(APPLICANT_PHONE, first.phone());
    }
    if (applicants != null) {
      // every applicant travels to the party table beside the process, never as a variable (PersonalDataInTransit)
      variables.put(APPLICANTS, applicants.stream().map(a -> a == null ? null : entry(
          "name", a.name(), "idNumber", a.idNumber(), "phone", a.phone(), "claimAmount", a.claimAmount(),
          "representative", a.representative())).toList());
    } else if (applicant != null && (applicant.claimAmount() != null || applicant.representative() != null)) {
      variables.put(APPLICANTS, List.of(entry("name", applicant.name(), "idNumber", applicant.idNumber(), "phone",
          applicant.phone(), "claimAmount", applicant.claimAmount(), "representative", applicant.representative())));
    }
    if (employer != null) {
      variables.put(EMPLOYER_NAME, employer.name());
      variables.put(EMPLOYER_CREDIT_CODE, employer.creditCode());
      variables.put(EMPLOYER_PHONE, employer.phone());
      variables.put(EMPLOYER_ADDRESS, employer.address());
      variables.put(EMPLOYER_LEGAL_REPRESENTATIVE, employer.legalRepresentative());
    }
    if (agents != null) {
      variables.put(AGENTS, agents.stream().map(a -> a == null ? null : entry(
          "side", a.side(), "name", a.name(), "phone", a.phone(), "applicantSeq", a.applicantSeq())).toList());
    }
    if (claim != null) {
      variables.put(DISPUTE_TYPE, claim.disputeType());
      variables.put(CLAIM_AMOUNT, claim.amount());
      variables.put(CLAIM_DESCRIPTION, claim.description());
      variables.put(WORKER_COUNT, claim.workerCount() == null ? null : claim.workerCount().longValue());
      variables.put(KNOWN_DATE, claim.knownDate());
      variables.put(EMPLOYMENT_END_DATE, claim.employmentEndDate());
    }
    if (entrustment != null) {
      variables.put(COURT_CASE_NUMBER, entrustment.courtCaseNumber());
      variables.put(ENTRUSTMENT_DEADLINE, entrustment.deadline());
    }
    variables.values().removeIf(java.util.Objects::isNull);
    return variables;
  }

  /** Both the single applicant and the list: which one is meant cannot be told. */
  boolean bothApplicantForms() {
    return applicant != null && applicants != null;
  }

  /** A list entry as a map of its given values (a list of them may hold nulls: Map.of may not). */
  private static Map<String, Object> entry(Object... keysAndValues) {
    Map<String, Object> entry = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        entry.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return entry;
  }
}
