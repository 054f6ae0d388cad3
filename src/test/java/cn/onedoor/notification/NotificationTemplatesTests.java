package cn.onedoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTests {

  private final NotificationTemplates templates = new NotificationTemplates("【调处中心】",
      Map.of("accepted", "{centre}案号{caseNumber}已受理，调解期限至{mediationDeadline}。"));

  @Test
  void rendersEveryPlaceholderWithTheCentresSignature() {
    assertThat(templates.render("accepted", Map.of("caseNumber", "吉劳调〔2026〕0001号", "mediationDeadline", "2026-12-14")))
        .isEqualTo("【调处中心】案号吉劳调〔2026〕0001号已受理，调解期限至2026-12-14。");
  }

  @Test
  void aMissingValueOrTemplateIsAnErrorNotABlankInTheText() {
    assertThatThrownBy(() -> templates.render("accepted", Map.of("caseNumber", "x")))
        .hasMessageContaining("{mediationDeadline}");
    assertThatThrownBy(() -> templates.render("nope", Map.of())).hasMessageContaining("nope");
  }

  @Test
  void readableSessionTimeDropsSecondsAndZone() {
    assertThat(CaseNoticeValues.readableTime("2026-12-03T09:30:00+08:00")).isEqualTo("2026-12-03 09:30");
  }
}
