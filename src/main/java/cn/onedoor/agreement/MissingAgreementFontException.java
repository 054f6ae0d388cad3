package cn.onedoor.agreement;

/** Start-up stops with this when the font of the agreement PDF cannot be read. */
public class MissingAgreementFontException extends IllegalStateException {

  static final String PACKAGE = "fonts-wqy-zenhei";

  private final String fontPath;

  MissingAgreementFontException(String fontPath, Throwable cause) {
    super("Cannot read the agreement PDF font '" + fontPath + "': install the Debian package " + PACKAGE
        + " (apt-get install -y " + PACKAGE + ") or set onedoor.agreement.font-path (ONEDOOR_AGREEMENT_FONT_PATH)", cause);
    this.fontPath = fontPath;
  }

  public String fontPath() {
    return fontPath;
  }
}
