package cn.onedoor.security;

import java.util.Arrays;
import java.util.List;

/**
 * The centre's roles, each a Camunda group. Group ids are what BPMN candidate groups, the
 * authorization seeding and our URL rules name; display names are what Camunda Admin shows.
 */
public enum Role {
  INTAKE_CLERK("intake-clerk", "受理窗口"),
  DUTY_LAWYER("duty-lawyer", "值班律师"),
  MEDIATOR_EXPERT("mediator-expert", "调解员·专家学者"),
  MEDIATOR_UNION("mediator-union", "调解员·工会法律服务工作者"),
  MEDIATOR_LAWYER("mediator-lawyer", "调解员·专职律师"),
  MEDIATOR_GRASSROOTS("mediator-grassroots", "调解员·基层法律服务工作者"),
  MEDIATOR_UNION_CADRE("mediator-union-cadre", "调解员·基层工会干部"),
  MEDIATOR_COMMUNITY("mediator-community", "调解员·村(社区)劳动关系协调员"),
  SUPERVISOR("supervisor", "中心负责人"),
  /** Machine accounts of the online platform, the court and the arbitration commission. */
  INTEGRATION("integration", "外部系统接口"),
  ADMIN("camunda-admin", "系统管理员");

  private final String groupId;
  private final String displayName;

  Role(String groupId, String displayName) {
    this.groupId = groupId;
    this.displayName = displayName;
  }

  public String groupId() {
    return groupId;
  }

  public String displayName() {
    return displayName;
  }

  /** People who work in Tasklist (all but administrators, who hold everything, and machine accounts). */
  public boolean isStaff() {
    return this != ADMIN && this != INTEGRATION;
  }

  public boolean isMediatorPool() {
    return groupId.startsWith("mediator-");
  }

  public static List<Role> mediatorPools() {
    return Arrays.stream(values()).filter(Role::isMediatorPool).toList();
  }
}
