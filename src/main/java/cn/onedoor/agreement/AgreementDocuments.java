package cn.onedoor.agreement;

import cn.onedoor.party.Amounts;
import cn.onedoor.register.CaseRegister;
import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The mediation agreement (调解协议书, LDMAL art. 14): its text in the customary order, stored with
 * the case, and the register's agreed amount and performance mode.
 */
@Service
public class AgreementDocuments {

  private final JdbcTemplate jdbc;
  private final CaseRegister register;

  AgreementDocuments(JdbcTemplate jdbc, CaseRegister register) {
    this.jdbc = jdbc;
    this.register = register;
  }

  /** Stores the agreement and returns its document id. */
  public String create(AgreementTerms terms) {
    String id = "AGR-" + UUID.randomUUID();
    jdbc.update("""
        insert into agreement_document (id, case_number, agreed_amount, items, performance_mode, performance_due_on, body, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?)""",
        id, terms.caseNumber(), terms.agreedAmount(), terms.items(), terms.onTheSpot() ? "on_the_spot" : "deferred",
        terms.dueDate() == null ? null : Date.valueOf(terms.dueDate()), text(terms), OffsetDateTime.now());
    register.recordAgreement(terms.caseNumber(), terms.agreedAmount(), terms.onTheSpot(), terms.signedOn());
    return id;
  }

  public String body(String documentId) {
    return jdbc.queryForObject("select body from agreement_document where id = ?", String.class, documentId);
  }

  static String text(AgreementTerms terms) {
    String performance = terms.onTheSpot()
        ? "被申请人于本协议签订时当场向申请人履行完毕。"
        : "被申请人应于" + terms.dueDate() + "前向申请人履行完毕。";
    return """
        调解协议书
        案号：%s
        申请人：%s
        被申请人：%s
        经本中心主持调解，双方当事人自愿达成如下协议：
        一、%s
        二、被申请人向申请人支付人民币%s元。
        三、%s
        本协议自双方当事人签名（盖章）、调解员签名并加盖调解组织印章之日起生效。
        申请人（签名）：          被申请人（盖章）：          调解员（签名）：
        （调解组织印章）
        %s
        """.formatted(terms.caseNumber(), terms.applicantName(), terms.employerName(), terms.items(),
        Amounts.format(terms.agreedAmount()), performance, terms.signedOn());
  }
}
