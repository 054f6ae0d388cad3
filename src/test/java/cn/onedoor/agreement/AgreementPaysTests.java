package cn.onedoor.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LDMAL art. 16: the payment order turns on what the agreement pays. */
class AgreementPaysTests {

  @ParameterizedTest(name = "{0} -> payment order {1}")
  @CsvSource({
      "labour_remuneration,                true",
      "injury_medical_costs,               true",
      "economic_compensation,              true",
      "damages,                            true",
      "other,                              false",
      "'other,economic_compensation',      true",
  })
  void eligibleWhenTheAgreementPaysOneOfTheFourKinds(String codes, boolean eligible) {
    assertThat(AgreementPays.paymentOrderEligible(List.of(codes.split(",")))).isEqualTo(eligible);
  }

  @Test
  void readsTheChecklistAsCamundaFormsAndJavaClientsSubmitIt() {
    assertThat(AgreementPays.codes(Spin.JSON("[\"economic_compensation\",\"other\"]")))
        .containsExactly("economic_compensation", "other");
    assertThat(AgreementPays.codes(List.of("damages"))).containsExactly("damages");
    assertThat(AgreementPays.codes(null)).isEmpty();
    assertThatThrownBy(() -> AgreementPays.codes(List.of("bonus"))).hasMessageContaining("bonus");
    assertThatThrownBy(() -> AgreementPays.codes("damages")).hasMessageContaining("选项列表");
  }
}
