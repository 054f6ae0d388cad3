package cn.onedoor.external;

import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Checks at start-up that every outbound time-out stays far below the job lock time: a call that
 * could outlive its job's lock would let a second node run the same hand-off while the first still
 * waits for its answer.
 */
@Configuration
@EnableConfigurationProperties(ExternalSystemsProperties.class)
class ExternalSystemsConfiguration implements InitializingBean {

  private final ExternalSystemsProperties properties;
  private final long lockTimeMillis;
  private final boolean simulator;

  ExternalSystemsConfiguration(ExternalSystemsProperties properties,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis,
      @Value("${onedoor.simulator.enabled:false}") boolean simulator) {
    this.properties = properties;
    this.lockTimeMillis = lockTimeMillis;
    this.simulator = simulator;
  }

  @Override
  public void afterPropertiesSet() {
    if (!simulator) {
      java.util.List<String> missing = new java.util.ArrayList<>();
      properties.all().forEach((system, endpoint) -> {
        String prefix = "ONEDOOR_" + system.id().toUpperCase() + "_";
        if (endpoint.getBaseUrl().isBlank()) {
          missing.add(prefix + "URL");
        }
        if (endpoint.getApiKey() == null || endpoint.getApiKey().isBlank()) {
          missing.add(prefix + "API_KEY");
        }
        if (system != ExternalSystem.NOTIFICATION_GATEWAY
            && (endpoint.getCallbackSecret() == null || endpoint.getCallbackSecret().isBlank())) {
          missing.add(prefix + "CALLBACK_SECRET");
        }
      });
      if (!missing.isEmpty()) {
        throw new IllegalStateException("The simulator is off, so the real court, arbitration commission and SMS gateway"
            + " must be configured; missing: " + String.join(", ", missing) + " (see README, configuration)");
      }
    }
    properties.all().forEach((system, endpoint) -> {
      Duration worst = endpoint.getConnectTimeout().multipliedBy(2).plus(endpoint.getReadTimeout());
      if (worst.toMillis() * 4 > lockTimeMillis) {
        throw new IllegalStateException("onedoor.external." + system.id() + ": connect-timeout × 2 + read-timeout ("
            + worst + ") must stay below a quarter of the job lock time (" + lockTimeMillis + " ms)");
      }
    });
  }
}
