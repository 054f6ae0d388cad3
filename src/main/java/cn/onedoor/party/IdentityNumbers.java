package cn.onedoor.party;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Resident identity numbers (居民身份证号码), GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class IdentityNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdentityNumbers() {}

  /** True for 18 characters with a valid birth date and check character ({@code x} counts as {@code X}). */
  public static boolean isValid(String value) {
    if (value == null || !value.matches("[1-9][0-9]{16}[0-9Xx]")) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return false;
    }
    return checkCharacter(value.substring(0, 17)) == Character.toUpperCase(value.charAt(17));
  }

  /** The birth date in a number that {@link #isValid} accepts (digits 7 to 14, YYYYMMDD). */
  public static LocalDate birthDate(String valid) {
    return LocalDate.of(Integer.parseInt(valid.substring(6, 10)), Integer.parseInt(valid.substring(10, 12)),
        Integer.parseInt(valid.substring(12, 14)));
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** {@code 110101199003078515} → {@code 1101**********8515}: what anyone outside the case sees. */
  public static String mask(String value) {
    if (value == null || value.length() < 8) {
      return "****";
    }
    return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4).toUpperCase();
  }
}
