package cn.onedoor.party;

/**
 * Start-up stops with this where an own fingerprint key is required (postgres profile) and the key
 * is the public demo value, empty or shorter than {@link PartyFingerprints#MINIMUM_KEY_LENGTH}: with a
 * known key a full identity number is rebuilt from a register row (masked number + fingerprint) in
 * seconds.
 */
public class WeakFingerprintKeyException extends IllegalStateException {

  private final String reason;

  WeakFingerprintKeyException(String reason) {
    super("Identity-number fingerprint key unusable (" + reason + "): set ONEDOOR_FINGERPRINT_KEY");
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
