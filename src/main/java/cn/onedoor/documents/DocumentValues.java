package cn.onedoor.documents;

import cn.onedoor.agreement.DisputeCauses;
import cn.onedoor.party.Amounts;
import cn.onedoor.party.CaseParty;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.MobileNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The placeholders a template may use, as text ready to print: dates as 2026年12月2日, amounts as
 * 8600.50元, codes as their Chinese words. The same names in every document (docs/documents.md lists
 * them); each document adds its own. A value that is not known is empty, never "null".
 */
final class DocumentValues {

  private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private DocumentValues() {}

  /** What every document offers. */
  static Map<String, Object> common(CaseDocumentFacts.Facts facts, String centreName, String documentTitle, LocalDate today) {
    Map<String, Object> values = new LinkedHashMap<>();
    var file = facts.register();
    values.put("centreName", centreName);
    values.put("documentTitle", documentTitle);
    values.put("caseNumber", facts.caseNumber());
    values.put("today", date(today));
    values.put("receivedDate", date(file.receivedOn()));
    values.put("acceptedDate", date(facts.acceptedOn()));
    values.put("mediationDeadline", date(file.mediationDeadline()));
    values.put("disputeType", DisputeCauses.labels().getOrDefault(file.disputeType(), "劳动争议"));
    values.put("claimAmount", amount(file.claimedAmount()));
    values.put("courtCaseNumber", file.courtCaseNumber());
    values.put("workerCount", file.workerCount());
    values.put("collective", file.collective());
    values.put("mediatorName", facts.mediatorName());
    List<CaseParty> applicants = facts.applicants();
    values.put("applicants", applicants.stream().map(DocumentValues::applicant).toList());
    values.put("applicantNames", String.join("、", applicants.stream().map(CaseParty::name).toList()));
    values.put("employer", employer(facts.employer().orElse(CaseParty.employer(file.employerName(), null, null, null, null))));
    List<Map<String, Object>> agents = facts.parties().stream().filter(CaseParty::isAgent).map(a -> agent(a, applicants)).toList();
    values.put("agents", agents);
    values.put("hasAgents", !agents.isEmpty());
    return values;
  }

  static Map<String, Object> applicant(CaseParty p) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("seq", p.seq());
    values.put("name", p.name());
    values.put("idNumber", p.idNumber() == null ? null : p.idNumber().toUpperCase());
    values.put("idNumberMasked", p.idNumber() == null ? null : IdentityNumbers.mask(p.idNumber()));
    values.put("phoneMasked", p.phone() == null ? null : MobileNumbers.mask(p.phone()));
    values.put("claimAmount", amount(p.claimAmount()));
    values.put("representative", p.representative());
    return values;
  }

  static Map<String, Object> employer(CaseParty p) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", p.name());
    values.put("creditCode", p.creditCode());
    values.put("address", p.address());
    values.put("legalRepresentative", p.legalRepresentative());
    values.put("phoneMasked", p.phone() == null ? null : MobileNumbers.mask(p.phone()));
    return values;
  }

  private static Map<String, Object> agent(CaseParty agent, List<CaseParty> applicants) {
    String actsFor = CaseParty.RESPONDENT_AGENT.equals(agent.role()) ? "被申请人"
        : applicants.stream().filter(a -> agent.representsSeq() != null && a.seq() == agent.representsSeq())
            .findFirst().map(a -> "申请人" + a.name()).orElse("申请人一方");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", agent.name());
    values.put("actsFor", actsFor);
    return values;
  }

  /** 2026年12月2日; empty for no date. */
  static String date(LocalDate day) {
    return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  static String date(String isoDay) {
    return isoDay == null || isoDay.isBlank() ? "" : date(LocalDate.parse(isoDay.substring(0, 10)));
  }

  /** {@code 2026-12-10T09:30} (the schedule form's value) as 2026年12月10日9时30分; what does not parse, as given. */
  static String dateTime(String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    try {
      LocalDateTime time = LocalDateTime.parse(value.length() > 16 ? value.substring(0, 16) : value);
      return date(time.toLocalDate()) + time.getHour() + "时" + (time.getMinute() == 0 ? "" : String.format("%02d分", time.getMinute()));
    } catch (RuntimeException e) {
      return value;
    }
  }

  /** 8600.50元; empty for no amount. */
  static String amount(BigDecimal yuan) {
    return yuan == null ? "" : Amounts.format(yuan) + "元";
  }

  /** 1 → 一, 12 → 十二, 21 → 二十一 (up to 99). */
  static String numeral(int n) {
    if (n <= 10) {
      return NUMERALS[Math.max(n, 0)];
    }
    int tens = n / 10;
    int units = n % 10;
    return (tens == 1 ? "" : NUMERALS[tens]) + "十" + (units == 0 ? "" : NUMERALS[units]);
  }

  static String mode(String code) {
    if (code == null) {
      return "";
    }
    return switch (code) {
      case "in_person" -> "现场调解";
      case "cloud" -> "云调解";
      default -> code;
    };
  }

  /** Why mediation ended, as the certificate says it. */
  static String endReason(CaseDocumentFacts.Ending ending, String mediationDeadline) {
    return switch (ending.reason()) {
      case "no_agreement" -> "经本中心主持调解，双方当事人未能达成调解协议";
      case "employer_absent" -> "被申请人经本中心通知，无正当理由未到场参加调解";
      case "expired" -> "自本中心收到调解申请之日起至调解期限届满（" + mediationDeadline + "），双方当事人未能达成调解协议";
      case "employer_refused" -> "被申请人不同意调解";
      default -> "调解未能达成协议";
    };
  }
}
