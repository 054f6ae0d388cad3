package cn.onedoor.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** 案由: the dispute types of LDMAL art. 2 in the words of the register form (also the reports' labels). */
public final class DisputeCauses {

  private static final Map<String, String> LABELS;

  static {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("wages", "追索劳动报酬");
    labels.put("dismissal", "解除或终止劳动合同");
    labels.put("social_insurance", "社会保险");
    labels.put("injury", "工伤医疗费");
    labels.put("compensation", "经济补偿或赔偿金");
    labels.put("contract", "劳动合同订立或履行");
    labels.put("hours_leave", "工作时间、休息休假");
    labels.put("labour_relationship", "确认劳动关系");
    LABELS = Collections.unmodifiableMap(labels);
  }

  private DisputeCauses() {}

  /** Every dispute type code with its Chinese name, in the register form's order. */
  public static Map<String, String> labels() {
    return LABELS;
  }

  /** The cause in Chinese; 劳动争议 for a type this list does not know. */
  static String of(String disputeType) {
    return disputeType == null ? "劳动争议" : LABELS.getOrDefault(disputeType, "劳动争议");
  }
}
