package cn.onedoor.intake;

import cn.onedoor.api.FieldError;
import cn.onedoor.party.CaseParties;
import cn.onedoor.party.CaseParty;
import cn.onedoor.party.CreditCodes;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.MobileNumbers;
import cn.onedoor.register.CaseRegister;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A returning applicant or employer offered at intake (issue 14): the particulars given in the
 * latest earlier case and that person's or employer's open cases, the duplicate warning. For intake
 * clerks and administrators only (WebSecurityConfig). An applicant is found only by the full, valid
 * identity number the clerk has in front of them; the answer never carries identity numbers, and
 * gives the phone both in full (to fill the form) and masked (to read out for confirmation).
 * An employer's particulars are its registered business data.
 */
@RestController
class PartyLookupController {

  static final int NAME_MAX = 100;

  record Applicant(String name, String phone, String phoneMasked) {}

  record Employer(String name, String creditCode, String address, String legalRepresentative, String phone,
                  String phoneMasked) {}

  /** {@code earlierCases}: latest first, at most {@link CaseParties#EARLIER_NAMED}; {@code openCases}: those not closed. */
  record Lookup(Applicant applicant, Employer employer, List<String> earlierCases, List<String> openCases) {}

  private final CaseParties parties;
  private final CaseRegister register;

  PartyLookupController(CaseParties parties, CaseRegister register) {
    this.parties = parties;
    this.register = register;
  }

  @GetMapping("/api/parties/lookup")
  @Operation(summary = "查找曾登记的当事人", description = "按申请人居民身份证号码（idNumber，完整18位）、用人单位统一社会信用代码（creditCode）"
      + "或用人单位全称（employerName）三者之一，查找以前案件中登记的当事人信息及其未结案件；仅限受理窗口和系统管理员")
  Lookup lookup(@RequestParam(name = "idNumber", required = false) String idNumber,
                @RequestParam(name = "creditCode", required = false) String creditCode,
                @RequestParam(name = "employerName", required = false) String employerName) {
    int given = (idNumber != null ? 1 : 0) + (creditCode != null ? 1 : 0) + (employerName != null ? 1 : 0);
    if (given != 1) {
      throw invalid("idNumber", "请只填写一项查找条件：申请人居民身份证号码、统一社会信用代码或用人单位全称。");
    }
    if (idNumber != null) {
      String id = idNumber.trim().toUpperCase();
      if (!IdentityNumbers.isValid(id)) {
        throw invalid("idNumber", "居民身份证号码不正确：应为18位，最后一位可为X，校验码须正确。");
      }
      List<CaseParties.Earlier> found = parties.applicantsWithIdNumber(id);
      Applicant applicant = found.isEmpty() ? null : applicant(found.get(0).party());
      return answer(applicant, null, found);
    }
    if (creditCode != null) {
      String code = creditCode.trim().toUpperCase();
      if (!CreditCodes.isValid(code)) {
        throw invalid("creditCode", "统一社会信用代码不正确：应为18位，校验码须正确。");
      }
      List<CaseParties.Earlier> found = parties.employersWithCreditCode(code);
      return answer(null, found.isEmpty() ? null : employer(found.get(0).party()), found);
    }
    String name = employerName.trim();
    int length = name.codePointCount(0, name.length());
    if (length < 2 || length > NAME_MAX || name.codePoints().anyMatch(Character::isISOControl)) {
      throw invalid("employerName", "用人单位名称应为2至" + NAME_MAX + "个字，不含控制字符。");
    }
    List<CaseParties.Earlier> found = parties.employersNamed(name);
    return answer(null, found.isEmpty() ? null : employer(found.get(0).party()), found);
  }

  private Lookup answer(Applicant applicant, Employer employer, List<CaseParties.Earlier> found) {
    List<String> cases = found.stream().map(CaseParties.Earlier::caseNumber).distinct().toList();
    List<String> open = new ArrayList<>();
    for (String caseNumber : cases) {
      if (register.exists(caseNumber) && !register.isClosed(caseNumber)) {
        open.add(caseNumber);
      }
    }
    return new Lookup(applicant, employer, cases, open);
  }

  private static Applicant applicant(CaseParty p) {
    return new Applicant(p.name(), p.phone(), p.phone() == null ? null : MobileNumbers.mask(p.phone()));
  }

  private static Employer employer(CaseParty p) {
    return new Employer(p.name(), p.creditCode(), p.address(), p.legalRepresentative(), p.phone(),
        p.phone() == null ? null : MobileNumbers.mask(p.phone()));
  }

  private static CaseValidationException invalid(String field, String message) {
    return new CaseValidationException(List.of(new FieldError(field, message)));
  }
}
