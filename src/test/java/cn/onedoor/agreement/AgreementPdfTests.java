package cn.onedoor.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The agreement PDF read back with PDFBox: its words, its font, and page 1 as a picture. */
@Tag("no-database")
class AgreementPdfTests {

  /** The Debian package fonts-wqy-zenhei, the default of onedoor.agreement.font-path. */
  static final String WQY_ZEN_HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
  static final Path OUTPUT = Path.of("target", "agreement-pdf");

  static AgreementPdf pdf;

  @BeforeAll
  static void loadFont() {
    pdf = new AgreementPdf(new AgreementProperties(WQY_ZEN_HEI, true, "吉安市劳动人事争议一站式调处中心",
        "吉安市劳动人事争议一站式调处中心调解专用章", "吉劳调协"));
  }

  static final AgreementDocumentData.Employer EMPLOYER = new AgreementDocumentData.Employer("吉安市某某制衣有限公司",
      "91360802MA35L0JX7X", null, null, null);

  static AgreementDocumentData.Worker zhao(BigDecimal amount) {
    return new AgreementDocumentData.Worker(1, "赵小红", "女", LocalDate.of(1990, 3, 7), "110101199003078525", null,
        "13800138000", false, amount);
  }

  static AgreementDocumentData agreement(boolean onTheSpot) {
    return data("被申请人支付申请人2026年8月至10月工资\n2. 双方劳动关系于2026年10月31日解除", new BigDecimal("12000.50"),
        onTheSpot, List.of(zhao(new BigDecimal("12000.50"))), EMPLOYER, List.of(), "追索劳动报酬");
  }

  static AgreementDocumentData data(String items, BigDecimal amount, boolean onTheSpot, List<AgreementDocumentData.Worker> workers,
                                    AgreementDocumentData.Employer employer, List<AgreementDocumentData.Agent> agents, String cause) {
    return new AgreementDocumentData("吉劳调〔2026〕0042号", "吉劳调协〔2026〕第7号", workers, employer, agents, cause,
        "申请人于2025年3月入职被申请人处任缝纫工，被申请人拖欠其2026年8月至10月工资共计12800元，申请人请求被申请人支付。",
        items, amount, onTheSpot, onTheSpot ? null : LocalDate.of(2026, 10, 15), LocalDate.of(2026, 9, 25));
  }

  @Test
  void printsTheCaseThePartiesTheFactsAndTheNumberedTerms() throws IOException {
    String text = textOf(pdf.render(agreement(false)));

    assertThat(text).startsWith("调解协议书")
        .contains("吉劳调协〔2026〕第7号")
        .contains("案号：吉劳调〔2026〕0042号")
        .contains("申请人：赵小红，女，1990年3月7日出生，公民身份号码：110101199003078525，联系电话：13800138000。")
        .contains("被申请人：吉安市某某制衣有限公司，统一社会信用代码：91360802MA35L0JX7X。")
        .contains("经吉安市劳动人事争议一站式调处中心主持调解")
        .contains("案由：追索劳动报酬")
        .contains("争议事实：申请人于2025年3月入职被申请人处任缝纫工，被申请人拖欠其2026年8月至10月工资共计12800元")
        .contains("一、被申请人支付申请人2026年8月至10月工资。")
        .contains("二、双方劳动关系于2026年10月31日解除。")
        .contains("三、被申请人向申请人支付人民币12000.50元（大写：人民币壹万贰仟元伍角整）。")
        .contains("四、被申请人应于2026年10月15日前履行完毕上述义务。")
        .contains("本协议自双方当事人签名或盖章、调解员签名并加盖调解组织印章后生效")
        .contains("申请人（签名）：", "被申请人（盖章）：", "调解员（签名）：")
        .contains("（吉安市劳动人事争议一站式调处中心调解专用章）")
        .contains("2026年9月25日")
        .contains("吉安市劳动人事争议一站式调处中心第1页共1页")
        .doesNotContain("【", "】", "*");
  }

  @Test
  void printsPerformanceOnTheSpot() throws IOException {
    String text = textOf(pdf.render(agreement(true)));

    assertThat(text).contains("四、被申请人于本协议签订时当场履行上述义务。").doesNotContain("履行完毕");
  }

  @Test
  void leavesOutThePaymentTermWhenNothingIsPaid() throws IOException {
    AgreementDocumentData a = agreement(true);
    String text = textOf(pdf.render(data("双方确认自2025年3月1日起存在劳动关系", BigDecimal.ZERO, true,
        List.of(zhao(BigDecimal.ZERO)), EMPLOYER, List.of(), "确认劳动关系")));

    assertThat(text).contains("案由：确认劳动关系").contains("一、双方确认自2025年3月1日起存在劳动关系。")
        .contains("二、被申请人于本协议签订时当场履行上述义务。").doesNotContain("人民币");
  }

  @Test
  void numbersTheItemsItselfButKeepsFiguresThatStartAnItem() {
    AgreementDocumentData data = data("1、被申请人出具离职证明\n（二）被申请人为申请人办理社会保险转移手续；\n\n1.5万元为经济补偿金\n2026.10.31前结清",
        BigDecimal.ZERO, true, List.of(zhao(BigDecimal.ZERO)), EMPLOYER, List.of(), "追索劳动报酬");

    assertThat(AgreementWording.terms(data)).containsExactly("一、被申请人出具离职证明。", "二、被申请人为申请人办理社会保险转移手续。",
        "三、1.5万元为经济补偿金。", "四、2026.10.31前结清。", "五、被申请人于本协议签订时当场履行上述义务。");
  }

