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
 * by it without storing the number itself. The key is {@code onedoor.privacy.fingerprint-key}.
 */
@Component
public class PartyFingerprints {

  private final SecretKeySpec key;

  PartyFingerprints(@Value("${onedoor.privacy.fingerprint-key}") String key) {
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
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
