package cn.onedoor.external;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of callbacks: the sender signs {@code <timestamp>.<body>} with the secret it
 * shares with us and sends {@code X-OneDoor-Timestamp: <epoch seconds>} and
 * {@code X-OneDoor-Signature: sha256=<hex>}. The timestamp is inside the signature, so a captured
 * callback cannot be replayed later with a fresh one.
 */
public final class CallbackSignatures {

  public static final String TIMESTAMP_HEADER = "X-OneDoor-Timestamp";
  public static final String SIGNATURE_HEADER = "X-OneDoor-Signature";

  private CallbackSignatures() {}

  public static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Constant-time comparison of the expected and the presented signature. */
  public static boolean matches(String secret, String timestamp, String body, String presented) {
    if (presented == null || timestamp == null) {
      return false;
    }
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, presented.trim().getBytes(StandardCharsets.US_ASCII));
  }
}
