package cn.onedoor.external;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExternalSystemsConfigurationTests {

  @Test
  void withoutTheSimulatorEveryExternalSystemMustBeConfigured() {
    ExternalSystemsProperties properties = new ExternalSystemsProperties();
    properties.getCourt().setBaseUrl("https://court.example.cn/api");
    properties.getCourt().setApiKey("k");
    assertThatThrownBy(() -> new ExternalSystemsConfiguration(properties, 300_000, false).afterPropertiesSet())
        .hasMessageContaining("ONEDOOR_COURT_CALLBACK_SECRET")
        .hasMessageContaining("ONEDOOR_ARBITRATION_URL")
        .hasMessageContaining("ONEDOOR_NOTIFICATION_API_KEY")
        .hasMessageNotContaining("ONEDOOR_COURT_URL")
        .hasMessageNotContaining("ONEDOOR_NOTIFICATION_CALLBACK_SECRET");
  }

  @Test
  void theSimulatorNeedsNoExternalConfiguration() {
    assertThatCode(() -> new ExternalSystemsConfiguration(new ExternalSystemsProperties(), 300_000, true).afterPropertiesSet())
        .doesNotThrowAnyException();
  }

  @Test
  void aTimeOutThatCouldOutliveTheJobLockIsRefused() {
    ExternalSystemsProperties properties = new ExternalSystemsProperties();
    properties.getArbitration().setReadTimeout(Duration.ofSeconds(90));
    assertThatThrownBy(() -> new ExternalSystemsConfiguration(properties, 300_000, true).afterPropertiesSet())
        .hasMessageContaining("onedoor.external.arbitration");
  }
}
