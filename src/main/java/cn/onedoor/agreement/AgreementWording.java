package cn.onedoor.agreement;

import cn.onedoor.party.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording of the mediation agreement (调解协议书), in one place: the PDF ({@link AgreementPdf})
 * lays these sentences out and the stored text ({@link AgreementDocuments#text}) joins them, so the
 * two never differ in what they say. The PDF names the parties with their full particulars; the text
 * names them without identity numbers, birth dates and phones (PIPL: the text is what lists and logs
 * may show).
 *
 * <p>Terms are numbered once: the mediator's items may come numbered in any customary way
 * (一、 1. （三） 2）), on lines of their own or run together on one line; each becomes one term, its
 * own number dropped, and the system's terms (what each worker is paid, the performance) follow on
 * in the same count.
 */
final class AgreementWording {

  static final String TITLE = "调解协议书";
  static final String FACTS_HEADING = "争议事实：";
  static final String EFFECT = "本协议自双方当事人签名或盖章、调解员签名并加盖调解组织印章后生效（《中华人民共和国劳动争议调解仲裁法》第十四条）。"
      + "本协议一式三份，双方当事人各执一份，调解组织留存一份。";
  static final List<String> SIGNATURES = List.of("申请人（签名）：", "被申请人（盖章）：", "调解员（签名）：");

  private static final String NUMERAL = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})";
  /** A number at the start of an item: 一、 1、 1. 1． （一） (1) 1） — but not a figure such as 1.5万元. */
  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^\\s*(?:[（(]" + NUMERAL + "[)）]|" + NUMERAL + "(?:[、)）]|[.．](?![0-9])))\\s*");
  /**
   * A number inside a line that starts the next item: after the end of a sentence or clause (。；;，,
   * or a space) — 一、甲；二、乙 — so that 支付3、4月工资 keeps its 3、.
   */
  private static final Pattern INLINE_NUMBER =
      Pattern.compile("(?<=[。；;！!？?\\s])\\s*(?=(?:[（(]" + NUMERAL + "[)）]|" + NUMERAL + "(?:[、)）]|[.．](?![0-9]))))");
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  private AgreementWording() {}

  /** 劳调协〔2026〕第12号 (the agreement's own number), or the case number when it has none. */
  static String number(AgreementDocumentData data) {
    return data.agreementNumber() == null ? data.caseNumber() : data.agreementNumber();
  }

  static String caseNumberLine(AgreementDocumentData data) {
    return "案号：" + data.caseNumber();
  }

  /**
   * The parties, one a line: each worker followed by the agents acting for them, the agents of the
   * workers' side, the employer, its agents. {@code particulars}: with gender, birth date, identity
   * number, address and phone (the PDF); without (the stored text).
   */
  static List<String> parties(AgreementDocumentData data, boolean particulars) {
    List<String> lines = new ArrayList<>();
    for (AgreementDocumentData.Worker w : data.workers()) {
      String name = w.name() + (w.representative() ? "（代表人）" : "");
      lines.add("申请人：" + (particulars
          ? joined(name, w.gender(), w.birthDate() == null ? null : chineseDate(w.birthDate()) + "出生",
              labelled("公民身份号码", w.idNumber()), labelled("住址", w.address()), labelled("联系电话", w.phone()))
          : joined(name)));
      data.agents().stream().filter(a -> !a.employerSide() && a.forWorker() != null && a.forWorker() == w.seq())
          .forEach(a -> lines.add(agent(a, "申请人" + w.name(), particulars)));
    }
    data.agents().stream()
        .filter(a -> !a.employerSide() && (a.forWorker() == null || data.workers().stream().noneMatch(w -> w.seq() == a.forWorker())))
        .forEach(a -> lines.add(agent(a, data.workers().size() > 1 ? "申请人一方" : "申请人", particulars)));
    AgreementDocumentData.Employer e = data.employer();
    lines.add("被申请人：" + joined(e.name(), labelled("统一社会信用代码", e.creditCode()), labelled("住所", e.address()),
        labelled("法定代表人", e.legalRepresentative()), particulars ? labelled("联系电话", e.phone()) : null));
    data.agents().stream().filter(AgreementDocumentData.Agent::employerSide)
        .forEach(a -> lines.add(agent(a, "被申请人", particulars)));
    return lines;
  }

  private static String agent(AgreementDocumentData.Agent agent, String principal, boolean particulars) {
    return "委托代理人：" + joined(agent.name() + "（" + principal + "的委托代理人）",
        particulars ? labelled("联系电话", agent.phone()) : null);
  }

  static String cause(AgreementDocumentData data) {
    return "案由：" + data.cause();
  }

  static List<String> facts(AgreementDocumentData data) {
    return lines(data.claimDescription());
  }

  static String preamble(String centreName) {
    return "经" + (centreName == null || centreName.isBlank() ? "本中心" : centreName)
        + "主持调解，双方当事人在平等自愿的基础上达成如下协议：";
  }

  /**
   * The terms, numbered once (一、二、…): the mediator's items, then what each worker is paid, then
   * the performance. A payment to several workers is one term with a line per worker ((一) (二) …).
   */
  static List<String> terms(AgreementDocumentData data) {
    List<String> terms = new ArrayList<>();
    List<String> items = items(data.items());
    int n = 0;
    for (String item : items) {
      terms.add(numeral(++n) + "、" + endSentence(item));
    }
    BigDecimal total = data.agreedAmount();
    if (total != null && total.signum() > 0) {
      if (data.workers().size() <= 1) {
        terms.add(numeral(++n) + "、被申请人向申请人支付人民币" + money(total) + "。");
      } else {
        terms.add(numeral(++n) + "、被申请人向申请人共计支付人民币" + money(total) + "，其中：");
        List<AgreementDocumentData.Worker> workers = data.workers();
        for (int i = 0; i < workers.size(); i++) {
          AgreementDocumentData.Worker w = workers.get(i);
          BigDecimal amount = w.amount() == null ? BigDecimal.ZERO : w.amount();
          terms.add("（" + numeral(i + 1) + "）向申请人" + w.name() + "支付人民币" + money(amount)
              + (i == workers.size() - 1 ? "。" : "；"));
        }
      }
    }
    terms.add(numeral(++n) + "、" + (data.onTheSpot()
        ? "被申请人于本协议签订时当场履行上述义务。"
        : "被申请人应于" + chineseDate(data.dueDate()) + "前履行完毕上述义务。"));
    return terms;
  }

  /** 12,800.00 written as 12800.00元（大写：人民币壹万贰仟捌佰元整）. */
  private static String money(BigDecimal amount) {
    return Amounts.format(amount) + "元（大写：人民币" + AmountInCapitals.of(amount) + "）";
  }

  /**
   * The mediator's items, one a term, their own numbers dropped: split at line ends and at a number
   * that follows the end of a sentence or clause.
   */
  static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    for (String line : lines(text)) {
      for (String part : INLINE_NUMBER.split(line)) {
        String item = LEADING_NUMBER.matcher(part).replaceFirst("").strip();
        item = item.replaceAll("[；;，,]$", "");
        if (!item.isEmpty()) {
          items.add(item);
        }
      }
    }
    return items;
  }

  static String effect() {
    return EFFECT;
  }

  /** 2026年9月25日. */
  static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  static String numeral(int n) {
    if (n <= 10) {
      return NUMERALS[n - 1];
    }
    if (n < 100) {
      return (n >= 20 ? NUMERALS[n / 10 - 1] : "") + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10 - 1]);
    }
    return String.valueOf(n);
  }

  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static String endSentence(String text) {
    return text.matches(".*[。！？.!?]$") ? text : text + "。";
  }

  private static String joined(String name, String... details) {
    StringBuilder text = new StringBuilder(name == null ? "" : name);
    for (String detail : details) {
      if (detail != null && !detail.isBlank()) {
        text.append('，').append(detail);
      }
    }
    return text.append('。').toString();
  }

  private static String labelled(String label, String value) {
    return value == null || value.isBlank() ? null : label + "：" + value;
  }
}
