package cn.onedoor.security;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the centre's groups, the first administrator, the demo users (demo profile only) and the
 * grants of {@link AccessPolicy}, at every start and idempotently: what exists is kept, what is
 * missing is added, nothing is removed. Several nodes may start at once on one database; a row
 * another node inserted first counts as done.
 */
@Component
@Order(10)
class IdentitySeeder extends AbstractCamundaConfiguration {

  private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

  /**
   * A demo user: the family name (姓) goes into Camunda's firstName and the given name (名) into its
   * lastName, so that the webapps, which show firstName + " " + lastName, put the family name first
   * ({@link PersonNames}).
   */
  record DemoUser(String id, String familyName, String givenName, Role role) {}

  static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser("admin", "系统", "管理员", Role.ADMIN),
      new DemoUser("clerk", "王", "芳", Role.INTAKE_CLERK),
      new DemoUser("mediator", "李", "明", Role.MEDIATOR_UNION),
      new DemoUser("mediator2", "陈", "静", Role.MEDIATOR_LAWYER),
      // every pool Decision_Triage can choose has a member, so no demo case waits for nobody
      new DemoUser("expert", "孙", "华", Role.MEDIATOR_EXPERT),
      new DemoUser("grassroots", "周", "强", Role.MEDIATOR_GRASSROOTS),
      new DemoUser("cadre", "吴", "丽", Role.MEDIATOR_UNION_CADRE),
      new DemoUser("community", "郑", "军", Role.MEDIATOR_COMMUNITY),
      new DemoUser("lawyer", "张", "伟", Role.DUTY_LAWYER),
      new DemoUser("supervisor", "刘", "建国", Role.SUPERVISOR));

  static final String DEMO_PASSWORD = "demo";

  private final SecurityProperties security;
  private final DemoProperties demo;

  IdentitySeeder(SecurityProperties security, DemoProperties demo) {
    this.security = security;
    this.demo = demo;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (!demo.enabled() && !security.hasAdministrator()) {
      throw new MissingAdministratorException();
    }
    IdentityService identity = engine.getIdentityService();
    for (Role role : Role.values()) {
      ensureGroup(identity, role);
    }
    if (security.hasAdministrator()) {
      ensureUser(identity, security.adminId(), "系统", "管理员", security.adminPassword(), Role.ADMIN);
    }
    if (demo.enabled()) {
      for (DemoUser user : DEMO_USERS) {
        ensureUser(identity, user.id(), user.familyName(), user.givenName(), DEMO_PASSWORD, user.role());
        putFamilyNameFirst(identity, user);
        ensureEmail(identity, user.id());
      }
      log.info("Demo users present: {} (password '{}')", DEMO_USERS.stream().map(DemoUser::id).toList(), DEMO_PASSWORD);
    }
    AuthorizationService authorizations = engine.getAuthorizationService();
    AccessPolicy.grants().forEach(grant -> ensureGrant(authorizations, grant));
    log.info("Groups and {} grants of the access policy are in place", AccessPolicy.grants().size());
  }

  private void ensureGroup(IdentityService identity, Role role) {
    BooleanSupplier exists = () -> identity.createGroupQuery().groupId(role.groupId()).count() > 0;
    createUnlessPresent(exists, () -> {
      Group group = identity.newGroup(role.groupId());
      group.setName(role.displayName());
      group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
      identity.saveGroup(group);
    });
  }

  /** Demo staff have an e-mail address (notices to the case's mediator go there; the simulator receives them). */
  static String demoEmail(String userId) {
    return userId + "@" + DEMO_EMAIL_DOMAIN;
  }

  static final String DEMO_EMAIL_DOMAIN = "onedoor.example";

  private void ensureEmail(IdentityService identity, String id) {
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user != null && (user.getEmail() == null || user.getEmail().isBlank())) {
      user.setEmail(demoEmail(id));
      try {
        identity.saveUser(user);
      } catch (ProcessEngineException e) {
        log.debug("Another node set the e-mail first: {}", e.getMessage());
      }
    }
  }

  /**
   * A demo database seeded before names were kept family name first (firstName 芳, lastName 王) is
   * turned round once; a name an administrator changed is left alone.
   */
  private static void putFamilyNameFirst(IdentityService identity, DemoUser demo) {
    User user = identity.createUserQuery().userId(demo.id()).singleResult();
    if (user != null && demo.givenName().equals(user.getFirstName()) && demo.familyName().equals(user.getLastName())
        && !demo.givenName().equals(demo.familyName())) {
      user.setFirstName(demo.familyName());
      user.setLastName(demo.givenName());
      identity.saveUser(user);
      log.info("Demo user {}: name now kept family name first ({})", demo.id(), PersonNames.displayName(user));
    }
  }

  private void ensureUser(IdentityService identity, String id, String familyName, String givenName, String password,
                          Role role) {
    createUnlessPresent(() -> identity.createUserQuery().userId(id).count() > 0, () -> {
      User user = identity.newUser(id);
      user.setFirstName(familyName); // the webapps show firstName first: 王 芳
      user.setLastName(givenName);
      user.setPassword(password);
      identity.saveUser(user);
    });
    createUnlessPresent(
        () -> identity.createUserQuery().userId(id).memberOfGroup(role.groupId()).count() > 0,
        () -> identity.createMembership(id, role.groupId()));
  }

  private void ensureGrant(AuthorizationService service, AccessPolicy.Grant grant) {
    BooleanSupplier complete = () -> {
      Authorization existing = findGrant(service, grant);
      return existing != null && grant.permissions().stream().allMatch(existing::isPermissionGranted);
    };
    createUnlessPresent(complete, () -> {
      Authorization authorization = findGrant(service, grant);
      if (authorization == null) {
        authorization = service.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(grant.role().groupId());
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
      }
      for (Permission permission : grant.permissions()) {
        authorization.addPermission(permission);
      }
      service.saveAuthorization(authorization);
    });
  }

  private static Authorization findGrant(AuthorizationService service, AccessPolicy.Grant grant) {
    return service.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(grant.role().groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
  }

  /** Runs {@code create} unless {@code present}; a concurrent creation by another node is fine. */
  private static void createUnlessPresent(BooleanSupplier present, Runnable create) {
    if (present.getAsBoolean()) {
      return;
    }
    try {
      create.run();
    } catch (ProcessEngineException e) {
      if (!present.getAsBoolean()) {
        throw e;
      }
      log.debug("Another node created it first: {}", e.getMessage());
    }
  }
}
