package cn.onedoor.notification;

/**
 * Who a notice is for: the parties by SMS, the centre's supervisors and the union internally, the
 * case's mediator (承办人) by e-mail to the address of her user account.
 */
public enum Recipient {
  APPLICANT("sms"),
  RESPONDENT("sms"),
  SUPERVISORS("internal"),
  UNION("internal"),
  MEDIATOR("email");

  private final String channel;

  Recipient(String channel) {
    this.channel = channel;
  }

  public String channel() {
    return channel;
  }
}
