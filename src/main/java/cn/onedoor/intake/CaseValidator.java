package cn.onedoor.intake;

import static cn.onedoor.process.CaseVariables.*;

import cn.onedoor.api.FieldError;
import cn.onedoor.party.Amounts;
import cn.onedoor.party.CaseParty;
import cn.onedoor.party.CreditCodes;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.party.MobileNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an application as it arrives (raw values by field name, as the start form and the API
 * submit them) and turns it into a {@link CaseApplication}. The same rules as the form
 * (forms/register-case.form) and the database's columns, plus what a pattern cannot check: check
 * characters, real dates in a plausible window, a worker of working age, the read-back.
 */
public final class CaseValidator {

  public static final Set<String> CHANNELS = Set.of("window", "phone", "online", "court_entrusted", "union_referral", "hr_referral", "consultation");
  public static final Set<String> DISPUTE_TYPES = Set.of("wages", "dismissal", "social_insurance", "injury", "compensation", "contract", "hours_leave", "labour_relationship");
  /**
   * Channels where the clerk writes down an oral or paper application and must read it back to the
   * applicant (LDMAL art. 12: an oral application is recorded on the spot); online, court-entrusted
   * and consultation applications come written by someone else.
   */
  public static final Set<String> READ_BACK_CHANNELS = Set.of("window", "phone", "union_referral", "hr_referral");

  /** Lengths: the smaller of the form's maxLength and the column (case_register, case_party, ACT_RU_VARIABLE.TEXT_). */
  static final int APPLICANT_NAME_MAX = 50;        // form 50; case_register.applicant_name varchar(100)
  static final int EMPLOYER_NAME_MAX = 100;        // form 100; case_register.employer_name varchar(200)
  static final int NAME_MIN = 2;                   // form minLength of both names
  static final int DESCRIPTION_MAX = 4000;         // form 4000; a process variable's text column, varchar(4000)
  static final int DESCRIPTION_MIN = 5;            // form minLength
  static final int COURT_CASE_NUMBER_MAX = 64;     // case_register.court_case_number varchar(64)
  static final int ADDRESS_MAX = 200;             // case_party.address varchar(200)
  static final int REPRESENTATIVE_MAX = 50;        // case_party.legal_representative varchar(50)
  /** Applicants listed in one case at most (the history import's cap too); a larger dispute is registered in parts. */
  static final int APPLICANTS_MAX = 1000;
  /** LDMAL art. 7: a collective dispute has ten or more workers (十人以上 includes ten) and elects 2–5 representatives. */
  static final int COLLECTIVE_WORKERS = 10;
  static final int REPRESENTATIVES_MIN = 2;
  static final int REPRESENTATIVES_MAX = 5;
  /** A party may entrust one or two agents (Civil Procedure Law art. 61, as LDMAL art. 24 applies it). */
  static final int AGENTS_PER_PARTY = 2;
  /** Form: workerCount min 1, max 100000. */
  static final int WORKERS_MAX = 100_000;
  /** Nothing the centre hears about happened before 1950; an earlier known or end date is a typing error. */
  static final LocalDate EARLIEST_EVENT = LocalDate.of(1950, 1, 1);
  /** Labour Law art. 15: no one under 16 may be employed. */
  static final int MIN_WORKING_AGE = 16;
  static final int MAX_PLAUSIBLE_AGE = 100;
  /** A court's entrustment runs for weeks; a deadline more than a year after receipt is a typing error. */
  static final Period ENTRUSTMENT_HORIZON = Period.ofYears(1);

  private CaseValidator() {}

  /** With the default limits (received date not before 1 May 2008). */
  public static CaseApplication validate(Map<String, ?> raw, LocalDate today) {
    return validate(raw, today, IntakeLimits.defaults());
  }

