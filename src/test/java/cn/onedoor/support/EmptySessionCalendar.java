package cn.onedoor.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test on the shared context starts with an empty session calendar (tables session_slot and
 * session_booking): the scenario tests schedule their sessions at the same few times in the same
 * room as the same mediator, and a case of an earlier test still waiting at 记录调解情况 would hold
 * that slot. A test that books twice within itself still meets the calendar's refusal.
 */
public class EmptySessionCalendar implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    JdbcTemplate jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
    jdbc.update("delete from session_slot");
    jdbc.update("delete from session_booking");
  }
}
