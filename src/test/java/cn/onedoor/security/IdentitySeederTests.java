package cn.onedoor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.support.OneDoorSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

@OneDoorSpringTest
class IdentitySeederTests {

  @Autowired ProcessEngine engine;

  @Test
  void everyRoleIsAGroupWithItsChineseName() {
    for (Role role : Role.values()) {
      Group group = engine.getIdentityService().createGroupQuery().groupId(role.groupId()).singleResult();
      assertThat(group).as(role.groupId()).isNotNull();
      assertThat(group.getName()).isEqualTo(role.displayName());
    }
    assertThat(Role.mediatorPools()).hasSize(6);
  }

  @Test
  void demoUsersBelongToTheirGroups() {
    assertThat(engine.getIdentityService().checkPassword("mediator", "demo")).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("mediator-union").userId("mediator").count()).isOne();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("mediator-lawyer").userId("mediator2").count()).isOne();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
  }

  @Test
  void everyPoolTheTriageCanChooseHasADemoMember() throws java.io.IOException {
    String table = java.nio.file.Files.readString(java.nio.file.Path.of("processes", "Decision_Triage.dmn"));
    java.util.Set<String> pools = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(mediator-[a-z-]+)\"").matcher(table);
    while (m.find()) {
      pools.add(m.group(1));
    }
    assertThat(pools).hasSizeGreaterThanOrEqualTo(6);
    for (String pool : pools) {
      assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(pool).count()).as(pool).isPositive();
    }
  }

  @Test
  void seedingAgainChangesNothing() {
    long users = engine.getIdentityService().createUserQuery().count();
    long groups = engine.getIdentityService().createGroupQuery().count();
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();

    new IdentitySeeder(new SecurityProperties(null, null), new DemoProperties(true)).postProcessEngineBuild(engine);

    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void startWithoutDemoUsersNeedsAnAdministratorFromTheEnvironment() {
    IdentitySeeder seeder = new IdentitySeeder(new SecurityProperties("", ""), new DemoProperties(false));
    assertThatThrownBy(() -> seeder.postProcessEngineBuild(engine))
        .isInstanceOf(MissingAdministratorException.class)
        .hasMessageContaining("ONEDOOR_ADMIN_ID");

    FailureAnalysis analysis = new MissingAdministratorFailureAnalyzer().analyze(new MissingAdministratorException());
    assertThat(analysis.getDescription()).contains("ONEDOOR_ADMIN_ID", "ONEDOOR_ADMIN_PASSWORD");
    assertThat(analysis.getAction()).contains("camunda-admin");
  }

  @Test
  void administratorFromTheEnvironmentIsCreatedOnce() {
    new IdentitySeeder(new SecurityProperties("chief", "s3cret-初始"), new DemoProperties(false)).postProcessEngineBuild(engine);
    assertThat(engine.getIdentityService().checkPassword("chief", "s3cret-初始")).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").userId("chief").count()).isOne();

    // a later start with another password keeps the one the administrator has by then
    new IdentitySeeder(new SecurityProperties("chief", "other"), new DemoProperties(false)).postProcessEngineBuild(engine);
    assertThat(engine.getIdentityService().checkPassword("chief", "s3cret-初始")).isTrue();
  }
}