  public static CaseApplication validate(Map<String, ?> raw, LocalDate today, IntakeLimits limits) {
    Object co = raw.get(CO_APPLICANTS);
    if (co == null || co instanceof List<?> none && none.isEmpty()) {
      return check(raw, today, limits);
    }
    if (raw.get(APPLICANTS) != null) {
      throw new CaseValidationException(List.of(new FieldError(CO_APPLICANTS,
          "已提交完整的申请人名单（applicants）时，不能再提交其他申请人（coApplicants）")));
    }
    if (!(co instanceof List<?> further)) {
      throw new CaseValidationException(List.of(new FieldError(CO_APPLICANTS, "其他申请人（coApplicants）应为列表")));
    }
    // the form asks the first applicant field by field and the others as rows: together they are the list
    Map<String, Object> first = new java.util.HashMap<>();
    first.put("name", raw.get(APPLICANT_NAME));
    first.put("idNumber", raw.get(APPLICANT_ID_NUMBER));
    first.put("phone", raw.get(APPLICANT_PHONE));
    first.put("representative", raw.get(APPLICANT_REPRESENTATIVE));
    List<Object> all = new ArrayList<>();
    all.add(first);
    all.addAll(further);
    Map<String, Object> merged = new java.util.HashMap<>(raw);
    merged.remove(CO_APPLICANTS);
    merged.put(APPLICANTS, all);
    try {
      return check(merged, today, limits);
    } catch (CaseValidationException e) {
      throw new CaseValidationException(e.errors().stream().map(CaseValidator::asFormRow).toList());
    }
  }

