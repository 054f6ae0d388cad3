package cn.onedoor.agreement;

import java.util.Map;

/** 案由: the dispute types of LDMAL art. 2 in the words of the register form. */
final class DisputeCauses {

  private static final Map<String, String> LABELS = Map.of(
      "wages", "追索劳动报酬",
      "dismissal", "解除或终止劳动合同",
      "social_insurance", "社会保险",
      "injury", "工伤医疗费",
      "compensation", "经济补偿或赔偿金",
      "contract", "劳动合同订立或履行",
      "hours_leave", "工作时间、休息休假",
      "labour_relationship", "确认劳动关系");

  private DisputeCauses() {}

  /** The cause in Chinese; 劳动争议 for a type this list does not know. */
  static String of(String disputeType) {
    return disputeType == null ? "劳动争议" : LABELS.getOrDefault(disputeType, "劳动争议");
  }
}
