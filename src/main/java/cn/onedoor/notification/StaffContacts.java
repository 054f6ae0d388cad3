package cn.onedoor.notification;

import cn.onedoor.system.SystemOperations;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * How the centre's staff are reached: the e-mail address of their user account (Camunda Admin; the
 * demo users have one). Read as the system: a mediator scheduling a session may not list users.
 */
@Component
class StaffContacts {

  private final IdentityService identity;
  private final SystemOperations system;

  StaffContacts(IdentityService identity, SystemOperations system) {
    this.identity = identity;
    this.system = system;
  }

  Optional<String> email(String userId) {
    User user = system.asSystem(() -> identity.createUserQuery().userId(userId).singleResult());
    return Optional.ofNullable(user).map(User::getEmail).filter(email -> email.contains("@"));
  }

  /** {@code mediator@onedoor.example} → {@code m***@onedoor.example}. */
  static String mask(String email) {
    return email.replaceAll("^(.).*(@.*)$", "$1***$2");
  }
}
