package cn.onedoor.party;

/** Unified social credit codes (统一社会信用代码), GB 32100-2015: 17 characters and a MOD 31 check character. */
public final class CreditCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCodes() {}

  public static boolean isValid(String value) {
    if (value == null || !value.matches("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}")) {
      return false;
    }
    return checkCharacter(value.substring(0, 17)) == value.charAt(17);
  }

  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }
}
