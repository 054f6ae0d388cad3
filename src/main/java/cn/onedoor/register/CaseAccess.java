package cn.onedoor.register;

import cn.onedoor.api.ApiException;
import cn.onedoor.security.Role;
import cn.onedoor.system.SystemOperations;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who may read one case's data through our API (agreement PDF, timeline, any view under
 * {@code /api/cases/{caseNumber}/…}): the members of the case's own mediator pool, its assigned
 * mediator, supervisors and administrators. Nobody else, the intake clerk and the duty lawyer
 * included; a case not yet triaged (no pool) is the supervisors' and administrators' only.
 * An unknown case is 404 for supervisors and administrators, who could read it if it existed, and
 * 403 for everyone else, so that sequential case numbers reveal nothing to them.
 */
@Service
public class CaseAccess {

  static final String FORBIDDEN_MESSAGE = "您无权查看该案件：案件材料仅限承办该案的调解员组、承办调解员、中心负责人和系统管理员查看。";

  private final CaseRegister register;
  private final SystemOperations system;

  CaseAccess(CaseRegister register, SystemOperations system) {
    this.register = register;
    this.system = system;
  }

  /**
   * The case's data read by {@code reader} once the caller may read the case. The reader runs
   * without the caller's engine authorization (this rule, not the engine's per-definition history
   * grants, decides who reads one case), then the caller's engine authentication is back.
   */
  public <T> T read(String caseNumber, Supplier<T> reader) {
    requireReadable(caseNumber);
    return system.asSystem(reader);
  }

  /** Returns when the caller of this request may read the case; otherwise 403 (or 404, see above) as an {@link ApiException}. */
  public void requireReadable(String caseNumber) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated()) {
      throw forbidden();
    }
    List<String> groups = groupIds(caller);
    Optional<CaseRegister.Keepers> keepers = register.keepers(caseNumber);
    if (keepers.isEmpty()) {
      throw oversees(groups)
          ? new ApiException(HttpStatus.NOT_FOUND, "no_case", "案件登记簿中没有该案件：" + caseNumber)
          : forbidden();
    }
    if (!mayRead(caller.getName(), groups, keepers.get())) {
      throw forbidden();
    }
  }

  /** The rule itself: supervisors and administrators, the case's pool, the case's mediator. */
  static boolean mayRead(String userId, Collection<String> groups, CaseRegister.Keepers keepers) {
    if (oversees(groups)) {
      return true;
    }
    String pool = keepers.mediatorPool();
    boolean poolMember = pool != null && pool.startsWith("mediator-") && groups.contains(pool);
    boolean assigned = keepers.mediatorId() != null && keepers.mediatorId().equals(userId);
    return poolMember || assigned;
  }

  private static boolean oversees(Collection<String> groups) {
    return groups.contains(Role.SUPERVISOR.groupId()) || groups.contains(Role.ADMIN.groupId());
  }

  private static List<String> groupIds(Authentication caller) {
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith("ROLE_"))
        .map(authority -> authority.substring("ROLE_".length()))
        .toList();
  }

  private static ApiException forbidden() {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden", FORBIDDEN_MESSAGE);
  }
}
