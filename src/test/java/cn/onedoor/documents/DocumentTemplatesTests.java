package cn.onedoor.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates as files and their PDF, without the application: a file in the override folder
 * replaces the bundled one from the next use on, values print as text, and a broken template fails
 * with its file named while the others keep working.
 */
class DocumentTemplatesTests {

  static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
  static DocumentPdf pdf;

  @TempDir Path folder;

  @BeforeAll
  static void font() {
    Assumptions.assumeTrue(Files.isReadable(Path.of(FONT)), "needs fonts-wqy-zenhei");
    pdf = new DocumentPdf(new DocumentsProperties(null, null, FONT, true));
  }

  DocumentTemplates templates() {
    return new DocumentTemplates(new DocumentsProperties(folder.toString(), null, FONT, true));
  }

  @Test
  void aFileInTheFolderReplacesTheBundledTemplateFromTheNextUseOn() throws IOException {
    DocumentTemplates templates = templates();
    assertThat(templates.fill("service-proof", values())).contains("送达回证").doesNotContain("第二版");
    assertThat(templates.where("service-proof")).isEqualTo("classpath:documents/service-proof.html");

    write("service-proof", page("第一版 {{caseNumber}}"));
    assertThat(templates.fill("service-proof", values())).contains("第一版 吉劳调〔2026〕0001号");
    assertThat(templates.where("service-proof")).isEqualTo(folder.resolve("service-proof.html").toAbsolutePath().toString());

    write("service-proof", page("第二版 {{recipient.name}}"));
    assertThat(textOf(render(templates, "service-proof"))).contains("第二版孙丽");

    Files.delete(folder.resolve("service-proof.html"));
    assertThat(templates.fill("service-proof", values())).contains("受送达人签名或盖章");
  }

  @Test
  void valuesPrintAsTextWhateverTheyContain() throws IOException {
    Map<String, Object> values = values();
    values.put("caseNumber", "<script>alert('x')</script> & {{centreName}}");

    String text = textOf(pdf.render(templates().fill("service-proof", values), "service-proof"));

    assertThat(text).contains("<script>alert('x')</script>&{{centreName}}");
  }

