package cn.onedoor.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People's names as OneDoor shows them: family name first, no space (王芳), in place of the login
 * (which stays in the data, e.g. as an attribute, to tell two namesakes apart).
 *
 * <p>Camunda keeps two name fields and its webapps always show {@code firstName + " " + lastName}.
 * OneDoor therefore keeps the name in the order it is said: {@code firstName} holds the family name
 * (姓), {@code lastName} the given name (名); Tasklist, Cockpit and Admin show 王 芳 and label the
 * fields 姓 and 名 (their zh.json), our pages and APIs 王芳 ({@code docs/webapp-locale.md}, "Names").
 */
@Component
public class PersonNames {

  private final IdentityService identity;

  PersonNames(IdentityService identity) {
    this.identity = identity;
  }

  /** 王芳 for a user whose family name (firstName) is 王 and given name (lastName) 芳; the id if both are empty. */
  public static String displayName(User user) {
    String family = user.getFirstName() == null ? "" : user.getFirstName().trim();
    String given = user.getLastName() == null ? "" : user.getLastName().trim();
    String name = family + given;
    return name.isEmpty() ? user.getId() : name;
  }

  /** The user's name; the id itself for an unknown user; null for null (nobody). */
  public String of(String userId) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    return of(Set.of(userId)).get(userId);
  }

  /** Names of the given users in one query: each id to its name, an unknown id to itself. */
  public Map<String, String> of(Collection<String> userIds) {
    Set<String> ids = new LinkedHashSet<>();
    userIds.stream().filter(Objects::nonNull).filter(id -> !id.isBlank()).forEach(ids::add);
    Map<String, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (User user : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
      names.put(user.getId(), displayName(user));
    }
    ids.forEach(id -> names.putIfAbsent(id, id));
    return names;
  }
}
