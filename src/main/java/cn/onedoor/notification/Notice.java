package cn.onedoor.notification;

import java.util.List;
import java.util.Map;

/**
 * A notice about a case: which template, to whom, with which values for the template's
 * {@code {placeholders}}. Values must not hold identity numbers or phone numbers.
 */
public record Notice(String caseNumber, String template, List<Recipient> recipients, Map<String, String> values) {

  public static final List<Recipient> PARTIES = List.of(Recipient.APPLICANT, Recipient.RESPONDENT);
}
