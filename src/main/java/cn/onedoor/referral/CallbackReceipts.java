package cn.onedoor.referral;

import cn.onedoor.api.ApiException;
import cn.onedoor.external.ExternalSystem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed callbacks already applied (table {@code callback_receipt}): the same callback sent again
 * (same system, path, timestamp and signature) within the tolerance gets the first answer and changes
 * nothing. The receipt row is inserted before the message is correlated, in one transaction with it:
 * of two nodes racing with the same callback, the second waits on the primary key until the first
 * commits and then answers from its row; a callback that failed (404, 409, 410) leaves no row. A callback
 * kept for later ({@link CallbackInbox}) has a row whose answer names its inbound message.
 */
@Component
class CallbackReceipts {

  /** What a callback answered, and whether this was the first time. */
  record Answer(CallbackInbox.Received delivered, boolean replayed) {}

  private static final Logger log = LoggerFactory.getLogger(CallbackReceipts.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  CallbackReceipts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The receipt key: SHA-256 of system, canonical path, timestamp and signature. */
  static String key(ExternalSystem system, String path, String timestamp, String signature) {
    return CanonicalJson.sha256(system.id() + "\n" + path + "\n" + timestamp + "\n" + signature);
  }

  Answer once(String key, ExternalSystem system, String caseNumber, String message, Duration tolerance,
              Supplier<CallbackInbox.Received> apply) {
    forgetOlderThan(tolerance.multipliedBy(2));
    CallbackInbox.Received earlier = find(key);
    if (earlier != null) {
      return new Answer(earlier, true);
    }
    try {
      CallbackInbox.Received delivered = transaction.execute(status -> {
        jdbc.update("""
            insert into callback_receipt (receipt_key, system, case_number, message, response_body, received_at)
            values (?, ?, ?, ?, '', ?)""", key, system.id(), caseNumber, message, OffsetDateTime.now());
        CallbackInbox.Received result = apply.get();
        jdbc.update("update callback_receipt set response_body = ? where receipt_key = ?", json(result), key);
        return result;
      });
      return new Answer(delivered, false);
    } catch (DuplicateKeyException e) {
      // another request (perhaps on the other node) applied this very callback meanwhile
      CallbackInbox.Received first = find(key);
      if (first == null) {
        throw new ApiException(HttpStatus.CONFLICT, "callback_in_progress", "相同的回调正在处理中，请稍后重试");
      }
      return new Answer(first, true);
    }
  }

  private CallbackInbox.Received find(String key) {
    List<String> bodies = jdbc.queryForList("select response_body from callback_receipt where receipt_key = ?", String.class, key);
    if (bodies.isEmpty() || bodies.get(0).isEmpty()) {
      return null;
    }
    try {
      return JSON.readValue(bodies.get(0), CallbackInbox.Received.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("callback_receipt " + key + " holds no answer", e);
    }
  }

  private void forgetOlderThan(Duration age) {
    int removed = jdbc.update("delete from callback_receipt where received_at < ?", OffsetDateTime.now().minus(age));
    if (removed > 0) {
      log.debug("Forgot {} callback receipts older than {}", removed, age);
    }
  }

  private static String json(CallbackInbox.Received delivered) {
    try {
      return JSON.writeValueAsString(delivered);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
