package cn.onedoor.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The production profile refuses to fingerprint identity numbers with a public or weak key. */
class FingerprintKeyTests {

  @Test
  void whereAnOwnKeyIsRequiredTheDemoKeyStopsStartUpWithAClearMessage() {
    assertThatThrownBy(() -> new PartyFingerprints(PartyFingerprints.DEMO_KEY, true))
        .isInstanceOf(WeakFingerprintKeyException.class)
        .hasMessageContaining("ONEDOOR_FINGERPRINT_KEY");

    WeakFingerprintKeyException failure = catchWeak(PartyFingerprints.DEMO_KEY);
    FailureAnalysis analysis = new WeakFingerprintKeyFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("public demo key", "identity number");
    assertThat(analysis.getAction()).contains("ONEDOOR_FINGERPRINT_KEY", "32");
  }

  @Test
  void whereAnOwnKeyIsRequiredAnEmptyOrShortKeyStopsStartUp() {
    assertThat(catchWeak("").reason()).contains("empty");
    assertThat(catchWeak("   ").reason()).contains("empty");
    assertThat(catchWeak("a".repeat(31)).reason()).contains("31 characters");
  }

  @Test
  void aLongOwnKeyIsAcceptedAndFingerprintsDifferFromTheDemoKeys() {
    PartyFingerprints own = new PartyFingerprints("k".repeat(32), true);
    PartyFingerprints demo = new PartyFingerprints(PartyFingerprints.DEMO_KEY, false);
    assertThat(own.of("360802198512120028")).hasSize(64).isNotEqualTo(demo.of("360802198512120028"));
  }

  @Test
  void thePostgresProfileRequiresAnOwnKeyAndHasNoDefault() throws Exception {
    String profile = Files.readString(Paths.get("src", "main", "resources", "application-postgres.yml"));
    assertThat(profile).contains("fingerprint-key: ${ONEDOOR_FINGERPRINT_KEY:}").contains("fingerprint-key-required: true");
    assertThat(Files.readString(Paths.get("docker-compose.yml"))).contains("ONEDOOR_FINGERPRINT_KEY: ${ONEDOOR_FINGERPRINT_KEY:?");
  }

  private static WeakFingerprintKeyException catchWeak(String key) {
    try {
      new PartyFingerprints(key, true);
    } catch (WeakFingerprintKeyException e) {
      return e;
    }
    throw new AssertionError("key accepted: " + key);
  }
}
