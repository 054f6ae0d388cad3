package cn.onedoor.modelguard;

/** What the model guard checks, each with the name a refusal gives it in Chinese and in English. */
enum ModelRule {
  XML("XML 无法解析", "XML cannot be parsed"),
  UNKNOWN_BEAN("引用了不存在的 Bean", "unknown bean"),
  UNKNOWN_TOPIC("外部任务的主题无人处理", "no worker of the application fetches the external task's topic"),
  UNKNOWN_CLASS("引用了不存在的 Java 类", "unknown Java class"),
  UNKNOWN_VARIABLE("表达式引用了本流程中无人提供的变量", "expression names a variable nobody provides in this process"),
  BAD_EXPRESSION("表达式语法错误", "expression does not parse"),
  UNRESOLVED_FORM("引用的表单在部署和引擎中都不存在", "formRef resolves neither in the deployment nor in the engine"),
  INVALID_FORM("表单不是有效的 Camunda 表单（form-js）", "form is not a valid form-js schema"),
  NON_STATUTORY_TIMER("定时器或期限未经法定日历计算", "timer or due date is not computed by the statutory calendar"),
  UNKNOWN_GROUP("引用了不存在的用户组", "group does not exist in the identity service"),
  TAKEOVER("新文件接管了另一文件中已部署的流程或决策 id，且未声明", "a new resource takes over a deployed id from another resource without saying so"),
  MISSING_HISTORY_TTL("缺少历史数据保留期限 historyTimeToLive", "historyTimeToLive is missing"),
  ENGINE_PARSE("引擎无法解析模型", "the engine cannot parse the model");

  private final String chinese;
  private final String english;

  ModelRule(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  String chinese() {
    return chinese;
  }

  String english() {
    return english;
  }
}
