package cn.onedoor.documents;

/** Start-up stops with this when the font of the case documents cannot be read and it is required. */
public class MissingDocumentFontException extends IllegalStateException {

  static final String PACKAGE = "fonts-wqy-zenhei";

  private final String fontPath;

  MissingDocumentFontException(String fontPath, Throwable cause) {
    super("Cannot read the case documents' font '" + fontPath + "': install the Debian package " + PACKAGE
        + " (apt-get install -y " + PACKAGE + ") or set onedoor.documents.font-path", cause);
    this.fontPath = fontPath;
  }

  public String fontPath() {
    return fontPath;
  }
}
