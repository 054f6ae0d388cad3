package cn.onedoor.agreement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the agreement document.
 *
 * @param fontPath the CJK font embedded (as a subset) in the agreement PDF: a TrueType or OpenType
 *     file; for a collection (.ttc) the face may follow a comma, {@code NotoSansCJK-Regular.ttc,2}
 *     (the first face when none is named). Default in application.yml: WenQuanYi Zen Hei from the
 *     Debian package fonts-wqy-zenhei.
 * @param fontRequired whether start-up stops without the font (production); in the demo a missing
 *     font only means agreements are stored without their PDF, with a warning
 */
@ConfigurationProperties("onedoor.agreement")
record AgreementProperties(String fontPath, boolean fontRequired) {}
