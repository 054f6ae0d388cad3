package cn.onedoor.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The notices of one case as recorded and delivered (table {@code notification}), for the case file
 * (案件卷宗): to whom, by which channel, the text with identity numbers and phones masked, and
 * whether it went out. Read only; the caller decides who may read the case.
 */
@Service
public class SentNotices {

  /** One notice; {@code status} recorded, queued, sent or no_contact; {@code sentAt} null until sent. */
  public record SentNotice(long id, String template, String recipientRole, String recipientLabel, String channel,
                           String recipientMasked, String text, String status, String statusLabel, OffsetDateTime createdAt,
                           OffsetDateTime sentAt) {}

  private static final Map<String, String> RECIPIENTS = Map.of("applicant", "申请人", "respondent", "被申请人",
      "mediator", "调解员", "supervisors", "中心负责人", "union", "工会");
  private static final Map<String, String> STATUSES = Map.of("recorded", "已记录", "queued", "待发送", "sent", "已发送",
      "no_contact", "无联系方式（需书面通知）");

  private final JdbcTemplate jdbc;

  SentNotices(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The case's notices, oldest first. */
  public List<SentNotice> of(String caseNumber) {
    return jdbc.query("""
        select id, template, recipient_role, channel, recipient_masked, body, status, created_at, sent_at
        from notification where case_number = ? order by created_at, id""",
        (rs, i) -> new SentNotice(rs.getLong(1), rs.getString(2), rs.getString(3),
            RECIPIENTS.getOrDefault(rs.getString(3), rs.getString(3)), rs.getString(4), rs.getString(5),
            PersonalDataMasking.scrub(rs.getString(6)), rs.getString(7), STATUSES.getOrDefault(rs.getString(7), rs.getString(7)),
            rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)), caseNumber);
  }
}