  /** Issue 14: the mediator's own 一、二、三 on one line were printed under 一 and followed by a second 二 and 三. */
  @Test
  void numbersTheMediatorsRunTogetherItemsOnceWithTheSystemsTermsAfterThem() throws IOException {
    AgreementDocumentData data = data("一、被申请人支付申请人2026年8月至10月工资；二、被申请人出具离职证明；三、双方再无其他争议。",
        new BigDecimal("12000.50"), false, List.of(zhao(new BigDecimal("12000.50"))), EMPLOYER, List.of(), "追索劳动报酬");

    assertThat(AgreementWording.terms(data)).containsExactly("一、被申请人支付申请人2026年8月至10月工资。",
        "二、被申请人出具离职证明。", "三、双方再无其他争议。",
        "四、被申请人向申请人支付人民币12000.50元（大写：人民币壹万贰仟元伍角整）。", "五、被申请人应于2026年10月15日前履行完毕上述义务。");
    String text = textOf(pdf.render(data));
    for (String numeral : List.of("一、", "二、", "三、", "四、", "五、")) {
      assertThat(text.split(numeral, -1)).as("%s printed once", numeral).hasSize(2);
    }
    assertThat(AgreementWording.items("被申请人支付3、4月工资\n（1）出具证明 (2) 退还押金")).containsExactly("被申请人支付3、4月工资", "出具证明", "退还押金");
  }

  @Test
  void listsEveryWorkerWithParticularsAndWhatEachIsPaidAndTheAgentsOfBothSides() throws IOException {
    List<AgreementDocumentData.Worker> workers = List.of(
        zhao(new BigDecimal("5000.00")),
        new AgreementDocumentData.Worker(2, "周建国", "男", LocalDate.of(1988, 5, 12), "360802198805121235", "江西省吉安市吉州区某某路2号",
            "13700137000", true, new BigDecimal("4000.50")),
        new AgreementDocumentData.Worker(3, "李娜", null, null, null, null, null, false, BigDecimal.ZERO));
    AgreementDocumentData.Employer employer = new AgreementDocumentData.Employer("吉安市某某制衣有限公司", "91360802MA35L0JX7X",
        "吉安市吉州区某某路1号", "王某某", "13900139000");
    List<AgreementDocumentData.Agent> agents = List.of(new AgreementDocumentData.Agent("孙律师", "13600136000", false, 2),
        new AgreementDocumentData.Agent("钱某", null, true, null));
    AgreementDocumentData data = data("双方劳动关系于2026年10月31日解除", new BigDecimal("9000.50"), true, workers, employer, agents, "追索劳动报酬");

    String text = textOf(pdf.render(data));

    assertThat(text)
        .contains("申请人：赵小红，女，1990年3月7日出生，公民身份号码：110101199003078525，联系电话：13800138000。")
        .contains("申请人：周建国（代表人），男，1988年5月12日出生，公民身份号码：360802198805121235，住址：江西省吉安市吉州区某某路2号，联系电话：13700137000。"
            + "委托代理人：孙律师（申请人周建国的委托代理人），联系电话：13600136000。")
        .contains("申请人：李娜。")
        .contains("被申请人：吉安市某某制衣有限公司，统一社会信用代码：91360802MA35L0JX7X，住所：吉安市吉州区某某路1号，法定代表人：王某某，联系电话：13900139000。"
            + "委托代理人：钱某（被申请人的委托代理人）。")
        .contains("二、被申请人向申请人共计支付人民币9000.50元（大写：人民币玖仟元伍角整），其中：")
        .contains("（一）向申请人赵小红支付人民币5000.00元（大写：人民币伍仟元整）；")
        .contains("（二）向申请人周建国支付人民币4000.50元（大写：人民币肆仟元伍角整）；")
        .contains("（三）向申请人李娜支付人民币0.00元（大写：人民币零元整）。")
        .contains("三、被申请人于本协议签订时当场履行上述义务。");

    String stored = AgreementDocuments.text(data, "吉安市劳动人事争议一站式调处中心", "调解专用章");
    assertThat(stored).contains("吉劳调协〔2026〕第7号", "申请人：周建国（代表人）。", "（二）向申请人周建国支付人民币4000.50元",
            "委托代理人：孙律师（申请人周建国的委托代理人）。", "经吉安市劳动人事争议一站式调处中心主持调解", "（调解专用章）")
        .doesNotContain("110101199003078525", "13800138000", "13700137000", "1990年3月7日");
    // the stored text and the PDF say the same terms
    for (String term : AgreementWording.terms(data)) {
      assertThat(stored).contains(term);
      assertThat(text).contains(term.replaceAll("\\s+", ""));
    }
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
    byte[] bytes = pdf.render(data(items, a.agreedAmount(), false, a.workers(), EMPLOYER, List.of(), a.cause()));

    try (PDDocument document = Loader.loadPDF(bytes)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(2);
      assertThat(pageText(document, 1)).contains("第1页共" + pages + "页").contains("一、被申请人为申请人补缴");
      assertThat(pageText(document, pages)).contains("第" + pages + "页共" + pages + "页").contains("调解专用章");
      assertThat(textOf(bytes)).contains("三十、被申请人为申请人补缴", "三十一、被申请人向申请人支付人民币");
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
    assertThatThrownBy(() -> new AgreementPdf(AgreementProperties.font("/nowhere/wqy-zenhei.ttc", true)))
        .isInstanceOf(MissingAgreementFontException.class)
        .hasMessageContaining("/nowhere/wqy-zenhei.ttc")
        .hasMessageContaining("apt-get install -y fonts-wqy-zenhei")
        .hasMessageContaining("onedoor.agreement.font-path");
  }

  @Test
  void withoutARequiredFontTheDemoRunsAndRefusesOnlyToRender() {
    AgreementPdf withoutFont = new AgreementPdf(AgreementProperties.font("/nowhere/wqy-zenhei.ttc", false));
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
