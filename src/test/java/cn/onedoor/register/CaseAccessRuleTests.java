package cn.onedoor.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may read a case ({@link CaseAccess#mayRead}), the rule on its own; every door that applies it: {@link CaseAccessTests}. */
class CaseAccessRuleTests {

  @Test
  void theRuleInOnePlace() {
    CaseRegister.Keepers union = new CaseRegister.Keepers("mediator-union", "mediator");
    assertThat(CaseAccess.mayRead("supervisor", List.of("supervisor"), union)).isTrue();
    assertThat(CaseAccess.mayRead("admin", List.of("camunda-admin"), union)).isTrue();
    assertThat(CaseAccess.mayRead("zhang", List.of("mediator-union"), union)).isTrue();
    assertThat(CaseAccess.mayRead("mediator", List.of(), union)).isTrue();
    assertThat(CaseAccess.mayRead("mediator2", List.of("mediator-lawyer"), union)).isFalse();
    assertThat(CaseAccess.mayRead("clerk", List.of("intake-clerk"), union)).isFalse();
    // a pool that is not a mediator group never opens a case, even if someone shares its name
    assertThat(CaseAccess.mayRead("clerk", List.of("intake-clerk"), new CaseRegister.Keepers("intake-clerk", null))).isFalse();
    assertThat(CaseAccess.mayRead("mediator", List.of("mediator-union"), new CaseRegister.Keepers(null, null))).isFalse();
  }
}
