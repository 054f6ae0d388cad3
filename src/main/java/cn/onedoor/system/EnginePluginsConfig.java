package cn.onedoor.system;

import org.camunda.connect.plugin.impl.ConnectProcessEnginePlugin;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine plugins, declared explicitly rather than left to classpath detection:
 * Connect (outbound HTTP via {@code http-connector}) and Spin (variables of type Json, which
 * Camunda Forms submit for lists and objects).
 */
@Configuration
class EnginePluginsConfig {

  @Bean
  ConnectProcessEnginePlugin connectProcessEnginePlugin() {
    return new ConnectProcessEnginePlugin();
  }

  @Bean
  SpinProcessEnginePlugin spinProcessEnginePlugin() {
    return new SpinProcessEnginePlugin();
  }
}
