package cn.onedoor.casefile;

import cn.onedoor.support.HttpTestClient;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Files to upload and the multipart request that carries them, as a browser's FormData sends it. */
final class Uploads {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
  static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
      .getBytes(StandardCharsets.UTF_8);

  private Uploads() {}

  /** A PDF of {@code size} bytes (its header, then filler). */
  static byte[] pdfOf(int size) {
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) ' ');
    System.arraycopy(PDF, 0, content, 0, Math.min(PDF.length, size));
    return content;
  }

  static String path(String caseNumber) {
    return "/api/cases/" + encode(caseNumber);
  }

  static String encode(String caseNumber) {
    return URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** {@code POST …/uploads} with the parts {@code type} (left out when null) and {@code file} (left out when null). */
  static HttpResponse<String> upload(HttpTestClient client, String caseNumber, String type, String fileName, byte[] content) {
    String boundary = "----onedoorcasefile" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    if (type != null) {
      head.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"type\"\r\n\r\n").append(type).append("\r\n");
    }
    byte[] start;
    byte[] file = content == null ? new byte[0] : content;
    if (content != null) {
      head.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
          .append("Content-Type: application/pdf\r\n\r\n");
    }
    start = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = ((content != null ? "\r\n" : "") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + file.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(file, 0, body, start.length, file.length);
    System.arraycopy(end, 0, body, start.length + file.length, end.length);
    HttpRequest.Builder request = client.request(path(caseNumber) + "/uploads")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary);
    if (!client.csrfToken().isEmpty()) {
      request.header("X-XSRF-TOKEN", client.csrfToken());
    }
    return client.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }
}
