package cn.onedoor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The file's kind from its bytes, and its name. */
class UploadRulesTests {

  @Test
  void theKindComesFromTheBytesAlone() {
    assertThat(UploadRules.kindOf(Uploads.PDF)).hasValue(UploadRules.Kind.PDF);
    assertThat(UploadRules.kindOf(Uploads.PNG)).hasValue(UploadRules.Kind.PNG);
    assertThat(UploadRules.kindOf(Uploads.JPEG)).hasValue(UploadRules.Kind.JPEG);
    assertThat(UploadRules.kindOf(Uploads.HTML)).isEmpty();
    assertThat(UploadRules.kindOf("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(UploadRules.kindOf(new byte[0])).isEmpty();
    assertThat(UploadRules.kindOf("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(UploadRules.kindOf(new byte[] {'P', 'K', 3, 4})).isEmpty();
  }

  @Test
  void aNameWithAFolderOrMarkupIsAProblem() {
    assertThat(UploadRules.nameProblem("../x.pdf")).isPresent();
    assertThat(UploadRules.nameProblem("a\\b.pdf")).isPresent();
    assertThat(UploadRules.nameProblem("<script>.pdf")).isPresent();
    assertThat(UploadRules.nameProblem("a\u0000.pdf")).isPresent();
    assertThat(UploadRules.nameProblem("签字协议书（2026）.pdf")).isEmpty();
    assertThat(UploadRules.nameProblem(null)).isEmpty();
  }

  @Test
  void theStoredNameIsTidiedShortenedAndCarriesTheRealExtension() {
    assertThat(UploadRules.storedName(" 回单\t 扫描.PDF ", UploadRules.Kind.JPEG, UploadType.PAYMENT_PROOF)).isEqualTo("回单 扫描.jpg");
    assertThat(UploadRules.storedName(null, UploadRules.Kind.PDF, UploadType.ID_COPY)).isEqualTo("身份证明复印件.pdf");
    assertThat(UploadRules.storedName(".pdf", UploadRules.Kind.PDF, UploadType.OTHER)).isEqualTo("其他材料.pdf");
    String longName = "很".repeat(300) + ".png";
    assertThat(UploadRules.storedName(longName, UploadRules.Kind.PNG, UploadType.EVIDENCE)).hasSize(UploadRules.MAX_NAME).endsWith(".png");
  }
}
