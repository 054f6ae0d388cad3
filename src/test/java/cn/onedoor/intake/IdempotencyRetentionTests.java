package cn.onedoor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.support.OneDoorSpringTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Idempotency-Key answers are kept for the retention (7 days) and then forgotten, so the table does not grow for ever. */
@OneDoorSpringTest
class IdempotencyRetentionTests {

  @Autowired IdempotentRequests requests;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void keysOlderThanTheRetentionAreForgottenAndYoungerOnesKept() {
    OffsetDateTime now = OffsetDateTime.now();
    String old = key(now.minusDays(7).minusMinutes(1));
    String young = key(now.minusDays(7).plusMinutes(1));

    assertThat(requests.forgetExpired(now)).isGreaterThanOrEqualTo(1);

    assertThat(exists(old)).isFalse();
    assertThat(exists(young)).isTrue();
    jdbc.update("delete from idempotent_request where idempotency_key = ?", young);
  }

  @Test
  void aRetentionShorterThanAnHourIsRefusedAtStartUp() {
    assertThatThrownBy(() -> new IdempotentRequests(jdbc, transactions, Duration.ofMinutes(5)))
        .hasMessageContaining("idempotency-retention");
  }

  private String key(OffsetDateTime created) {
    String key = "retention-" + UUID.randomUUID();
    jdbc.update("""
        insert into idempotent_request (caller, idempotency_key, request_sha256, response_status, response_body, created_at)
        values ('retention-test', ?, 'x', 201, '{}', ?)""", key, created);
    return key;
  }

  private boolean exists(String key) {
    return jdbc.queryForObject("select count(*) from idempotent_request where idempotency_key = ?", Integer.class, key) == 1;
  }
}
