package cn.onedoor.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for our own API against the Camunda identity service: the same users, passwords and
 * groups as Tasklist and the engine REST API. Each group becomes the role {@code ROLE_<groupId>}.
 * The identity service's own brute-force protection (growing delays, lock-out) applies.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials for user " + userId);
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(identityService, userId));
  }

  static List<GrantedAuthority> authoritiesOf(IdentityService identityService, String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(CamundaIdentityAuthenticationProvider::authority)
        .toList();
  }

  static GrantedAuthority authority(String groupId) {
    return new SimpleGrantedAuthority("ROLE_" + groupId);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
