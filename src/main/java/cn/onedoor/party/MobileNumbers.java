package cn.onedoor.party;

/** Mainland mobile numbers: 11 digits starting with 1. */
public final class MobileNumbers {

  private MobileNumbers() {}

  public static boolean isValid(String value) {
    return value != null && value.matches("1[3-9][0-9]{9}");
  }

  /** {@code 13800138000} → {@code 138****8000}. */
  public static String mask(String value) {
    if (value == null || value.length() != 11) {
      return "***";
    }
    return value.substring(0, 3) + "****" + value.substring(7);
  }
}
