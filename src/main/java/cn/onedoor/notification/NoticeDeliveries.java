package cn.onedoor.notification;

import cn.onedoor.party.CaseParty;
import cn.onedoor.party.MobileNumbers;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.register.Party;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Takes recorded notices to the gateway. A notice row that has somewhere to go is marked
 * {@code queued} and due at once, in the transaction that recorded it (the row is the outbox);
 * {@link NoticeSender} sends it later with no transaction open, retries it and finally marks it
 * {@code failed} for supervisors ({@link FailedNotices}). The case itself never waits for an SMS.
 * Rows queued before V21 (no {@code next_attempt_at}) are still sent by their {@code NoticeDelivery}
 * process instance through {@link #deliver(long)}; no new instance is started.
 */
@Service
class NoticeDeliveries {


  private static final Logger log = LoggerFactory.getLogger(NoticeDeliveries.class);

  /** A notice row as the delivery needs it. */
  record Row(long id, String caseNumber, String template, String recipientRole, String body, String status,
             String partyRole, Integer partySeq, String userId) {}

  private final JdbcTemplate jdbc;
  private final CaseRegister register;
  private final NotificationGatewayClient gateway;
  private final StaffContacts staff;
  private final Map<String, String> internalEmail;
  private final String centreName;

  NoticeDeliveries(JdbcTemplate jdbc, CaseRegister register, NotificationGatewayClient gateway, StaffContacts staff,
      @Value("${onedoor.notification.email.supervisors:}") String supervisorsEmail,
      @Value("${onedoor.notification.email.union:}") String unionEmail,
      @Value("${onedoor.notification.centre-name:}") String centreName) {
    this.jdbc = jdbc;
    this.register = register;
    this.gateway = gateway;
    this.staff = staff;
    this.internalEmail = Map.of("supervisors", supervisorsEmail, "union", unionEmail);
    this.centreName = centreName;
  }

  /** Queues one recorded notice for delivery, or marks it as having no address. */
  void queue(long noticeId, String caseNumber, Recipient recipient, String partyRole, Integer partySeq, String userId) {
    if (address(caseNumber, recipient.name().toLowerCase(), partyRole, partySeq, userId).isEmpty()) {
      jdbc.update("update notification set status = 'no_contact' where id = ?", noticeId);
      return;
    }
    jdbc.update("update notification set status = 'queued', next_attempt_at = ? where id = ?", NoticeSender.now(), noticeId);
  }

  /**
   * A notice queued before V21, sent by its {@code NoticeDelivery} job (inside the job's transaction,
   * as before); does nothing for a notice already sent (a retried job after a lost commit).
   */
  void deliver(long noticeId) {
    Row row = jdbc.queryForObject("select " + COLUMNS + " from notification where id = ?", NoticeDeliveries::row, noticeId);
    if ("sent".equals(row.status())) {
      return;
    }
    String messageId = send(row);
    jdbc.update("update notification set status = 'sent', gateway_message_id = ?, sent_at = ? where id = ?",
        messageId, OffsetDateTime.now(), noticeId);
  }

  /** The columns {@link #row} reads, in its order. */
  static final String COLUMNS = "id, case_number, template, recipient_role, body, status, party_role, party_seq, recipient_user_id";

  static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getString(7), (Integer) rs.getObject(8, Integer.class), rs.getString(9));
  }

  /**
   * Sends one notice row to the gateway (HTTP: call it with no transaction open) and returns the
   * gateway's message id; the idempotency key {@code notice:<id>} makes a second send of the same row harmless.
   */
  String send(Row row) {
    Address address = address(row.caseNumber(), row.recipientRole(), row.partyRole(), row.partySeq(), row.userId())
        .orElseThrow(() -> new IllegalStateException("通知 " + row.id() + " 没有可用的联系方式"));
    String messageId = gateway.send(address.channel(), address.to(),
        "email".equals(address.channel()) ? centreName + "案件通知 " + row.caseNumber() : null,
        PersonalDataMasking.scrub(row.body()), "notice:" + row.id(), row.caseNumber());
    log.info("Notice {} '{}' of case {} sent by {} to {} (gateway id {})", row.id(), row.template(), row.caseNumber(),
        address.channel(), address.masked(), messageId);
    return messageId;
  }

  /** Where a recipient is reached: a party's mobile by SMS, the centre's own recipients by e-mail. */
  record Address(String channel, String to) {
    String masked() {
      return "sms".equals(channel) ? MobileNumbers.mask(to) : to.replaceAll("^(.).*(@.*)$", "$1***$2");
    }
  }

  /** The addressee's phone: the party the row names, or (a row from before V12) the first party of the side. */
  private Optional<Address> address(String caseNumber, String recipientRole, String partyRole, Integer partySeq, String userId) {
    if (userId != null) {
      return staff.email(userId).map(email -> new Address("email", email));
    }
    if (partyRole != null && partySeq != null) {
      return register.party(caseNumber, partyRole, partySeq).map(CaseParty::phone).filter(MobileNumbers::isValid)
          .map(phone -> new Address("sms", phone));
    }
    return switch (recipientRole) {
      case "applicant" -> phone(caseNumber, Party.APPLICANT);
      case "respondent" -> phone(caseNumber, Party.RESPONDENT);
      default -> Optional.ofNullable(internalEmail.get(recipientRole)).filter(email -> !email.isBlank())
          .map(email -> new Address("email", email));
    };
  }

  private Optional<Address> phone(String caseNumber, String role) {
    return register.party(caseNumber, role).map(Party::phone).filter(MobileNumbers::isValid)
        .map(phone -> new Address("sms", phone));
  }
}
