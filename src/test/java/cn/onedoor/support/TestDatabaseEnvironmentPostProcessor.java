package cn.onedoor.support;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points every Spring test context at a fresh database of the kind {@link TestDatabase} chose. */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  private final Log log;

  public TestDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
    this.log = logFactory.getLog(TestDatabaseEnvironmentPostProcessor.class);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String url = TestDatabase.newDatabaseUrl();
    environment.getPropertySources().addFirst(new MapPropertySource("onedoorTestDatabase", Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", TestDatabase.user(),
        "spring.datasource.password", TestDatabase.password())));
    String line = "OneDoor test context on " + TestDatabase.describe() + ": " + url;
    System.out.println(line);
    log.info(line);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
