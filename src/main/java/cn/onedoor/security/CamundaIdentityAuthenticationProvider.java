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
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for our own API against the Camunda identity service: the same users, passwords and
 * groups as Tasklist and the engine REST API. Each group becomes the role {@code ROLE_<groupId>}.
 * {@link LoginThrottle} stands in front of the check: a source or a user in its delay gets 429
 * ({@link LoginThrottledException}) without a password check; a wrong password counts for its source.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    // behind nginx the client from X-Forwarded-For (server.forward-headers-strategy: native), else the peer
    String source = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    throttle.check(source, userId);
    if (credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(source, userId);
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
