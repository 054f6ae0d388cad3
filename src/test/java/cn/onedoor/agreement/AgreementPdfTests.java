package cn.onedoor.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.onedoor.notification.NotificationTemplates;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agreement PDF read back with PDFBox: its words, its font, and page 1 as a picture. */
class AgreementPdfTests {

  /** The Debian package fonts-wqy-zenhei, the default of onedoor.agreement.font-path. */
  static final String WQY_ZEN_HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
  static final Path OUTPUT = Path.of("target", "agreement-pdf");

  static AgreementPdf pdf;

  @BeforeAll
  static void loadFont() {
    pdf = new AgreementPdf(new AgreementProperties(WQY_ZEN_HEI, true),
        new NotificationTemplates("【吉安市劳动人事争议一站式调处中心】", Map.of()));
  }

  static AgreementDocumentData agreement(boolean onTheSpot) {
    return new AgreementDocumentData("吉劳调〔2026〕0042号",
        "赵小红", "110101199003078515", "138****8000",
        "吉安市某某制衣有限公司", "91360802MA35L0JX7X",
        "追索劳动报酬", "申请人于2025年3月入职被申请人处任缝纫工，被申请人拖欠其2026年8月至10月工资共计12800元，申请人请求被申请人支付。",
        "被申请人支付申请人2026年8月至10月工资\n2. 双方劳动关系于2026年10月31日解除",
        new BigDecimal("12000.50"), onTheSpot, onTheSpot ? null : LocalDate.of(2026, 10, 15),
        LocalDate.of(2026, 9, 25));
  }

  @Test
  void printsTheCaseThePartiesTheFactsAndTheNumberedTerms() throws IOException {
    String text = textOf(pdf.render(agreement(false)));

    assertThat(text).startsWith("调解协议书")
        .contains("吉劳调〔2026〕0042号")
        .contains("申请人：赵小红，公民身份号码：110101199003078515，联系电话：138****8000。")
        .contains("被申请人：吉安市某某制衣有限公司，统一社会信用代码：91360802MA35L0JX7X。")
        .contains("案由：追索劳动报酬")
        .contains("争议事实：申请人于2025年3月入职被申请人处任缝纫工，被申请人拖欠其2026年8月至10月工资共计12800元")
        .contains("一、被申请人支付申请人2026年8月至10月工资。")
        .contains("二、双方劳动关系于2026年10月31日解除。")
        .contains("三、被申请人向申请人支付人民币12000.50元（大写：人民币壹万贰仟元伍角整）。")
        .contains("四、被申请人应于2026年10月15日前履行完毕上述义务。")
        .contains("本协议自双方当事人签名或盖章、调解员签名并加盖调解组织印章后生效")
        .contains("申请人（签名）：", "被申请人（盖章）：", "调解员（签名）：")
        .contains("（调解组织印章）")
        .contains("2026年9月25日")
        .contains("吉安市劳动人事争议一站式调处中心第1页共1页")
        .doesNotContain("【", "】", "13800138000");
  }

