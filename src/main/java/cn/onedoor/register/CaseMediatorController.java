package cn.onedoor.register;

import cn.onedoor.api.ApiException;
import cn.onedoor.api.PageParameters;
import cn.onedoor.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 承办人 and 我的案件: {@code POST /api/cases/{caseNumber}/mediator}, {@code GET /api/my-cases}, {@code GET /api/cases/search}. */
@RestController
class CaseMediatorController {

  static final int QUERY_MAX = 50;
  static final int MY_CASES_DEFAULT = 50;
  static final int MY_CASES_MAX = 200;

  private final CaseMediators mediators;
  private final CaseAccess access;

  CaseMediatorController(CaseMediators mediators, CaseAccess access) {
    this.mediators = mediators;
    this.access = access;
  }

  record MediatorChangeRequest(String mediator, String reason) {}

  @PostMapping("/api/cases/{caseNumber}/mediator")
  @Operation(summary = "更换承办调解员", description = "仅限中心负责人和系统管理员（其他人 403）；须填写原因（400），"
      + "新承办人须是本案调解员组成员（400）；记录更换人、时间和原因，本案当前待办任务改派给新承办人")
  CaseMediators.Change reassign(@PathVariable String caseNumber, @RequestBody(required = false) MediatorChangeRequest body) {
    Authentication caller = caller();
    if (!oversees(groups(caller))) {
      throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "只有中心负责人和系统管理员可以更换承办调解员。");
    }
    if (body == null || body.mediator() == null || body.mediator().isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "mediator_required", "请填写新的承办调解员（mediator）。");
    }
    String reason = body.reason() == null ? "" : body.reason().trim();
    if (reason.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "reason_required", "请填写更换承办调解员的原因（reason）。");
    }
    if (reason.codePointCount(0, reason.length()) > CaseMediators.REASON_MAX) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "reason_too_long", "更换原因最多 " + CaseMediators.REASON_MAX + " 字。");
    }
    return mediators.reassign(caseNumber, body.mediator().trim(), reason, caller.getName());
  }

  @GetMapping("/api/cases/{caseNumber}/mediator-changes")
  @Operation(summary = "承办调解员更换记录", description = "与案件材料同样的查看范围（本案调解员组、承办调解员、中心负责人、系统管理员）")
  List<CaseMediators.Change> changes(@PathVariable String caseNumber) {
    access.requireReadable(caseNumber);
    return mediators.changes(caseNumber);
  }

  @GetMapping("/api/my-cases")
  @Operation(summary = "我的案件（分页）", description = "我承办的未结案件（含等待履行期限、法院或仲裁委的案件），按调解期限排序；"
      + "page 从 0 起，size 至多 " + MY_CASES_MAX + "（默认 " + MY_CASES_DEFAULT + "），total 为总数")
  CaseMediators.LinePage myCases(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    String user = caller().getName();
    return mediators.openCasesOf(user, PageParameters.number("page", page, 0, 0, Integer.MAX_VALUE / MY_CASES_MAX),
        PageParameters.number("size", size, MY_CASES_DEFAULT, 1, MY_CASES_MAX));
  }

  @GetMapping("/api/cases/search")
  @Operation(summary = "查找案件", description = "按案号、申请人、被申请人（用人单位）名称的一部分，或申请人身份证号末四位（或完整号码）查找；"
      + "调解员只查到本组和自己承办的案件，中心负责人和系统管理员查全中心；最多 50 件")
  List<CaseMediators.CaseLine> search(@RequestParam(name = "q", required = false) String q) {
    String text = q == null ? "" : q.trim();
    if (text.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "query_required", "请输入案号、当事人名称或身份证号末四位。");
    }
    if (text.codePointCount(0, text.length()) > QUERY_MAX) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "query_too_long", "查找内容最多 " + QUERY_MAX + " 字。");
    }
    Authentication caller = caller();
    List<String> groups = groups(caller);
    return mediators.search(text, caller.getName(), groups, oversees(groups));
  }

  private static Authentication caller() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated()) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "请先登录。");
    }
    return caller;
  }

  private static List<String> groups(Authentication caller) {
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).toList();
  }

  private static boolean oversees(List<String> groups) {
    return groups.contains(Role.SUPERVISOR.groupId()) || groups.contains(Role.ADMIN.groupId());
  }
}
