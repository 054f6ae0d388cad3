package cn.onedoor.notification;

import cn.onedoor.party.MobileNumbers;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.register.Party;
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

  RecordingNotificationService(NotificationTemplates templates, CaseRegister register, JdbcTemplate jdbc) {
    this.templates = templates;
    this.register = register;
    this.jdbc = jdbc;
  }

  @Override
  public void send(Notice notice) {
    record(notice);
  }

  /** Stores one row per recipient; returns their ids in the order of the recipients. */
  List<Long> record(Notice notice) {
    String body = PersonalDataMasking.scrub(templates.render(notice.template(), notice.values()));
    List<Long> ids = new ArrayList<>();
    for (Recipient recipient : notice.recipients()) {
      String address = maskedAddress(notice.caseNumber(), recipient);
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement("""
            insert into notification (case_number, template, recipient_role, channel, recipient_masked, body, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
        insert.setString(1, notice.caseNumber());
        insert.setString(2, notice.template());
        insert.setString(3, recipient.name().toLowerCase());
        insert.setString(4, recipient.channel());
        insert.setString(5, address);
        insert.setString(6, body);
        insert.setObject(7, OffsetDateTime.now());
        return insert;
      }, key);
      ids.add(key.getKey().longValue());
      log.info("Notice '{}' for case {} to {} {}", notice.template(), notice.caseNumber(), recipient, address);
    }
    return ids;
  }

  private String maskedAddress(String caseNumber, Recipient recipient) {
    return switch (recipient) {
      case APPLICANT -> phoneOf(caseNumber, Party.APPLICANT);
      case RESPONDENT -> phoneOf(caseNumber, Party.RESPONDENT);
      case SUPERVISORS -> "中心负责人";
      case UNION -> "县总工会";
    };
  }

  private String phoneOf(String caseNumber, String role) {
    return register.party(caseNumber, role)
        .map(Party::phone)
        .filter(phone -> phone != null && !phone.isBlank())
        .map(MobileNumbers::mask)
        .orElse("（无手机号码，需书面通知）");
  }
}
