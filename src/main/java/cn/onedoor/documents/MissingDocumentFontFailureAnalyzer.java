package cn.onedoor.documents;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link MissingDocumentFontException} into Spring Boot's plain "APPLICATION FAILED TO START" text. */
class MissingDocumentFontFailureAnalyzer extends AbstractFailureAnalyzer<MissingDocumentFontException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingDocumentFontException cause) {
    return new FailureAnalysis(
        "The case documents (受理通知书, 调解会议通知书, …) need a CJK font, and '" + cause.fontPath()
            + "' is missing or not a font PDFBox can read" + (cause.getCause() == null ? "." : ": " + cause.getCause().getMessage()),
        "Install the Debian package " + MissingDocumentFontException.PACKAGE + " (apt-get install -y "
            + MissingDocumentFontException.PACKAGE + "), or point onedoor.documents.font-path (by default"
            + " onedoor.agreement.font-path, ONEDOOR_AGREEMENT_FONT_PATH) at another TrueType font. See docs/documents.md.",
        cause);
  }
}
