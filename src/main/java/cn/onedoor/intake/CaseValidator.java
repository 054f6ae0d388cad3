package cn.onedoor.intake;

import cn.onedoor.party.Amounts;
import cn.onedoor.party.CreditCodes;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.MobileNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an application as it arrives (raw values by field name, as the start form and the API
 * submit them) and turns it into a {@link CaseApplication}. The same rules as the forms' patterns,
 * plus what a pattern cannot check: check characters, real dates, dates not in the future.
 */
public final class CaseValidator {

  public static final Set<String> CHANNELS = Set.of("window", "phone", "online", "court_entrusted", "union_referral", "hr_referral", "consultation");
  public static final Set<String> DISPUTE_TYPES = Set.of("wages", "dismissal", "social_insurance", "injury", "compensation", "contract", "hours_leave", "labour_relationship");

  private CaseValidator() {}

  public static CaseApplication validate(Map<String, ?> raw, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    Reader in = new Reader(raw, errors);

    String channel = in.required("channel", "受理渠道");
    if (channel != null && !CHANNELS.contains(channel)) {
      errors.add(new FieldError("channel", "受理渠道无效：" + channel));
    }
    String applicantName = in.required("applicantName", "申请人姓名");
    String idNumber = in.required("applicantIdNumber", "申请人身份证号码");
    if (idNumber != null && !IdentityNumbers.isValid(idNumber)) {
      errors.add(new FieldError("applicantIdNumber", "申请人身份证号码无效：应为18位，出生日期真实，最后一位校验码正确（可为X）"));
    }
    String phone = in.optional("applicantPhone");
    if (phone != null && !MobileNumbers.isValid(phone)) {
      errors.add(new FieldError("applicantPhone", "申请人手机号码无效：应为以1开头的11位数字"));
    }
    String employerName = in.required("employerName", "被申请人（用人单位）名称");
    String creditCode = in.required("employerCreditCode", "统一社会信用代码");
    if (creditCode != null && !CreditCodes.isValid(creditCode.toUpperCase())) {
      errors.add(new FieldError("employerCreditCode", "统一社会信用代码无效：应为18位，最后一位校验码正确"));
    }
    String employerPhone = in.optional("employerPhone");
    if (employerPhone != null && !MobileNumbers.isValid(employerPhone)) {
      errors.add(new FieldError("employerPhone", "被申请人联系电话无效：应为以1开头的11位数字"));
    }
    String disputeType = in.required("disputeType", "争议类型");
    if (disputeType != null && !DISPUTE_TYPES.contains(disputeType)) {
      errors.add(new FieldError("disputeType", "争议类型无效：" + disputeType));
    }
    String amountText = in.required("claimAmount", "请求金额");
    BigDecimal amount = amountText == null ? null : Amounts.parse(amountText);
    if (amountText != null && amount == null) {
      errors.add(new FieldError("claimAmount", "请求金额无效：以元为单位，不得为负数，最多两位小数，例如 12800.00"));
    }
    String description = in.required("claimDescription", "请求事项及事实理由");
    int workers = in.positiveInt("workerCount", "涉及劳动者人数", 1);
    LocalDate knownDate = in.pastDate("knownDate", "知道或应当知道权利被侵害之日", true, today);
    LocalDate employmentEnd = in.pastDate("employmentEndDate", "劳动关系终止日期", false, today);
    LocalDate received = in.pastDate("receivedDate", "收到申请日期", false, today);
    LocalDate entrustmentDeadline = null;
    String courtCaseNumber = null;
    if ("court_entrusted".equals(channel)) {
      courtCaseNumber = in.required("courtCaseNumber", "法院委派案号");
      entrustmentDeadline = in.date("entrustmentDeadline", "法院委派调解期限", true);
      if (entrustmentDeadline != null && entrustmentDeadline.isBefore(received == null ? today : received)) {
        errors.add(new FieldError("entrustmentDeadline", "法院委派调解期限不得早于收到申请日期"));
      }
    }
    if (!errors.isEmpty()) {
      throw new CaseValidationException(errors);
    }
    return new CaseApplication(channel, applicantName.trim(), idNumber.toUpperCase(), phone, employerName.trim(),
        creditCode.toUpperCase(), employerPhone, disputeType, amount, description.trim(), workers, knownDate,
        employmentEnd, received == null ? today : received, entrustmentDeadline, courtCaseNumber);
  }

  /** Reads raw values, recording a Chinese message for each missing or malformed one. */
  private record Reader(Map<String, ?> raw, List<FieldError> errors) {

    String optional(String field) {
      Object value = raw.get(field);
      return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    String required(String field, String label) {
      String value = optional(field);
      if (value == null) {
        errors.add(new FieldError(field, "请填写" + label));
      }
      return value;
    }

    int positiveInt(String field, String label, int fallback) {
      String value = optional(field);
      if (value == null) {
        return fallback;
      }
      try {
        int number = new BigDecimal(value).intValueExact();
        if (number >= 1) {
          return number;
        }
      } catch (NumberFormatException | ArithmeticException e) {
        // reported below
      }
      errors.add(new FieldError(field, label + "应为不小于1的整数"));
      return fallback;
    }

    LocalDate date(String field, String label, boolean required) {
      String value = required ? required(field, label) : optional(field);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(field, label + "格式无效：应为 YYYY-MM-DD"));
        return null;
      }
    }

    LocalDate pastDate(String field, String label, boolean required, LocalDate today) {
      LocalDate date = date(field, label, required);
      if (date != null && date.isAfter(today)) {
        errors.add(new FieldError(field, label + "不得晚于今天（" + today + "）"));
      }
      return date;
    }
  }
}
