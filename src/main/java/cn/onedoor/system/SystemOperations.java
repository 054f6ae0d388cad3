package cn.onedoor.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the system, without the caller's engine authorizations, and restores the
 * caller afterwards. Only for calls whose permission our own API has already checked by role, such
 * as correlating a message from the court to the case that waits for it.
 */
@Component
public class SystemOperations {

  private final IdentityService identityService;

  SystemOperations(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T asSystem(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
