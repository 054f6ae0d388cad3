package cn.onedoor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.support.CaseDriver;
import cn.onedoor.support.CaseProcessTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one notice costs the database, counted by H2's statement statistics (docs/notifications.md,
 * "Cost of a notice"): queued in the case's transaction, then one sender round. The engine's tables
 * are not touched at all; before the outbox it was 10 engine statements to queue and about 30 to
 * deliver (a process instance, its job, job log and history).
 */
@Tag("h2-only")
class NoticeCostTests extends CaseProcessTest {

  @Autowired NotificationService notices;
  @Autowired NoticeSender sender;
  @Autowired TransactionTemplate tx;

  @Test
  void oneNoticeTakesAHandfulOfStatementsOnItsOwnTableAndNoneOnTheEngines() {
    String caseNumber = driver.businessKey(driver.registerThroughStartForm(CaseDriver.walkIn()));
    sender.sendDue(caseNumber);
    for (int round = 0; round < 3; round++) {
      resetStatistics();
      tx.executeWithoutResult(s -> notices.send(new Notice(caseNumber, "collective_alert", List.of(Recipient.SUPERVISORS),
          Map.of("caseNumber", caseNumber, "workerCount", "12", "employerName", "某公司"))));
      List<String> queue = statements();
      resetStatistics();
      assertThat(sender.sendDue(caseNumber)).isEqualTo(1);
      List<String> send = statements();
      System.out.println("Notice cost, queue: " + queue.size() + " " + queue + "\nNotice cost, send: " + send.size() + " " + send);

      assertThat(queue).hasSize(2).satisfiesExactly(sql -> assertThat(sql).startsWith("insert into notification"),
          sql -> assertThat(sql).startsWith("update notification set status = 'queued'"));
      assertThat(send).noneMatch(sql -> sql.toLowerCase().contains("act_"));
      // the round's SELECT, the claim, sent recorded (the supervisors' address is configuration; a party's
      // phone would add the register's look-up)
      assertThat(send).hasSize(3).satisfiesExactlyInAnyOrder(sql -> assertThat(sql).startsWith("select id, case_number"),
          sql -> assertThat(sql).startsWith("update notification set attempts"),
          sql -> assertThat(sql).startsWith("update notification set status = 'sent'"));
    }
  }

  private void resetStatistics() {
    jdbc.execute("set query_statistics false");
    jdbc.execute("set query_statistics true");
  }

  /** Statements run since the reset, once per execution, without COMMITs, the statistics' own and the simulator's. */
  private List<String> statements() {
    List<String> statements = new ArrayList<>();
    for (Map<String, Object> row : jdbc.queryForList("select sql_statement, execution_count from information_schema.query_statistics")) {
      String sql = String.valueOf(row.get("SQL_STATEMENT")).replaceAll("\\s+", " ").trim();
      String lower = sql.toLowerCase();
      if (lower.contains("query_statistics") || lower.equals("commit") || lower.contains("simulator_request")) {
        continue;
      }
      for (long n = ((Number) row.get("EXECUTION_COUNT")).longValue(); n > 0; n--) {
        statements.add(sql.length() > 60 ? sql.substring(0, lower.startsWith("insert") ? 24 : 46) : sql);
      }
    }
    return statements;
  }
}
