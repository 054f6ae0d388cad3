package cn.onedoor.agreement;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The mediation agreement (调解协议书) as an A4 PDF in the customary layout: title, case number,
 * parties, cause, facts, numbered terms, the effect clause of LDMAL art. 14, lines for the parties'
 * and the mediator's signatures, the place of the centre's seal, the date, and the centre's name
 * at the foot of every page. The CJK font is embedded as a subset, so the file reads the same
 * anywhere; it is loaded once at start-up, and a missing font stops the start.
 */
@Service
public class AgreementPdf {

  private static final Pattern COLLECTION_FACE = Pattern.compile("(?i)(.+\\.ttc)(?:,(\\d+))?");
  private static final float BODY_SIZE = 12f;          // 小四
  private static final float LEADING = 24f;
  private static final float INDENT = 2 * BODY_SIZE;   // two characters
  private static final float MARGIN = 72f;             // 2.54 cm
  private static final Color GREY = new Color(0x80, 0x80, 0x80);

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AgreementPdf.class);

  private final BaseFont baseFont;
  private final String fontPath;
  private final String centreName;
  private final String sealText;

  AgreementPdf(AgreementProperties properties) {
    this.fontPath = properties.fontPath();
    this.baseFont = properties.fontRequired() ? loadFont(fontPath) : loadFontIfPresent(fontPath);
    this.centreName = properties.centreName();
    this.sealText = properties.sealText();
  }

  /** The text at the seal's place (from {@code onedoor.agreement.seal-text}). */
  String sealText() {
    return sealText;
  }

  /** The centre as the agreement names it (from {@code onedoor.agreement.centre-name}). */
  String centreName() {
    return centreName;
  }

  /** False when the CJK font is missing (demo machines without fonts-wqy-zenhei): no PDFs then. */
  public boolean isAvailable() {
    return baseFont != null;
  }

  /** The PDF of one agreement. */
  public byte[] render(AgreementDocumentData data) {
    if (baseFont == null) {
      throw new MissingAgreementFontException(fontPath, null);
    }
    Font title = new Font(baseFont, 22f, Font.BOLD);
    Font body = new Font(baseFont, BODY_SIZE);
    Font heading = new Font(baseFont, BODY_SIZE, Font.BOLD);
    Font small = new Font(baseFont, 9f, Font.NORMAL, GREY);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 18f);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
    writer.setPageEvent(new Footer(small));
    document.addTitle("调解协议书 " + data.caseNumber());
    document.addAuthor(centreName);
    document.addCreator("OneDoor");
    document.open();

    Paragraph heading1 = new Paragraph(AgreementWording.TITLE, title);
    heading1.setAlignment(Element.ALIGN_CENTER);
    heading1.setSpacingAfter(10f);
    document.add(heading1);
    Paragraph number = new Paragraph(AgreementWording.number(data) + "　" + AgreementWording.caseNumberLine(data), body);
    number.setAlignment(Element.ALIGN_RIGHT);
    number.setSpacingAfter(14f);
    document.add(number);

    for (String party : AgreementWording.parties(data, true)) {
      document.add(line(body, party));
    }
    document.add(spaced(line(body, AgreementWording.cause(data))));

    document.add(line(heading, AgreementWording.FACTS_HEADING));
    for (String fact : AgreementWording.facts(data)) {
      document.add(indented(body, fact));
    }

    document.add(spaced(indented(body, AgreementWording.preamble(centreName))));
    for (String term : AgreementWording.terms(data)) {
      document.add(indented(body, term));
    }
    document.add(spaced(indented(body, AgreementWording.effect())));

    document.add(signatures(body, data.signedOn()));
    document.close();
    return out.toByteArray();
  }

  private PdfPTable signatures(Font body, LocalDate signedOn) {
    PdfPTable lines = new PdfPTable(new float[] {48, 52});
    lines.setWidthPercentage(100);
    for (String who : AgreementWording.SIGNATURES) {
      PdfPCell label = cell(new Phrase(who, body));
      label.setFixedHeight(44f);
      label.setVerticalAlignment(Element.ALIGN_BOTTOM);
      lines.addCell(label);
      PdfPCell blank = cell(new Phrase("", body));
      blank.setBorder(Rectangle.BOTTOM);
      blank.setBorderWidthBottom(0.5f);
      lines.addCell(blank);
    }

    PdfPTable block = new PdfPTable(new float[] {58, 42});
    block.setWidthPercentage(100);
    block.setSpacingBefore(18f);
    block.setKeepTogether(true);
    PdfPCell left = new PdfPCell(lines);
    left.setBorder(Rectangle.NO_BORDER);
    left.setPaddingRight(12f);
    left.setRowspan(2);
    block.addCell(left);

    PdfPCell seal = cell(new Phrase("（" + sealText + "）", new Font(baseFont, 10.5f, Font.NORMAL, GREY)));
    seal.setFixedHeight(132f);
    seal.setHorizontalAlignment(Element.ALIGN_CENTER);
    seal.setVerticalAlignment(Element.ALIGN_MIDDLE);
    seal.setCellEvent(new SealCircle());
    block.addCell(seal);

    PdfPCell date = cell(new Phrase(AgreementWording.chineseDate(signedOn), body));
    date.setHorizontalAlignment(Element.ALIGN_CENTER);
    date.setPaddingTop(4f);
    block.addCell(date);
    return block;
  }

  private static PdfPCell cell(Phrase phrase) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(2f);
    return cell;
  }

  private static Paragraph line(Font font, String text) {
    // the paragraph takes the chunk's font, so not even its line end falls back to Helvetica
    return new Paragraph(LEADING, new Chunk(text, font).setSplitCharacter(ChineseLineBreaks.INSTANCE));
  }

  private static Paragraph indented(Font font, String text) {
    Paragraph paragraph = line(font, text);
    paragraph.setFirstLineIndent(INDENT);
    return paragraph;
  }

  private static Paragraph spaced(Paragraph paragraph) {
    paragraph.setSpacingBefore(8f);
    return paragraph;
  }

  private static BaseFont loadFontIfPresent(String fontPath) {
    try {
      return loadFont(fontPath);
    } catch (MissingAgreementFontException e) {
      log.warn("{} Agreements are stored without their PDF until the font is installed.", e.getMessage());
      return null;
    }
  }

  static BaseFont loadFont(String fontPath) {
    if (fontPath == null || fontPath.isBlank()) {
      throw new MissingAgreementFontException(String.valueOf(fontPath), null);
    }
    String name = fontPath.trim();
    Matcher collection = COLLECTION_FACE.matcher(name);
    String file = collection.matches() ? collection.group(1) : name;
    if (!Files.isReadable(Path.of(file))) {
      throw new MissingAgreementFontException(fontPath, null);
    }
    if (collection.matches() && collection.group(2) == null) {
      name = file + ",0";
    }
    try {
      // The file's bytes are read once and handed to OpenPDF: given only a path, OpenPDF reopens the
      // file for every PDF it writes and reads the glyph tables of the subset through an unbuffered
      // RandomAccessFile, a system call per few bytes of a 16.8 MB font (issue #16: 10 of 11 busy
      // threads in TrueTypeFontSubSet.readLoca -> RandomAccessFile.read0). From the bytes every
      // subset is cut from memory; the BaseFont itself is created once and shared.
      byte[] bytes = Files.readAllBytes(Path.of(file));
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    } catch (IOException | RuntimeException e) {
      throw new MissingAgreementFontException(fontPath, e);
    }
  }

  /**
   * Where a line may break: after any Chinese character, but never before closing punctuation
   * (，。：）…) nor after opening punctuation (（《“…), the customary 避头尾 rule; digits and Latin
   * letters stay together as OpenPDF keeps them.
   */
  static final class ChineseLineBreaks extends DefaultSplitCharacter {

    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();
    private static final String NO_LINE_START = "，。、；：？！）》」』〕】〉”’…—～·%,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『〔【〈“‘([{";

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
      char c = getCurrentCharacter(current, cc, ck);
      if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
        return false;
      }
      if (NO_LINE_END.indexOf(c) >= 0) {
        return false;
      }
      return NO_LINE_START.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
    }
  }

  /** A dashed circle where the centre presses its seal. */
  private static final class SealCircle implements PdfPCellEvent {
    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
      PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
      float radius = Math.min(position.getWidth(), position.getHeight()) / 2f - 4f;
      canvas.saveState();
      canvas.setColorStroke(GREY);
      canvas.setLineWidth(0.6f);
      canvas.setLineDash(3f, 3f, 0f);
      canvas.circle((position.getLeft() + position.getRight()) / 2f, (position.getTop() + position.getBottom()) / 2f, radius);
      canvas.stroke();
      canvas.restoreState();
    }
  }

  /** The centre's name and 第 N 页 共 M 页 under a thin rule at the foot of every page. */
  private final class Footer extends PdfPageEventHelper {

    private final Font font;
    private PdfTemplate total;

    Footer(Font font) {
      this.font = font;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40f, 12f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float y = document.bottomMargin() - 30f;
      canvas.saveState();
      canvas.setColorStroke(GREY);
      canvas.setLineWidth(0.4f);
      canvas.moveTo(document.left(), y + 12f);
      canvas.lineTo(document.right(), y + 12f);
      canvas.stroke();
      canvas.restoreState();
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(centreName, font), document.left(), y, 0);
      String page = String.format(Locale.ROOT, "第 %d 页 共 ", writer.getPageNumber());
      float x = document.right() - 40f - baseFont.getWidthPoint(page, font.getSize());
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, font), x, y, 0);
      canvas.addTemplate(total, document.right() - 40f, y - 2.5f);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
          new Phrase(String.format(Locale.ROOT, "%d 页", writer.getPageNumber() - 1), font), 0, 2.5f, 0);
    }
  }
}
