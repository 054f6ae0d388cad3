package cn.onedoor.intake;

import cn.onedoor.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} of {@code POST /api/cases} (table {@code idempotent_request}): the first
 * answer to a caller's key is stored in the very transaction that registers the case, so a case never
 * exists without its key nor a key without its case. The same key again with the same body gets that
 * answer; with another body 409. Keys belong to the caller: one client's key never shows another's answer.
 * Of two requests racing with one key (perhaps on two nodes) the primary key lets one register; the
 * other waits for it and answers from its row, or 409 while it is still running. Keys are kept for
 * {@code onedoor.intake.idempotency-retention} (7 days) and then forgotten.
 */
@Component
class IdempotentRequests {

  private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

  static final String HEADER = "Idempotency-Key";
  static final int MAX_KEY_LENGTH = 200;

  /** A stored answer: status and JSON body. */
  record Answer(int status, String body, boolean replayed) {}

  /** How often a node looks for keys past their retention: a delete per minute at most, not per request. */
  static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Duration retention;
  private final AtomicLong nextPurge = new AtomicLong();

  IdempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      @Value("${onedoor.intake.idempotency-retention:P7D}") Duration retention) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    if (retention.isNegative() || retention.compareTo(Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("onedoor.intake.idempotency-retention must be at least PT1H, was " + retention);
    }
    this.retention = retention;
  }

  /**
   * Forgets keys older than the retention ({@code onedoor.intake.idempotency-retention}, 7 days): a
   * retry that late is a new application. Runs before a new key is stored, once a minute per node at most.
   * Returns the rows removed.
   */
  int forgetExpired(OffsetDateTime now) {
    int removed = jdbc.update("delete from idempotent_request where created_at < ?", now.minus(retention));
    if (removed > 0) {
      log.info("Forgot {} Idempotency-Key answers older than {}", removed, retention);
    }
    return removed;
  }

  private void forgetExpiredNowAndThen() {
    long now = System.nanoTime();
    long due = nextPurge.get();
    if ((due == 0 || now - due >= 0) && nextPurge.compareAndSet(due, now + PURGE_INTERVAL.toNanos())) {
      forgetExpired(OffsetDateTime.now());
    }
  }

  /** 400 unless the key is 1 to 200 characters without control characters. */
  static String validKey(String key) {
    if (key == null || key.isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_idempotency_key", "Idempotency-Key 不能为空");
    }
    if (key.length() > MAX_KEY_LENGTH) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_idempotency_key",
          "Idempotency-Key 过长：最多 " + MAX_KEY_LENGTH + " 个字符");
    }
    if (key.chars().anyMatch(Character::isISOControl)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_idempotency_key", "Idempotency-Key 不能包含控制字符");
    }
    return key;
  }

  static String sha256(String canonicalBody) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBody.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The answer for this caller, key and request: the stored one, or {@code perform}'s, stored with it
   * in one transaction. {@code perform} answers the JSON body of a success with {@code status}.
   */
  Answer once(String caller, String key, String requestSha256, int status, Supplier<String> perform) {
    Answer earlier = stored(caller, key, requestSha256);
    if (earlier != null) {
      return earlier;
    }
    forgetExpiredNowAndThen();
    try {
      String body = transaction.execute(tx -> {
        jdbc.update("""
            insert into idempotent_request (caller, idempotency_key, request_sha256, response_status, response_body, created_at)
            values (?, ?, ?, 0, '', ?)""", caller, key, requestSha256, OffsetDateTime.now());
        String answer = perform.get();
        jdbc.update("update idempotent_request set response_status = ?, response_body = ? where caller = ? and idempotency_key = ?",
            status, answer, caller, key);
        return answer;
      });
      return new Answer(status, body, false);
    } catch (DuplicateKeyException e) {
      Answer first = stored(caller, key, requestSha256);
      if (first == null) {
        throw inProgress();
      }
      return first;
    }
  }

  private Answer stored(String caller, String key, String requestSha256) {
    List<Answer> rows = jdbc.query("""
        select request_sha256, response_status, response_body from idempotent_request
        where caller = ? and idempotency_key = ?""",
        (rs, n) -> {
          if (!rs.getString("request_sha256").equals(requestSha256)) {
            throw new ApiException(HttpStatus.CONFLICT, "idempotency_key_reused",
                "该 Idempotency-Key 已用于另一份不同的申请，请为新的申请使用新的键");
          }
          return new Answer(rs.getInt("response_status"), rs.getString("response_body"), true);
        }, caller, key);
    if (rows.isEmpty()) {
      return null;
    }
    if (rows.get(0).status() == 0) {
      throw inProgress();
    }
    return rows.get(0);
  }

  private static ApiException inProgress() {
    return new ApiException(HttpStatus.CONFLICT, "idempotency_key_in_progress",
        "使用相同 Idempotency-Key 的请求正在处理中，请稍后重试");
  }
}
