package cn.onedoor.reporting;

import cn.onedoor.agreement.DisputeCauses;
import cn.onedoor.register.CaseStage;
import cn.onedoor.security.PersonNames;
import cn.onedoor.security.Role;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The Chinese words for the codes the register keeps (channel, dispute type, mediator pool, stage,
 * mediator id), so that the dashboard and the exports say the same thing. An unknown code is shown
 * as it is; an empty one (no pool or mediator yet) as 未分派.
 */
@Component
public class ReportLabels {

  static final String UNASSIGNED = "未分派";

  static final Map<String, String> CHANNELS;

  static {
    Map<String, String> channels = new LinkedHashMap<>();
    channels.put("window", "窗口");
    channels.put("phone", "电话（12333转办）");
    channels.put("online", "网上申请");
    channels.put("court_entrusted", "法院委派调解");
    channels.put("union_referral", "工会转办");
    channels.put("hr_referral", "人社局转办");
    channels.put("consultation", "法律咨询转入");
    CHANNELS = Collections.unmodifiableMap(channels);
  }

  private final IdentityService identity;

  ReportLabels(IdentityService identity) {
    this.identity = identity;
  }

  /** Every label the dashboard needs, by kind: channel, disputeType, mediatorPool, stage, mediator. */
  public Map<String, Map<String, String>> all() {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    all.put("channel", CHANNELS);
    all.put("disputeType", DisputeCauses.labels());
    all.put("mediatorPool", pools());
    all.put("stage", stages());
    all.put("mediator", mediators());
    return all;
  }

  public String channel(String code) {
    return label(CHANNELS, code);
  }

  public String disputeType(String code) {
    return label(DisputeCauses.labels(), code);
  }

  public String mediatorPool(String code) {
    return label(pools(), code);
  }

  public String stage(String code) {
    return label(stages(), code);
  }

  /** 李明（mediator）: the name people know, and the login that tells two namesakes apart. */
  public String mediator(String userId) {
    if (userId == null || userId.isBlank()) {
      return UNASSIGNED;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : displayName(user) + "（" + userId + "）";
  }

  /** Names of the members of every mediator pool (a centre has dozens, not thousands). */
  Map<String, String> mediators() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Role pool : Role.mediatorPools()) {
      for (User user : identity.createUserQuery().memberOfGroup(pool.groupId()).orderByUserId().asc().list()) {
        names.putIfAbsent(user.getId(), displayName(user) + "（" + user.getId() + "）");
      }
    }
    return names;
  }

  private static Map<String, String> pools() {
    Map<String, String> pools = new LinkedHashMap<>();
    for (Role pool : Role.mediatorPools()) {
      pools.put(pool.groupId(), pool.displayName().replace("调解员·", ""));
    }
    return pools;
  }

  private static Map<String, String> stages() {
    Map<String, String> stages = new LinkedHashMap<>();
    for (CaseStage stage : CaseStage.values()) {
      stages.put(stage.code(), stage.label());
    }
    return stages;
  }

  private static String label(Map<String, String> labels, String code) {
    if (code == null || code.isBlank()) {
      return UNASSIGNED;
    }
    return labels.getOrDefault(code, code);
  }

  /** Family name first, no space (as /api/me shows it). */
  static String displayName(User user) {
    return PersonNames.displayName(user);
  }
}
