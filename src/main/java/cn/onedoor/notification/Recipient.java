package cn.onedoor.notification;

/** Who a notice is for: the parties by SMS, the centre's supervisors and the union internally. */
public enum Recipient {
  APPLICANT("sms"),
  RESPONDENT("sms"),
  SUPERVISORS("internal"),
  UNION("internal");

  private final String channel;

  Recipient(String channel) {
    this.channel = channel;
  }

  public String channel() {
    return channel;
  }
}
