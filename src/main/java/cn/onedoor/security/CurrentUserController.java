package cn.onedoor.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the caller is, for our pages' headers and for scripts checking a login. */
@RestController
class CurrentUserController {

  record CurrentUser(String id, String name, List<String> groups) {}

  private final IdentityService identityService;

  CurrentUserController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping("/api/me")
  CurrentUser me(Authentication authentication) {
    User user = identityService.createUserQuery().userId(authentication.getName()).singleResult();
    String name = user == null ? authentication.getName() : PersonNames.displayName(user);
    return new CurrentUser(authentication.getName(), name, EngineAuthenticationInterceptor.groupIds(authentication));
  }
}
