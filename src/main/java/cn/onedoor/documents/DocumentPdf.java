package cn.onedoor.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lays out a filled-in template (XHTML with CSS, paged media included) as an A4 PDF with
 * openhtmltopdf, the CJK font embedded as a subset under the CSS family {@value #FONT_FAMILY} (also
 * answering to {@code serif} and {@code sans-serif}, so a template never falls back to a font without
 * Chinese). The font is read once at start-up; a missing font stops the start where it is required
 * and otherwise leaves {@link #isAvailable()} false. Nothing is fetched from outside: a template's
 * links to images or style sheets elsewhere are not loaded.
 */
@Component
class DocumentPdf {

  static final String FONT_FAMILY = "cjk";
  private static final Pattern COLLECTION_FACE = Pattern.compile("(?i)(.+\\.ttc)(?:,(\\d+))?");
  private static final Logger log = LoggerFactory.getLogger(DocumentPdf.class);

  private final TrueTypeFont font;
  private final String fontPath;

  DocumentPdf(DocumentsProperties properties) {
    this.fontPath = properties.fontPath();
    TrueTypeFont loaded = null;
    try {
      loaded = load(fontPath);
    } catch (IOException | RuntimeException e) {
      if (properties.fontRequired()) {
        throw new MissingDocumentFontException(fontPath, e);
      }
      log.warn("Case documents (受理通知书, 调解会议通知书, …) are unavailable: cannot read the CJK font '{}' ({}). Install the Debian"
          + " package {} or set onedoor.documents.font-path; see docs/documents.md", fontPath, e.getMessage(),
          MissingDocumentFontException.PACKAGE);
    }
    this.font = loaded;
  }

  boolean isAvailable() {
    return font != null;
  }

  /**
   * The XHTML as PDF. One document at a time: the font's tables are read from one open file.
   *
   * @throws DocumentTemplateException when the page is not well-formed XHTML or cannot be laid out
   */
  synchronized byte[] render(String xhtml, String templateName) {
    if (font == null) {
      throw new IllegalStateException("no CJK font");
    }
    List<String> problems = new ArrayList<>();
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      PDFontSupplier cjk = new PDFontSupplier(PDType0Font.load(document, font, true));
      for (String family : List.of(FONT_FAMILY, "serif", "sans-serif")) {
        builder.useFont(cjk, family, 400, FontStyle.NORMAL, true);
        builder.useFont(cjk, family, 700, FontStyle.NORMAL, true);
      }
      builder.useExternalResourceAccessControl((uri, type) -> false,
          com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl((uri, type) -> false,
          com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withDiagnosticConsumer(diagnostic -> {
        if (diagnostic.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
          problems.add(diagnostic.getFormattedMessage());
        }
      });
      builder.withHtmlContent(xhtml, null);
      builder.useDefaultPageSize(210, 297, PdfRendererBuilder.PageSizeUnits.MM);
      builder.withProducer("OneDoor");
      builder.toStream(out);
      builder.run();   // saves the document to the stream and closes it
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      String detail = problems.isEmpty() ? rootMessage(e) : String.join("; ", problems);
      throw new DocumentTemplateException(templateName, "cannot be laid out as a PDF: " + detail, e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  /** A TrueType file, or a face of a collection ({@code wqy-zenhei.ttc}, {@code NotoSerifCJK-Regular.ttc,2}). */
  static TrueTypeFont load(String path) throws IOException {
    if (path == null || path.isBlank()) {
      throw new IOException("no font path configured");
    }
    Matcher collection = COLLECTION_FACE.matcher(path.trim());
    if (collection.matches()) {
      File file = existing(collection.group(1));
      int face = collection.group(2) == null ? 0 : Integer.parseInt(collection.group(2));
      TrueTypeCollection fonts = new TrueTypeCollection(file);
      TrueTypeFont[] found = new TrueTypeFont[1];
      int[] index = {0};
      fonts.processAllFonts(ttf -> {
        if (index[0]++ == face) {
          found[0] = ttf;
        }
      });
      if (found[0] == null) {
        throw new IOException("the collection has no face " + face);
      }
      found[0].getGlyph(); // reads the glyph table now, so a damaged file fails at start-up
      return found[0];
    }
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(existing(path.trim())));
    ttf.getGlyph();
    return ttf;
  }

  private static File existing(String path) throws IOException {
    Path file = Path.of(path);
    if (!Files.isReadable(file)) {
      throw new IOException("no readable file " + path);
    }
    return file.toFile();
  }
}
