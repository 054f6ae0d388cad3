package cn.onedoor.api;

import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a download whose name is Chinese. */
public final class Attachments {

  private Attachments() {}

  /**
   * {@code attachment; filename="agreement-2026-0001.pdf"; filename*=UTF-8''%E8%B0%83...}: the
   * Chinese name RFC 5987-encoded for every current browser, an ASCII name for the rest (RFC 6266).
   */
  public static String contentDisposition(String fileName, String asciiFallback) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
  }
}
