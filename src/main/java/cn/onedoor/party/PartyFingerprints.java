package cn.onedoor.party;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A keyed fingerprint (HMAC-SHA256) of an identity number: the register matches a worker's cases
 * by it without storing the number itself. The key is {@code onedoor.privacy.fingerprint-key}; where
 * {@code onedoor.privacy.fingerprint-key-required} is set (postgres profile) start-up stops with
 * {@link WeakFingerprintKeyException} while it is the public demo key, empty or short.
 */
@Component
public class PartyFingerprints {

  /** The key of the demo profile, public in the repository. */
  static final String DEMO_KEY = "onedoor-demo-fingerprint-key";
  /** 32 characters: at least 128 bits even for a key of hex digits, beyond any guessing. */
  static final int MINIMUM_KEY_LENGTH = 32;

  private final SecretKeySpec key;

  PartyFingerprints(@Value("${onedoor.privacy.fingerprint-key:}") String key,
                    @Value("${onedoor.privacy.fingerprint-key-required:false}") boolean ownKeyRequired) {
    String given = key == null ? "" : key.trim();
    if (ownKeyRequired) {
      requireOwnKey(given);
    }
    if (given.isEmpty()) {
      throw new WeakFingerprintKeyException("the key is empty");
    }
    this.key = new SecretKeySpec(given.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  static void requireOwnKey(String key) {
    if (key.isEmpty()) {
      throw new WeakFingerprintKeyException("the key is empty");
    }
    if (DEMO_KEY.equals(key)) {
      throw new WeakFingerprintKeyException("the key is the public demo key '" + DEMO_KEY + "'");
    }
    if (key.length() < MINIMUM_KEY_LENGTH) {
      throw new WeakFingerprintKeyException("the key has " + key.length() + " characters, fewer than " + MINIMUM_KEY_LENGTH);
    }
  }

  public String of(String identityNumber) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(identityNumber.toUpperCase().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