  @Test
  void aLongListOfApplicantsEndsWithTheirNumberInTheStoredText() {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      names.add("劳动者" + i);
    }
    String joined = AgreementDocuments.names(names);
    assertThat(joined).startsWith("劳动者0、劳动者1、").endsWith("等1000人");
    assertThat(joined.length()).isLessThanOrEqualTo(AgreementDocuments.NAMES_MAX + 10);
    assertThat(AgreementDocuments.names(List.of("赵小红", "周建国"))).isEqualTo("赵小红、周建国");
  }

  @Test
  void printsPerformanceOnTheSpot() throws IOException {
    String text = textOf(pdf.render(agreement(true)));

    assertThat(text).contains("四、被申请人于本协议签订时当场履行上述义务。").doesNotContain("履行完毕");
  }

  @Test
  void leavesOutThePaymentTermWhenNothingIsPaid() throws IOException {
    AgreementDocumentData a = agreement(true);
    String text = textOf(pdf.render(new AgreementDocumentData(a.caseNumber(), a.applicantName(), a.applicantIdNumber(),
        a.applicantPhone(), a.employerName(), a.employerCreditCode(), "确认劳动关系", a.claimDescription(),
        "双方确认自2025年3月1日起存在劳动关系", BigDecimal.ZERO, true, null, a.signedOn())));

    assertThat(text).contains("案由：确认劳动关系").contains("一、双方确认自2025年3月1日起存在劳动关系。")
        .contains("二、被申请人于本协议签订时当场履行上述义务。").doesNotContain("人民币");
  }

  @Test
  void numbersTheItemsItselfButKeepsFiguresThatStartAnItem() {
    AgreementDocumentData a = agreement(true);
    AgreementDocumentData data = new AgreementDocumentData(a.caseNumber(), a.applicantName(), a.applicantIdNumber(),
        a.applicantPhone(), a.employerName(), a.employerCreditCode(), a.cause(), a.claimDescription(),
        "1、被申请人出具离职证明\n（二）被申请人为申请人办理社会保险转移手续；\n\n1.5万元为经济补偿金\n2026.10.31前结清",
        BigDecimal.ZERO, true, null, a.signedOn());

    assertThat(AgreementPdf.terms(data)).containsExactly("被申请人出具离职证明。", "被申请人为申请人办理社会保险转移手续；",
        "1.5万元为经济补偿金。", "2026.10.31前结清。", "被申请人于本协议签订时当场履行上述义务。");
  }

  @Test
  void embedsItsOnlyFontAsASubset() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.render(agreement(false)))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        fonts.addAll(fontsOf(page.getResources()));
      }

      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
        assertThat(font.getName()).as("subset name").matches("[A-Z]{6}\\+WenQuanYi.*");
      });
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("调解协议书 吉劳调〔2026〕0042号");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
      PDRectangle page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
      assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
    }
  }

  @Test
  void numbersEveryPageOfALongAgreement() throws IOException {
    AgreementDocumentData a = agreement(false);
    String items = String.join("\n", java.util.Collections.nCopies(30, "被申请人为申请人补缴2025年3月至2026年10月的社会保险费"));
    byte[] bytes = pdf.render(new AgreementDocumentData(a.caseNumber(), a.applicantName(), a.applicantIdNumber(),
        a.applicantPhone(), a.employerName(), a.employerCreditCode(), a.cause(), a.claimDescription(),
        items, a.agreedAmount(), false, a.dueDate(), a.signedOn()));

    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      assertThat(pageText(document, 1)).contains("第1页共2页").contains("一、被申请人为申请人补缴");
      assertThat(pageText(document, 2)).contains("第2页共2页").contains("三十、被申请人为申请人补缴", "（调解组织印章）");
    }
  }

  @Test
  void rendersPageOneWithChineseTextWhereTheTitleStands() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.render(agreement(false)))) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
      Files.createDirectories(OUTPUT);
      ImageIO.write(page, "png", OUTPUT.resolve("agreement-page1.png").toFile());

      // A4 at 100 dpi; the title is drawn in the middle of the first 1.5 inches below the margin
      assertThat(page.getWidth()).isBetween(826, 827);
      assertThat(darkPixels(page, 300, 100, 527, 150)).as("ink of the title").isGreaterThan(500);
    }
  }

  @Test
  void aMissingFontNamesTheDebianPackageToInstall() {
    assertThatThrownBy(() -> new AgreementPdf(new AgreementProperties("/nowhere/wqy-zenhei.ttc", true),
        new NotificationTemplates("【中心】", Map.of())))
        .isInstanceOf(MissingAgreementFontException.class)
        .hasMessageContaining("/nowhere/wqy-zenhei.ttc")
        .hasMessageContaining("apt-get install -y fonts-wqy-zenhei")
        .hasMessageContaining("onedoor.agreement.font-path");
  }

  @Test
  void withoutARequiredFontTheDemoRunsAndRefusesOnlyToRender() {
    AgreementPdf withoutFont = new AgreementPdf(new AgreementProperties("/nowhere/wqy-zenhei.ttc", false),
        new NotificationTemplates("【中心】", Map.of()));
    assertThat(withoutFont.isAvailable()).isFalse();
    assertThatThrownBy(() -> withoutFont.render(null)).isInstanceOf(MissingAgreementFontException.class)
        .hasMessageContaining("fonts-wqy-zenhei");
  }

  @Test
  void startUpStopsWithTheFontPackageToInstall() {
    var failure = new org.springframework.beans.factory.BeanCreationException("agreementPdf",
        new MissingAgreementFontException("/nowhere/wqy-zenhei.ttc", null));

    var analysis = new MissingAgreementFontFailureAnalyzer().analyze(failure);

    assertThat(analysis.getDescription()).contains("/nowhere/wqy-zenhei.ttc");
    assertThat(analysis.getAction()).contains("apt-get install -y fonts-wqy-zenhei").contains("ONEDOOR_AGREEMENT_FONT_PATH");
  }

  /** The text of the whole document with the line breaks and spaces PDFBox puts between runs removed. */
  static String textOf(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document).replaceAll("\\s+", "");
  }

  private static List<PDFont> fontsOf(PDResources resources) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && form.getResources() != null) {
        fonts.addAll(fontsOf(form.getResources()));
      }
    }
    return fonts;
  }

  private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int dark = 0;
    for (int x = x0; x < x1; x++) {
      for (int y = y0; y < y1; y++) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (grey < 128) {
          dark++;
        }
      }
    }
    return dark;
  }
}
