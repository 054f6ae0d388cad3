package cn.onedoor.register;

/** How a case ended: the {@code outcome} variable and the register's column. */
public enum Outcome {
  SETTLED("调解结案，当场履行"),
  SETTLED_AFTER_DEFERRED_PERFORMANCE("调解结案，按期履行"),
  NOT_ACCEPTED("不予受理"),
  WITHDRAWN("申请人撤回"),
  REFERRED_TO_ARBITRATION("引导仲裁"),
  AWARD_RECEIVED("仲裁裁决"),
  REFERRED_TO_COURT("移送法院"),
  PAYMENT_ORDER("申请支付令"),
  CONSULTATION_ONLY("咨询结束"),
  REGISTERED_AS_CASE("转为调解案件");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String code() {
    return name().toLowerCase();
  }

  public String label() {
    return label;
  }

  public static Outcome fromCode(String code) {
    return valueOf(code.trim().toUpperCase());
  }

  /**
   * The words for an outcome code as the register holds it; a code this version does not know (a
   * later release's, an imported register's) reads 其他方式结案, never the code itself.
   */
  public static String labelOf(String code) {
    if (code == null || code.isBlank()) {
      return "结案";
    }
    for (Outcome outcome : values()) {
      if (outcome.code().equals(code.trim().toLowerCase())) {
        return outcome.label;
      }
    }
    return "其他方式结案";
  }
}
