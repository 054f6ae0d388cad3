package cn.onedoor.external;

/** The systems outside the centre that OneDoor talks to over HTTP. */
public enum ExternalSystem {
  COURT("court", "人民法院调解平台"),
  ARBITRATION("arbitration", "劳动人事争议仲裁委员会"),
  NOTIFICATION_GATEWAY("notification", "短信/邮件网关");

  private final String id;
  private final String label;

  ExternalSystem(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** URL and configuration name: court, arbitration, notification. */
  public String id() {
    return id;
  }

  /** Chinese name for incidents and pages. */
  public String label() {
    return label;
  }

  public static ExternalSystem byId(String id) {
    for (ExternalSystem system : values()) {
      if (system.id.equals(id)) {
        return system;
      }
    }
    throw new IllegalArgumentException("unknown external system " + id);
  }
}
