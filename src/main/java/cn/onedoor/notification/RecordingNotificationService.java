package cn.onedoor.notification;

import cn.onedoor.party.MobileNumbers;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.party.CaseParty;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * Renders each notice and stores it, one row per recipient (template, masked recipient, text), in
 * the engine's transaction: a notice exists exactly when the step that sent it committed. On its
 * own it is the test double; {@link DeliveringNotificationService} records through it and then
 * hands each row to the SMS/e-mail gateway.
 */
@Service
class RecordingNotificationService implements NotificationService {

  private static final Logger log = LoggerFactory.getLogger(RecordingNotificationService.class);

  private final NotificationTemplates templates;
  private final CaseRegister register;
  private final JdbcTemplate jdbc;

  private final StaffContacts staff;

  RecordingNotificationService(NotificationTemplates templates, CaseRegister register, JdbcTemplate jdbc, StaffContacts staff) {
    this.templates = templates;
    this.register = register;
    this.jdbc = jdbc;
    this.staff = staff;
  }

  @Override
  public void send(Notice notice) {
    record(notice);
  }

  /** A stored notice row: for whom ({@code partyRole}/{@code partySeq} null for the centre's own recipients). */
  record Recorded(long id, Recipient recipient, String partyRole, Integer partySeq, String userId) {}

  /** A party a notice to a side goes to, with its phone if it has one; or a member of staff ({@code userId}, her e-mail). */
  record Addressee(String partyRole, Integer partySeq, String phone, String userId, String email) {
    Addressee(String partyRole, Integer partySeq, String phone) {
      this(partyRole, partySeq, phone, null, null);
    }
  }

  /**
   * Stores one row per addressee: for the applicants' side every applicant (one without a phone gets
   * a row saying it needs a written notice) and each agent of that side with a phone; for the
   * respondent the employer's contact and each of its agents with a phone; the centre's own
   * recipients once each. Returns the rows in the order of the recipients.
   */
  List<Recorded> record(Notice notice) {
    String body = PersonalDataMasking.scrub(templates.render(notice.template(), notice.values()));
    List<Recorded> rows = new ArrayList<>();
    List<CaseParty> parties = notice.recipients().stream().anyMatch(r -> "sms".equals(r.channel()))
        ? register.parties(notice.caseNumber()) : List.of();
    for (Recipient recipient : notice.recipients()) {
      List<Addressee> addressees = recipient == Recipient.MEDIATOR ? mediator(notice.caseNumber()) : addressees(recipient, parties);
      for (Addressee addressee : addressees) {
        String address = addressee.phone() != null ? MobileNumbers.mask(addressee.phone())
            : switch (recipient) {
              case SUPERVISORS -> "中心负责人";
              case UNION -> "县总工会";
              case MEDIATOR -> addressee.email() != null ? StaffContacts.mask(addressee.email())
                  : "（承办调解员 " + addressee.userId() + " 无电子邮箱）";
              default -> "（无手机号码，需书面通知）";
            };
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
          PreparedStatement insert = connection.prepareStatement("""
              insert into notification (case_number, template, recipient_role, channel, recipient_masked, body, created_at,
                party_role, party_seq, recipient_user_id)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
          insert.setString(1, notice.caseNumber());
          insert.setString(2, notice.template());
          insert.setString(3, recipient.name().toLowerCase());
          insert.setString(4, recipient.channel());
          insert.setString(5, address);
          insert.setString(6, body);
          insert.setObject(7, OffsetDateTime.now());
          insert.setString(8, addressee.partyRole());
          insert.setObject(9, addressee.partySeq(), java.sql.Types.INTEGER);
          insert.setString(10, addressee.userId());
          return insert;
        }, key);
        rows.add(new Recorded(key.getKey().longValue(), recipient, addressee.partyRole(), addressee.partySeq(), addressee.userId()));
        log.info("Notice '{}' for case {} to {} {}{}", notice.template(), notice.caseNumber(), recipient,
            addressee.partyRole() == null ? "" : addressee.partyRole() + "#" + addressee.partySeq() + " ", address);
      }
    }
    return rows;
  }

  /** The case's mediator (承办人) with her e-mail; none for a case that has no mediator yet. */
  private List<Addressee> mediator(String caseNumber) {
    String userId = register.keepers(caseNumber).map(CaseRegister.Keepers::mediatorId).orElse(null);
    if (userId == null) {
      return List.of();
    }
    return List.of(new Addressee(null, null, null, userId, staff.email(userId).orElse(null)));
  }

  /** Who of the case's parties a recipient stands for (the centre's own recipients: themselves). */
  static List<Addressee> addressees(Recipient recipient, List<CaseParty> parties) {
    String principal = switch (recipient) {
      case APPLICANT -> CaseParty.APPLICANT;
      case RESPONDENT -> CaseParty.RESPONDENT;
      default -> null;
    };
    if (principal == null) {
      return List.of(new Addressee(null, null, null));
    }
    String agent = recipient == Recipient.APPLICANT ? CaseParty.APPLICANT_AGENT : CaseParty.RESPONDENT_AGENT;
    List<Addressee> addressees = new ArrayList<>();
    for (CaseParty p : parties) {
      boolean hasPhone = p.phone() != null && MobileNumbers.isValid(p.phone());
      if (principal.equals(p.role())) {
        addressees.add(new Addressee(p.role(), p.seq(), hasPhone ? p.phone() : null));
      } else if (agent.equals(p.role()) && hasPhone) {
        addressees.add(new Addressee(p.role(), p.seq(), p.phone()));
      }
    }
    if (addressees.stream().noneMatch(a -> principal.equals(a.partyRole()))) {
      addressees.add(0, new Addressee(null, null, null)); // a case without that party: the row says it needs a written notice
    }
    return addressees;
  }

}
