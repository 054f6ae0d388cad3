package cn.onedoor.agreement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agreement document.
 *
 * @param fontPath the CJK font embedded (as a subset) in the agreement PDF: a TrueType or OpenType
 *     file; for a collection (.ttc) the face may follow a comma, {@code NotoSansCJK-Regular.ttc,2}
 *     (the first face when none is named). Default in application.yml: WenQuanYi Zen Hei from the
 *     Debian package fonts-wqy-zenhei.
 * @param fontRequired whether start-up stops without the font (production); in the demo a missing
 *     font only means agreements are stored without their PDF, with a warning
 * @param centreName the mediation organisation's name as the agreement names it (经…主持调解, the
 *     page foot)
 * @param sealText what the seal's place on the agreement reads (…调解专用章)
 * @param numberPrefix the agreement number's prefix, also the counter it is numbered by:
 *     {@code 劳调协} gives 劳调协〔2026〕第12号
 */
@ConfigurationProperties("onedoor.agreement")
record AgreementProperties(String fontPath, boolean fontRequired,
                           @DefaultValue(DEFAULT_CENTRE_NAME) String centreName,
                           @DefaultValue(DEFAULT_SEAL_TEXT) String sealText,
                           @DefaultValue(DEFAULT_NUMBER_PREFIX) String numberPrefix) {

  static final String DEFAULT_CENTRE_NAME = "劳动人事争议一站式调处中心";
  static final String DEFAULT_SEAL_TEXT = "劳动人事争议一站式调处中心调解专用章";
  static final String DEFAULT_NUMBER_PREFIX = "劳调协";

  /** The font settings only, every wording setting at its default. */
  static AgreementProperties font(String fontPath, boolean fontRequired) {
    return new AgreementProperties(fontPath, fontRequired, DEFAULT_CENTRE_NAME, DEFAULT_SEAL_TEXT, DEFAULT_NUMBER_PREFIX);
  }

  AgreementProperties {
    centreName = blankTo(centreName, DEFAULT_CENTRE_NAME);
    sealText = blankTo(sealText, DEFAULT_SEAL_TEXT);
    numberPrefix = blankTo(numberPrefix, DEFAULT_NUMBER_PREFIX);
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
