package cn.onedoor.intake;

import static cn.onedoor.process.CaseVariables.*;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.HashMap;
import java.util.Map;

/** {@code POST /api/cases}: an application for mediation from the online platform, a court or a referral. */
@Schema(description = "调解申请（线上、法院委派、工会或人社局转办）")
public record IntakeRequest(
    @Schema(description = "受理渠道", example = "online",
        allowableValues = {"window", "phone", "online", "court_entrusted", "union_referral", "hr_referral"}) String channel,
    @Schema(description = "收到申请日期，缺省为今天", example = "2026-11-27") String receivedDate,
    Applicant applicant,
    Employer employer,
    Claim claim,
    @Schema(description = "法院委派调解（仅 court_entrusted）") Entrustment entrustment,
    @Schema(description = "已将登记内容向申请人宣读（或交其阅读）并经其确认；window、phone、union_referral、hr_referral 必须为 true（劳动争议调解仲裁法第十二条）",
        example = "true") Boolean applicationReadBack) {

  @Schema(description = "申请人（劳动者）")
  public record Applicant(
      @Schema(example = "赵小红") String name,
      @Schema(description = "居民身份证号码，18位", example = "110101199003078515") String idNumber,
      @Schema(description = "手机号码", example = "13800138000") String phone) {}

  @Schema(description = "被申请人（用人单位）")
  public record Employer(
      @Schema(example = "吉安市某某制衣有限公司") String name,
      @Schema(description = "统一社会信用代码", example = "91360802MA35L0JX7X") String creditCode,
      @Schema(description = "联系电话（手机）") String phone) {}

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
    if (applicant != null) {
      variables.put(APPLICANT_NAME, applicant.name());
      variables.put(APPLICANT_ID_NUMBER, applicant.idNumber());
      variables.put(APPLICANT_PHONE, applicant.phone());
    }
    if (employer != null) {
      variables.put(EMPLOYER_NAME, employer.name());
      variables.put(EMPLOYER_CREDIT_CODE, employer.creditCode());
      variables.put(EMPLOYER_PHONE, employer.phone());
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
}
