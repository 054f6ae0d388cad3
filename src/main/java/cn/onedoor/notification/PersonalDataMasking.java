package cn.onedoor.notification;

import java.util.regex.Pattern;

/**
 * Last line of defence for text that leaves the centre or reaches a log: any identity number (18
 * characters) or mainland mobile number (11 digits) left in it is masked. Templates never put them
 * in; this catches what a mediator may have typed into a free-text field that a notice quotes.
 */
public final class PersonalDataMasking {

  private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{3})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

  private PersonalDataMasking() {}

  public static String scrub(String text) {
    if (text == null) {
      return null;
    }
    String masked = IDENTITY_NUMBER.matcher(text).replaceAll("$1**********$2");
    return MOBILE.matcher(masked).replaceAll("$1****$2");
  }
}
