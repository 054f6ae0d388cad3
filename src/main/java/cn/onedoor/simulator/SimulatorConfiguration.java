package cn.onedoor.simulator;

import cn.onedoor.external.ExternalSystemsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The built-in simulator of the court, the arbitration commission and the SMS/e-mail gateway: on
 * with {@code onedoor.simulator.enabled=true} (the demo default), absent otherwise. Our clients
 * reach it over real HTTP on this node when no base URL is configured.
 */
@Configuration
@ConditionalOnProperty(name = "onedoor.simulator.enabled", havingValue = "true")
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);

  @Bean
  SimulatorStore simulatorStore(JdbcTemplate jdbc) {
    log.warn("The simulator of the court, the arbitration commission and the SMS gateway is ON (demo); page /simulator/");
    return new SimulatorStore(jdbc);
  }

  /** {@code /simulator/} opens the page (static/simulator/index.html). */
  @Bean
  WebMvcConfigurer simulatorPage() {
    return new WebMvcConfigurer() {
      @Override
      public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/simulator", "/simulator/index.html");
        registry.addRedirectViewController("/simulator/", "/simulator/index.html");
      }
    };
  }

  @Bean
  SimulatorFaults simulatorFaults() {
    return new SimulatorFaults();
  }

  @Bean
  SimulatorCallbacks simulatorCallbacks(SimulatorStore store, ExternalSystemsProperties external) {
    return new SimulatorCallbacks(store, external);
  }
}