  @Test
  void everyBundledTemplateRendersWithTheEmbeddedFont() throws IOException {
    for (DocumentType type : List.of(DocumentType.ACCEPTANCE_NOTICE, DocumentType.NON_ACCEPTANCE_NOTICE, DocumentType.SESSION_NOTICE,
        DocumentType.TERMINATION_CERTIFICATE, DocumentType.SERVICE_PROOF)) {
      byte[] bytes = render(templates(), type.template());
      try (PDDocument document = Loader.loadPDF(bytes)) {
        assertThat(new PDFTextStripper().getText(document)).as(type.code()).contains(type.title().substring(0, 2));
        PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
        assertThat(font.isEmbedded()).as(type.code()).isTrue();
        assertThat(font.getName()).contains("WenQuanYi");
        assertThat(document.getNumberOfPages()).as(type.code() + " of one worker fits one page").isEqualTo(1);
        Path png = Path.of("target", "screenshots", "documents", "sample-" + type.code() + ".png");
        Files.createDirectories(png.getParent());
        javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80), "png", png.toFile());
      }
    }
  }

  @Test
  void aBrokenTemplateNamesItsFileAndTheFault() throws IOException {
    DocumentTemplates templates = templates();
    write("acceptance-notice", page("{{#applicants}}{{name}}"));        // section never closed
    write("termination-certificate", page("{{noSuchPlaceholder}}"));
    write("non-acceptance-notice", page("{{{caseNumber}}}"));            // unescaped
    write("session-notice", "<html><body><p>不是XHTML</body></html>"); // not well-formed

    assertThatThrownBy(() -> templates.fill("acceptance-notice", values())).isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining(folder.resolve("acceptance-notice.html").toString()).hasMessageContaining("not a valid template");
    assertThatThrownBy(() -> templates.fill("termination-certificate", values())).isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining("termination-certificate.html").hasMessageContaining("noSuchPlaceholder");
    assertThatThrownBy(() -> templates.fill("non-acceptance-notice", values())).isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining("unescaped placeholder");
    assertThatThrownBy(() -> pdf.render(templates.fill("session-notice", values()), templates.where("session-notice")))
        .isInstanceOf(DocumentTemplateException.class).hasMessageContaining("session-notice.html").hasMessageContaining("PDF");
    // the untouched one still works
    assertThat(textOf(render(templates, "service-proof"))).contains("送达回证");
  }

  @Test
  void anIncludedTemplateMayNotIncludeAnother() throws IOException {
    write("_style", "<style>{{> _style}}</style>");

    assertThatThrownBy(() -> templates().fill("service-proof", values())).isInstanceOf(DocumentTemplateException.class)
        .hasMessageContaining("_style.html").hasMessageContaining("may not include");
  }

  @Test
  void withoutTheFontStartUpStopsWhereItIsRequiredAndTheDemoMakesNoPdf() {
    String missing = folder.resolve("no-such-font.ttc").toString();

    assertThatThrownBy(() -> new DocumentPdf(new DocumentsProperties(null, null, missing, true)))
        .isInstanceOf(MissingDocumentFontException.class).hasMessageContaining(missing).hasMessageContaining("fonts-wqy-zenhei");
    assertThat(new DocumentPdf(new DocumentsProperties(null, null, missing, false)).isAvailable()).isFalse();
    assertThat(new MissingDocumentFontFailureAnalyzer().analyze(new MissingDocumentFontException(missing, null)).getAction())
        .contains("apt-get install -y fonts-wqy-zenhei", "onedoor.documents.font-path");
    assertThat(pdf.isAvailable()).isTrue();
  }

  @Test
  void writesChineseDatesTimesAndAmounts() {
    assertThat(DocumentValues.date(java.time.LocalDate.of(2026, 12, 2))).isEqualTo("2026年12月2日");
    assertThat(DocumentValues.dateTime("2026-12-10T09:30")).isEqualTo("2026年12月10日9时30分");
    assertThat(DocumentValues.dateTime("2026-12-10T14:00:00+08:00")).isEqualTo("2026年12月10日14时");
    assertThat(DocumentValues.amount(new java.math.BigDecimal("8600.5"))).isEqualTo("8600.50元");
    assertThat(DocumentValues.numeral(1)).isEqualTo("一");
    assertThat(DocumentValues.numeral(12)).isEqualTo("十二");
    assertThat(DocumentValues.numeral(21)).isEqualTo("二十一");
  }

  private byte[] render(DocumentTemplates templates, String name) {
    return pdf.render(templates.fill(name, values()), templates.where(name));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name + ".html"), text, StandardCharsets.UTF_8);
  }

  static String page(String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>{{> _style}}</head><body><p>" + body + "</p></body></html>";
  }

  /** Every placeholder any bundled template uses. */
  static Map<String, Object> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("centreName", "吉安市劳动人事争议一站式调处中心");
    values.put("documentTitle", "送达回证");
    values.put("caseNumber", "吉劳调〔2026〕0001号");
    values.put("today", "2026年12月2日");
    values.put("receivedDate", "2026年11月30日");
    values.put("acceptedDate", "2026年12月1日");
    values.put("mediationDeadline", "2026年12月15日");
    values.put("mediationDeadlineAtAcceptance", "2026年12月15日");
    values.put("disputeType", "追索劳动报酬");
    values.put("claimAmount", "8600.50元");
    values.put("courtCaseNumber", null);
    values.put("workerCount", 1);
    values.put("collective", false);
    values.put("mediatorName", "李明");
    Map<String, Object> applicant = new LinkedHashMap<>();
    applicant.put("seq", 1);
    applicant.put("name", "孙丽");
    applicant.put("idNumber", "360802198512120028");
    applicant.put("idNumberMasked", "3608**********0028");
    applicant.put("phoneMasked", "139****5678");
    applicant.put("claimAmount", "8600.50元");
    applicant.put("representative", false);
    values.put("applicants", List.of(applicant));
    values.put("applicantNames", "孙丽");
    Map<String, Object> employer = new LinkedHashMap<>();
    employer.put("name", "吉安市某某电子有限公司");
    employer.put("creditCode", "91360821MA38ABCD13");
    employer.put("address", "江西省吉安市吉州区工业园一路8号");
    employer.put("legalRepresentative", "王建军");
    employer.put("phoneMasked", null);
    values.put("employer", employer);
    values.put("agents", List.of(Map.of("name", "李律师", "actsFor", "申请人孙丽")));
    values.put("hasAgents", true);
    values.put("decisionDate", "2026年12月1日");
    values.put("rejectionReason", "不属于受案范围");
    values.put("session", Map.of("number", 1, "ordinal", "第一次", "time", "2026年12月10日9时30分", "mode", "现场调解",
        "cloud", false, "place", "中心第一调解室", "meetingLink", ""));
    values.put("endedDate", "2026年12月15日");
    values.put("endReasonCode", "no_agreement");
    values.put("endReason", "经本中心主持调解，双方当事人未能达成调解协议");
    values.put("employerRefused", false);
    values.put("servedDocument", "受理通知书");
    values.put("recipient", Map.of("name", "孙丽", "role", "申请人", "address", ""));
    return values;
  }

  static String textOf(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
