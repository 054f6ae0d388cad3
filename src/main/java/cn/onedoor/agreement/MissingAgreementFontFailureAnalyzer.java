package cn.onedoor.agreement;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link MissingAgreementFontException} into Spring Boot's plain "APPLICATION FAILED TO START" text. */
class MissingAgreementFontFailureAnalyzer extends AbstractFailureAnalyzer<MissingAgreementFontException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAgreementFontException cause) {
    return new FailureAnalysis(
        "The mediation agreement PDF needs a CJK font, and '" + cause.fontPath() + "' is missing or not a"
            + " font OpenPDF can read" + (cause.getCause() == null ? "." : ": " + cause.getCause().getMessage()),
        "Install the Debian package " + MissingAgreementFontException.PACKAGE + " (apt-get install -y "
            + MissingAgreementFontException.PACKAGE + "), or point onedoor.agreement.font-path"
            + " (environment variable ONEDOOR_AGREEMENT_FONT_PATH) at another TrueType font. See docs/agreement-pdf.md.",
        cause);
  }
}
