package cn.onedoor.notification;

import cn.onedoor.party.MobileNumbers;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.register.Party;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Renders each notice and stores it, one row per recipient (template, masked recipient, text), in
 * the engine's transaction: a notice exists exactly when the step that sent it committed. Used as
 * the test double, and in the demo until the SMS/e-mail gateway is configured.
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
    String body = templates.render(notice.template(), notice.values());
    for (Recipient recipient : notice.recipients()) {
      String address = maskedAddress(notice.caseNumber(), recipient);
      jdbc.update("""
          insert into notification (case_number, template, recipient_role, channel, recipient_masked, body, created_at)
          values (?, ?, ?, ?, ?, ?, ?)""",
          notice.caseNumber(), notice.template(), recipient.name().toLowerCase(), recipient.channel(), address, body,
          OffsetDateTime.now());
      log.info("Notice '{}' for case {} to {} {}", notice.template(), notice.caseNumber(), recipient, address);
    }
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