  /** {@code applicants[0].x} is the form's applicantX, {@code applicants[i].x} its further applicants' row i-1. */
  private static FieldError asFormRow(FieldError error) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^" + APPLICANTS + "\\[(\\d+)\\](?:\\.(\\w+))?$").matcher(error.field());
    if (!m.matches()) {
      return error;
    }
    int index = Integer.parseInt(m.group(1));
    if (index > 0) {
      return new FieldError(CO_APPLICANTS + "[" + (index - 1) + "]" + (m.group(2) == null ? "" : "." + m.group(2)), error.message());
    }
    String field = m.group(2) == null ? APPLICANT_NAME : FIRST_ROW_FIELDS.getOrDefault(m.group(2), APPLICANT_NAME);
    return new FieldError(field, error.message());
  }

  private static final Map<String, String> FIRST_ROW_FIELDS = Map.of("name", APPLICANT_NAME, "idNumber", APPLICANT_ID_NUMBER,
      "phone", APPLICANT_PHONE, "representative", APPLICANT_REPRESENTATIVE);

  private static CaseApplication check(Map<String, ?> raw, LocalDate today, IntakeLimits limits) {
    List<FieldError> errors = new ArrayList<>();
    Reader in = new Reader(raw, errors);

    String channel = in.required(CHANNEL, "受理渠道");
    if (channel != null && !CHANNELS.contains(channel)) {
      errors.add(new FieldError(CHANNEL, "受理渠道无效：应为 window、phone、online、court_entrusted、union_referral、hr_referral 之一"));
      channel = null;
    }
    String applicantName = in.name(APPLICANT_NAME, "申请人姓名", APPLICANT_NAME_MAX);
    String idNumber = in.required(APPLICANT_ID_NUMBER, "申请人身份证号码");
    if (idNumber != null && !IdentityNumbers.isValid(idNumber)) {
      errors.add(new FieldError(APPLICANT_ID_NUMBER, "申请人身份证号码无效：应为18位，出生日期真实，最后一位校验码正确（可为X）"));
      idNumber = null;
    }
    String phone = in.optional(APPLICANT_PHONE);
    if (phone != null && !MobileNumbers.isValid(phone)) {
      errors.add(new FieldError(APPLICANT_PHONE, "申请人手机号码无效：应为以1开头的11位数字"));
    }
    String employerName = in.name(EMPLOYER_NAME, "被申请人（用人单位）名称", EMPLOYER_NAME_MAX);
    String creditCode = in.required(EMPLOYER_CREDIT_CODE, "统一社会信用代码");
    if (creditCode != null && !CreditCodes.isValid(creditCode.toUpperCase())) {
      errors.add(new FieldError(EMPLOYER_CREDIT_CODE, "统一社会信用代码无效：应为18位，最后一位校验码正确"));
    }
    String employerPhone = in.optional(EMPLOYER_PHONE);
    if (employerPhone != null && !MobileNumbers.isValid(employerPhone)) {
      errors.add(new FieldError(EMPLOYER_PHONE, "被申请人联系电话无效：应为以1开头的11位数字"));
    }
    String disputeType = in.required(DISPUTE_TYPE, "争议类型");
    if (disputeType != null && !DISPUTE_TYPES.contains(disputeType)) {
      errors.add(new FieldError(DISPUTE_TYPE, "争议类型无效：应为 wages、dismissal、social_insurance、injury、compensation、contract、hours_leave、labour_relationship 之一"));
    }
    String amountText = in.required(CLAIM_AMOUNT, "请求金额");
    BigDecimal amount = amountText == null ? null : Amounts.parse(amountText);
    if (amountText != null && amount == null) {
      errors.add(new FieldError(CLAIM_AMOUNT, "请求金额无效：以元为单位，不得为负数，整数部分最多12位、最多两位小数，例如 12800.00"));
    }
    String description = in.text(CLAIM_DESCRIPTION, "请求事项及事实理由", DESCRIPTION_MIN, DESCRIPTION_MAX);
    int workers = in.workerCount(WORKER_COUNT, "涉及劳动者人数");
    LocalDate knownDate = in.dateWithin(KNOWN_DATE, "知道或应当知道权利被侵害之日", true, EARLIEST_EVENT, today);
    LocalDate employmentEnd = in.dateWithin(EMPLOYMENT_END_DATE, "劳动关系终止日期", false, EARLIEST_EVENT, today);
    LocalDate received = in.dateWithin(RECEIVED_DATE, "收到申请日期", false, limits.receivedDateFloor(), today);
    LocalDate receivedOn = received == null ? today : received;
    if (idNumber != null) {
      workingAge(APPLICANT_ID_NUMBER, idNumber, receivedOn, today, errors);
    }
    List<CaseParty> applicants = raw.get(APPLICANTS) == null
        ? List.of(CaseParty.applicant(1, applicantName, idNumber == null ? null : idNumber.toUpperCase(), phone, null))
        : applicants(raw.get(APPLICANTS), receivedOn, today, errors);
    if (raw.get(APPLICANTS) != null) {
      // the list's first entry is the first applicant, checked there (applicants[0].…) and not twice
      errors.removeIf(e -> FIRST_APPLICANT_FIELDS.contains(e.field()));
      if (!applicants.isEmpty() && (differs(raw.get(APPLICANT_NAME), applicants.get(0).name())
          || differs(raw.get(APPLICANT_ID_NUMBER), applicants.get(0).idNumber()))) {
        errors.add(new FieldError(APPLICANTS + "[0]", "第一位申请人与单独填写的申请人（applicantName、applicantIdNumber）不一致"));
      }
    }
    if (raw.get(APPLICANTS) != null && !applicants.isEmpty()) {
      if (in.optional(WORKER_COUNT) != null && workers != applicants.size()) {
        errors.add(new FieldError(WORKER_COUNT, "涉及劳动者人数（" + workers + "）与申请人名单（" + applicants.size()
            + "人）不一致：列出全部申请人时可不填人数"));
      }
      workers = applicants.size();
      representatives(applicants, errors);
    }
    String address = in.optional(EMPLOYER_ADDRESS);
    if (address != null && address.length() > ADDRESS_MAX) {
      errors.add(new FieldError(EMPLOYER_ADDRESS, "用人单位住所过长：最多" + ADDRESS_MAX + "个字符，现为" + address.length() + "个"));
    } else if (address != null && address.codePoints().anyMatch(Reader::isControl)) {
      errors.add(new FieldError(EMPLOYER_ADDRESS, "用人单位住所含有控制字符（如换行、制表符或不可见字符），请删除"));
    }
    String legalRepresentative = in.optional(EMPLOYER_LEGAL_REPRESENTATIVE) == null ? null
        : in.name(EMPLOYER_LEGAL_REPRESENTATIVE, "法定代表人姓名", REPRESENTATIVE_MAX);
    List<CaseParty> agents = agents(raw.get(AGENTS), applicants.size(), errors);
    if (channel != null && READ_BACK_CHANNELS.contains(channel) && !in.isTrue(APPLICATION_READ_BACK)) {
      errors.add(new FieldError(APPLICATION_READ_BACK,
          "请将登记内容向申请人宣读（或交其阅读），经申请人确认无误后勾选确认（口头或书面申请须当场记录，劳动争议调解仲裁法第十二条）"));
    }
    LocalDate entrustmentDeadline = null;
    String courtCaseNumber = null;
    if ("court_entrusted".equals(channel)) {
      courtCaseNumber = in.name(COURT_CASE_NUMBER, "法院委派案号", COURT_CASE_NUMBER_MAX);
      entrustmentDeadline = in.date(ENTRUSTMENT_DEADLINE, "法院委派调解期限", true);
      if (entrustmentDeadline != null && entrustmentDeadline.isBefore(receivedOn)) {
        errors.add(new FieldError(ENTRUSTMENT_DEADLINE, "法院委派调解期限不得早于收到申请日期"));
      } else if (entrustmentDeadline != null && entrustmentDeadline.isAfter(receivedOn.plus(ENTRUSTMENT_HORIZON))) {
        errors.add(new FieldError(ENTRUSTMENT_DEADLINE, "法院委派调解期限不得晚于收到申请之日起一年（" + receivedOn.plus(ENTRUSTMENT_HORIZON) + "）"));
      }
    }
    if (!errors.isEmpty()) {
      throw new CaseValidationException(errors);
    }
    List<CaseParty> parties = new ArrayList<>(applicants);
    parties.add(CaseParty.employer(employerName, creditCode.toUpperCase(), employerPhone, address, legalRepresentative));
    parties.addAll(agents);
    CaseParty first = applicants.get(0);
    return new CaseApplication(channel, first.name(), first.idNumber(), first.phone(), employerName,
        creditCode.toUpperCase(), employerPhone, disputeType, amount, description, workers, knownDate,
        employmentEnd, receivedOn, entrustmentDeadline, courtCaseNumber, List.copyOf(parties));
  }

  /**
   * Every applicant of the list ({@code applicants}, the first one included, whose fields also came as
   * {@code applicantName}…): checked like the first (name, check characters, working age, phone), its
   * own claim if given; no worker twice. Errors name {@code applicants[i].field}.
   */
  private static List<CaseParty> applicants(Object value, LocalDate receivedOn, LocalDate today, List<FieldError> errors) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      errors.add(new FieldError(APPLICANTS, "申请人名单（applicants）应为至少一人的列表"));
      return List.of();
    }
    if (list.size() > APPLICANTS_MAX) {
      errors.add(new FieldError(APPLICANTS, "申请人过多：一件案件最多" + APPLICANTS_MAX + "人，现为" + list.size() + "人；请分案登记"));
      return List.of();
    }
    List<CaseParty> applicants = new ArrayList<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = APPLICANTS + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> entry)) {
        errors.add(new FieldError(path, "每位申请人应为一个对象：{\"name\", \"idNumber\", \"phone\", \"claimAmount\", \"representative\"}"));
        continue;
      }
      List<FieldError> own = new ArrayList<>();
      int index = i;
      @SuppressWarnings("unchecked")
      Reader a = new Reader((Map<String, ?>) entry, own);
      String name = a.name("name", "申请人姓名", APPLICANT_NAME_MAX);
      String idNumber = a.required("idNumber", "申请人身份证号码");
      if (idNumber != null && !IdentityNumbers.isValid(idNumber)) {
        own.add(new FieldError("idNumber", "申请人身份证号码无效：应为18位，出生日期真实，最后一位校验码正确（可为X）"));
        idNumber = null;
      }
      if (idNumber != null) {
        idNumber = idNumber.toUpperCase();
        workingAge("idNumber", idNumber, receivedOn, today, own);
        Integer earlier = seen.putIfAbsent(idNumber, i);
        if (earlier != null) {
          own.add(new FieldError("idNumber", "同一劳动者在本案中重复出现：与第" + (earlier + 1) + "位申请人身份证号码相同"));
        }
      }
      String phone = a.optional("phone");
      if (phone != null && !MobileNumbers.isValid(phone)) {
        own.add(new FieldError("phone", "申请人手机号码无效：应为以1开头的11位数字"));
      }
      String claimText = a.optional("claimAmount");
      BigDecimal claim = claimText == null ? null : Amounts.parse(claimText);
      if (claimText != null && claim == null) {
        own.add(new FieldError("claimAmount", "本人请求金额无效：以元为单位，不得为负数，整数部分最多12位、最多两位小数"));
      }
      own.forEach(e -> errors.add(new FieldError(path + "." + e.field(), "第" + (index + 1) + "位申请人：" + e.message())));
      applicants.add(CaseParty.applicant(i + 1, name, idNumber, phone, claim, a.isTrue("representative")));
    }
    return applicants;
  }

  private static final Set<String> FIRST_APPLICANT_FIELDS = Set.of(APPLICANT_NAME, APPLICANT_ID_NUMBER, APPLICANT_PHONE);

  private static boolean differs(Object given, String listed) {
    return given != null && listed != null && !given.toString().trim().equalsIgnoreCase(listed);
  }

  /** LDMAL art. 7: ten or more workers (十人以上, ten included) elect two to five representatives. */
  private static void representatives(List<CaseParty> applicants, List<FieldError> errors) {
    long marked = applicants.stream().filter(CaseParty::representative).count();
    if (applicants.size() >= COLLECTIVE_WORKERS && (marked < REPRESENTATIVES_MIN || marked > REPRESENTATIVES_MAX)) {
      errors.add(new FieldError(APPLICANTS, "集体劳动争议（劳动者十人以上，本案" + applicants.size() + "人）应推举" + REPRESENTATIVES_MIN
          + "至" + REPRESENTATIVES_MAX + "名代表参加调解（劳动争议调解仲裁法第七条）：请在申请人中标记代表（representative: true），现标记" + marked + "名"));
    }
  }

  /**
   * The agents (委托代理人) of either side: a name, a phone if given; an applicant's agent may name
   * the applicant it acts for (applicantSeq, from 1). At most two agents per party (as a party may
   * entrust one or two agents, Civil Procedure Law art. 61, LDMAL art. 24).
   */
  private static List<CaseParty> agents(Object value, int applicantCount, List<FieldError> errors) {
    if (value == null) {
      return List.of();
    }
    int most = AGENTS_PER_PARTY * (applicantCount + 1);
    if (!(value instanceof List<?> list)) {
      errors.add(new FieldError(AGENTS, "委托代理人（agents）应为列表"));
      return List.of();
    }
    if (list.size() > most) {
      errors.add(new FieldError(AGENTS, "委托代理人过多：每名当事人至多委托" + AGENTS_PER_PARTY + "人，本案至多" + most + "人"));
      return List.of();
    }
    List<CaseParty> agents = new ArrayList<>();
    Map<String, Integer> perPrincipal = new java.util.HashMap<>();
    int applicantSide = 0;
    int respondentSide = 0;
    for (int i = 0; i < list.size(); i++) {
      String path = AGENTS + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> entry)) {
        errors.add(new FieldError(path, "每位委托代理人应为一个对象：{\"side\", \"name\", \"phone\", \"applicantSeq\"}"));
        continue;
      }
      List<FieldError> own = new ArrayList<>();
      @SuppressWarnings("unchecked")
      Reader a = new Reader((Map<String, ?>) entry, own);
      String side = a.required("side", "代理哪一方（side）");
      if (side != null && !"applicant".equals(side) && !"respondent".equals(side)) {
        own.add(new FieldError("side", "代理哪一方（side）应为 applicant 或 respondent"));
        side = null;
      }
      String name = a.name("name", "委托代理人姓名", APPLICANT_NAME_MAX);
      String phone = a.optional("phone");
      if (phone != null && !MobileNumbers.isValid(phone)) {
        own.add(new FieldError("phone", "委托代理人手机号码无效：应为以1开头的11位数字"));
      }
      Integer applicantSeq = null;
      String seqText = a.optional("applicantSeq");
      if (seqText != null) {
        if (!"applicant".equals(side)) {
          own.add(new FieldError("applicantSeq", "只有申请人一方的代理人可指明所代理的申请人"));
        } else if (!seqText.matches("\\d{1,4}") || Integer.parseInt(seqText) < 1 || Integer.parseInt(seqText) > applicantCount) {
          own.add(new FieldError("applicantSeq", "所代理的申请人序号应为1至" + applicantCount + "之间的整数"));
        } else {
          applicantSeq = Integer.parseInt(seqText);
        }
      }
      if (side != null) {
        String principal = side + ":" + (applicantSeq == null ? "side" : applicantSeq);
        if (perPrincipal.merge(principal, 1, Integer::sum) > AGENTS_PER_PARTY) {
          own.add(new FieldError("name", "每名当事人至多委托" + AGENTS_PER_PARTY + "名代理人"));
        }
      }
      own.forEach(e -> errors.add(new FieldError(path + "." + e.field(), "委托代理人：" + e.message())));
      if ("applicant".equals(side)) {
        agents.add(CaseParty.applicantAgent(++applicantSide, name, phone, applicantSeq));
      } else if ("respondent".equals(side)) {
        agents.add(CaseParty.respondentAgent(++respondentSide, name, phone));
      }
    }
    return agents;
  }

  /** The birth date in a valid identity number: not in the future, a worker between 16 and 100 at receipt. */
  private static void workingAge(String field, String idNumber, LocalDate receivedOn, LocalDate today, List<FieldError> errors) {
    LocalDate born = IdentityNumbers.birthDate(idNumber);
    if (born.isAfter(today)) {
      errors.add(new FieldError(field, "申请人身份证号码中的出生日期（" + born + "）晚于今天，请核对"));
      return;
    }
    int age = Period.between(born, receivedOn).getYears();
    if (age < MIN_WORKING_AGE) {
      errors.add(new FieldError(field, "申请人身份证号码显示收到申请时未满16周岁（出生于" + born + "），请核对"));
    } else if (age > MAX_PLAUSIBLE_AGE) {
      errors.add(new FieldError(field, "申请人身份证号码显示收到申请时已超过100周岁（出生于" + born + "），请核对"));
    }
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

    /** A name on one line: between the form's lengths, with a letter in it, no control or format characters. */
    String name(String field, String label, int max) {
      String value = required(field, label);
      if (value == null) {
        return null;
      }
      if (value.length() > max) {
        errors.add(new FieldError(field, label + "过长：最多" + max + "个字符，现为" + value.length() + "个"));
      } else if (value.length() < NAME_MIN) {
        errors.add(new FieldError(field, label + "过短：至少" + NAME_MIN + "个字符"));
      } else if (value.codePoints().anyMatch(Reader::isControl)) {
        errors.add(new FieldError(field, label + "含有控制字符（如换行、制表符或不可见字符），请删除"));
      } else if (value.codePoints().noneMatch(Character::isLetter)) {
        errors.add(new FieldError(field, label + "应为文字（汉字或字母），不能只有数字或符号"));
      } else {
        return value;
      }
      return null;
    }

    /** Free text: between the form's lengths; line breaks and tabs allowed, other control characters not. */
    String text(String field, String label, int min, int max) {
      String value = required(field, label);
      if (value == null) {
        return null;
      }
      if (value.length() > max) {
        errors.add(new FieldError(field, label + "过长：最多" + max + "个字符，现为" + value.length() + "个"));
      } else if (value.length() < min) {
        errors.add(new FieldError(field, label + "过短：至少" + min + "个字符"));
      } else if (value.codePoints().anyMatch(c -> c != '\n' && c != '\r' && c != '\t' && isControl(c))) {
        errors.add(new FieldError(field, label + "含有控制字符，请删除"));
      } else {
        return value;
      }
      return null;
    }

    private static boolean isControl(int codePoint) {
      int type = Character.getType(codePoint);
      // not UNASSIGNED or PRIVATE_USE: rare characters of names (生僻字) may be newer than the JDK or in a private area
      return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }

    boolean isTrue(String field) {
      Object value = raw.get(field);
      return Boolean.TRUE.equals(value) || (value instanceof String text && "true".equalsIgnoreCase(text.trim()));
    }

    int workerCount(String field, String label) {
      String value = optional(field);
      if (value == null) {
        return 1;
      }
      if (value.length() <= 20) {
        try {
          int number = new BigDecimal(value).intValueExact();
          if (number >= 1 && number <= WORKERS_MAX) {
            return number;
          }
        } catch (NumberFormatException | ArithmeticException e) {
          // reported below
        }
      }
      errors.add(new FieldError(field, label + "应为1至" + WORKERS_MAX + "之间的整数"));
      return 1;
    }

    LocalDate date(String field, String label, boolean required) {
      String value = required ? required(field, label) : optional(field);
      if (value == null) {
        return null;
      }
      // a date, or the date part of what a datetime field submits (2026-11-05T00:00:00+08:00)
      if (value.length() <= 35 && value.matches("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]{2,18}(Z|[+-]\\d{2}:?\\d{2})?)?")) {
        try {
          return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      errors.add(new FieldError(field, label + "格式无效：应为真实日期，格式 YYYY-MM-DD"));
      return null;
    }

    LocalDate dateWithin(String field, String label, boolean required, LocalDate earliest, LocalDate today) {
      LocalDate date = date(field, label, required);
      if (date == null) {
        return null;
      }
      if (date.isAfter(today)) {
        errors.add(new FieldError(field, label + "不得晚于今天（" + today + "）"));
      } else if (date.isBefore(earliest)) {
        errors.add(new FieldError(field, label + "不得早于" + earliest));
      } else {
        return date;
      }
      return null;
    }
  }
}
