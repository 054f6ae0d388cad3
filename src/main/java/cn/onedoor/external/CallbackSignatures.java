package cn.onedoor.external;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.web.util.UriUtils;

/**
 * HMAC-SHA256 signatures of callbacks. The sender signs the canonical string
 *
 * <pre>
 * &lt;METHOD&gt; "\n" &lt;path&gt; "\n" &lt;timestamp&gt; "\n" &lt;body&gt;
 * </pre>
 *
 * (UTF-8; the body as its raw bytes) with the secret it shares with us and sends
 * {@code X-OneDoor-Timestamp: <epoch seconds>} and {@code X-OneDoor-Signature: sha256=<hex>}. METHOD is
 * the HTTP method in capitals ({@code POST}); path is the request path from {@code /api/callbacks/} on
 * (whatever a proxy or context path puts before it is left out), without query string, and
 * percent-decoded as UTF-8, e.g. {@code /api/callbacks/arbitration/cases/吉劳调〔2026〕0001号/messages/arbitration-accepted};
 * a path with a control character is never valid. Method and path are inside the signature, so a
 * signed body counts for exactly one case and message; the timestamp is inside too, so a captured
 * callback cannot be sent again later with a fresh one. docs/handoffs.md states the same rule.
 */
public final class CallbackSignatures {

  public static final String TIMESTAMP_HEADER = "X-OneDoor-Timestamp";
  public static final String SIGNATURE_HEADER = "X-OneDoor-Signature";
  /** Where the signed part of a callback's path starts. */
  public static final String PATH_PREFIX = "/api/callbacks/";

  private CallbackSignatures() {}

  /**
   * The path as it is signed: percent-decoded (UTF-8), from {@link #PATH_PREFIX} on, without query;
   * {@code null} when it holds a control character (a newline would blur the canonical string).
   */
  public static String canonicalPath(String rawPath) {
    String path = rawPath == null ? "" : rawPath;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String decoded;
    try {
      decoded = UriUtils.decode(path, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (decoded.chars().anyMatch(Character::isISOControl)) {
      return null;
    }
    int start = decoded.indexOf(PATH_PREFIX);
    return start < 0 ? decoded : decoded.substring(start);
  }

  /** The bytes signed: method, path, timestamp, each followed by a newline, then the body. */
  public static byte[] canonical(String method, String path, String timestamp, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((method.toUpperCase(java.util.Locale.ROOT) + "\n" + path + "\n" + timestamp + "\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body == null ? new byte[0] : body);
    return out.toByteArray();
  }

  public static String sign(String secret, String method, String path, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(canonical(method, path, timestamp, body)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  public static String sign(String secret, String method, String path, String timestamp, String body) {
    return sign(secret, method, path, timestamp, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Constant-time comparison of the expected and the presented signature (hex in either case). */
  public static boolean matches(String secret, String method, String path, String timestamp, byte[] body, String presented) {
    if (presented == null || timestamp == null || path == null) {
      return false;
    }
    byte[] expected = sign(secret, method, path, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, normalized(presented).getBytes(StandardCharsets.US_ASCII));
  }

  /** A presented signature as compared and remembered: trimmed, hex in lower case. */
  public static String normalized(String presented) {
    return presented.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
