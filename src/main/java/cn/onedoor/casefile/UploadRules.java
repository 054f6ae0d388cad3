package cn.onedoor.casefile;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What an uploaded file must be, decided from its bytes, never from its name or the Content-Type the
 * browser claims: a PDF ({@code %PDF-}), a JPEG ({@code FF D8 FF}) or a PNG (its eight-byte
 * signature). And what its name may be: a plain file name (no folder, no {@code ..}, no markup or
 * control characters), stored tidied (spaces collapsed, at most {@link #MAX_NAME} characters) and with
 * the extension of what the file really is.
 */
final class UploadRules {

  static final int MAX_NAME = 100;

  /** A kind of file we take: its Content-Type and its extension. */
  enum Kind {
    PDF("application/pdf", ".pdf"),
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png");

    final String contentType;
    final String extension;

    Kind(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }
  }

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private UploadRules() {}

  /** The kind of file these bytes are; empty for anything else (HTML, an office file, a script …). */
  static Optional<Kind> kindOf(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of(Kind.PDF);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(Kind.JPEG);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(Kind.PNG);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content == null || content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why this name cannot be taken (a Chinese message), or empty when it can. A browser sends the bare
   * name of the chosen file; a folder, {@code ..} or markup in it come from a hostile client only.
   */
  static Optional<String> nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty(); // named after its type
    }
    if (name.contains("/") || name.contains("\\") || name.contains("..")) {
      return Optional.of("文件名不能包含路径（/、\\ 或 ..），请只使用文件本身的名称");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((Character.isISOControl(c) && !Character.isWhitespace(c)) || "<>\"*?|:".indexOf(c) >= 0) {
        return Optional.of("文件名含有不允许的字符（< > \" * ? | : 或控制字符），请重命名后再上传");
      }
    }
    return Optional.empty();
  }

  /**
   * The name stored and offered at download: the given name (already free of {@link #nameProblem}s),
   * its whitespace collapsed, shortened to {@link #MAX_NAME} characters, with the extension of the
   * file's real kind; the type's label when no name came.
   */
  static String storedName(String name, Kind kind, UploadType type) {
    String base = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    int dot = base.lastIndexOf('.');
    if (dot >= 0) {
      base = base.substring(0, dot).trim();
    }
    base = base.replaceAll("^[.\\s]+", "");
    if (base.isEmpty()) {
      base = type.label();
    }
    int room = MAX_NAME - kind.extension.length();
    if (base.codePointCount(0, base.length()) > room) {
      base = base.substring(0, base.offsetByCodePoints(0, room));
    }
    return base + kind.extension;
  }
}
