package cn.onedoor.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a mediation agreement pays (the draft-agreement checklist {@code agreementPays}), and whether
 * that opens the payment order: LDMAL art. 16 (劳动争议调解仲裁法第十六条) lets the worker apply to the
 * court for a payment order where an agreement on labour remuneration (劳动报酬), work-injury medical
 * costs (工伤医疗费), economic compensation (经济补偿) or damages (赔偿金) is not performed in time. It
 * turns on what the agreement pays, not on the dispute type given at intake.
 */
public final class AgreementPays {

  public static final String LABOUR_REMUNERATION = "labour_remuneration";
  public static final String INJURY_MEDICAL_COSTS = "injury_medical_costs";
  public static final String ECONOMIC_COMPENSATION = "economic_compensation";
  public static final String DAMAGES = "damages";
  public static final String OTHER = "other";
  /** LDMAL art. 16: the four kinds of payment for which a payment order may be sought. */
  static final Set<String> PAYMENT_ORDER_KINDS = Set.of(LABOUR_REMUNERATION, INJURY_MEDICAL_COSTS, ECONOMIC_COMPENSATION, DAMAGES);
  static final Set<String> ALL = Set.of(LABOUR_REMUNERATION, INJURY_MEDICAL_COSTS, ECONOMIC_COMPENSATION, DAMAGES, OTHER);

  private AgreementPays() {
  }

  /** LDMAL art. 16: eligible when the agreement pays at least one of the four kinds. */
  public static boolean paymentOrderEligible(Collection<String> pays) {
    return pays.stream().anyMatch(PAYMENT_ORDER_KINDS::contains);
  }

  /**
   * The codes of a checklist value as the engine holds it: a Json variable (what Camunda Forms submit
   * for a checklist), a Java list, or nothing. Unknown codes are refused.
   */
  public static List<String> codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(item -> codes.add(item.isString() ? item.stringValue() : item.toString()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(item -> codes.add(String.valueOf(item)));
    } else if (value != null) {
      throw new IllegalArgumentException("协议给付事项格式无效：应为选项列表");
    }
    for (String code : codes) {
      if (!ALL.contains(code)) {
        throw new IllegalArgumentException("协议给付事项选项无效：" + code);
      }
    }
    return List.copyOf(codes);
  }
}
