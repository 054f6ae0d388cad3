package cn.onedoor.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a callback's signature covers ({@link CallbackSignatures}), on its own; signed callbacks through the door: {@code referral.CallbackTests}. */
class CallbackSignaturesTests {

  @Test
  void theSignatureCoversMethodPathTimestampAndBodyExactlyAsDocumented() {
    String canonical = new String(CallbackSignatures.canonical("post", "/api/callbacks/court/cases/吉劳调〔2026〕0001号/messages/court-receipt",
        "1790000000", "{}".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    assertThat(canonical).isEqualTo("POST\n/api/callbacks/court/cases/吉劳调〔2026〕0001号/messages/court-receipt\n1790000000\n{}");
    // the path is signed decoded and from /api/callbacks/ on, whatever a proxy puts before it
    assertThat(CallbackSignatures.canonicalPath("/onedoor/api/callbacks/court/cases/%E5%90%89%e5%8a%b3/messages/x?y=1"))
        .isEqualTo("/api/callbacks/court/cases/吉劳/messages/x");
    assertThat(CallbackSignatures.canonicalPath("/api/callbacks/court/cases/A%0A1/messages/x")).isNull();
  }
}
