package cn.onedoor.register;

/** Where a case stands, as the register and the supervisor's views show it. */
public enum CaseStage {
  REGISTERED("已登记"),
  ACCEPTED("已受理"),
  MEDIATING("调解中"),
  AGREEMENT("已达成协议"),
  ARBITRATION("移交仲裁"),
  LITIGATION("引导诉讼"),
  CLOSED("已结案");

  private final String label;

  CaseStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase();
  }

  public static CaseStage fromCode(String code) {
    return valueOf(code.trim().toUpperCase());
  }
}
