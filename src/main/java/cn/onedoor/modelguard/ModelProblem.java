package cn.onedoor.modelguard;

/**
 * One reason to refuse a deployment: the file, the element (or {@code -}), the rule and what was
 * found there, e.g. {@code LaborDisputeCase.bpmn, Task_NotifyAccepted, UNKNOWN_BEAN, "noSuchDelegate"}.
 */
record ModelProblem(String file, String elementId, ModelRule rule, String detail) {

  /** 文件 X.bpmn，元素 Task_A：引用了不存在的 Bean（noSuchDelegate） / file X.bpmn, element Task_A: unknown bean (noSuchDelegate) */
  String describe() {
    String element = elementId == null || elementId.isBlank() ? "-" : elementId;
    String what = detail == null || detail.isBlank() ? "" : "（" + detail + "）";
    String whatEn = detail == null || detail.isBlank() ? "" : " (" + detail + ")";
    return "文件 " + file + "，元素 " + element + "：" + rule.chinese() + what
        + " / file " + file + ", element " + element + ": " + rule.english() + whatEn;
  }
}
