package cn.onedoor.party;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link WeakFingerprintKeyException} into Spring Boot's plain "APPLICATION FAILED TO START" text. */
class WeakFingerprintKeyFailureAnalyzer extends AbstractFailureAnalyzer<WeakFingerprintKeyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, WeakFingerprintKeyException cause) {
    return new FailureAnalysis(
        "OneDoor will not fingerprint identity numbers with this key: " + cause.reason() + ". The register"
            + " keeps a masked number and its keyed fingerprint; with a public or short key anyone holding a"
            + " register row rebuilds the full identity number in seconds.",
        "Set ONEDOOR_FINGERPRINT_KEY (onedoor.privacy.fingerprint-key) to a random secret of at least "
            + PartyFingerprints.MINIMUM_KEY_LENGTH + " characters, for example the output of"
            + " 'openssl rand -base64 48', in the .env file next to docker-compose.yml. Keep it: a new key"
            + " no longer matches the fingerprints already stored, so duplicate cases of earlier workers go unnoticed.",
        cause);
  }
}
