package cn.onedoor.modelguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.OneDoorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/**
 * A bundled model the guard refuses stops the application at start-up, with the reason in Spring
 * Boot's failure report. Its own short-lived application (it never finishes starting), on a fresh database.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModelGuardStartupTests {

  @Test
  void aRefusedBundledModelStopsTheStartWithTheReason(CapturedOutput output, @TempDir Path models) throws Exception {
    // the release's models folder (onedoor.models.dir) with the one broken model
    Files.createDirectories(models.resolve("processes"));
    Files.createDirectories(models.resolve("forms"));
    try (var in = getClass().getResourceAsStream("/modelguard/BrokenAtStartup.bpmn")) {
      Files.copy(in, models.resolve("processes/BrokenAtStartup.bpmn"));
    }
    SpringApplicationBuilder application = new SpringApplicationBuilder(OneDoorApplication.class);
    // an engine and a database of its own: the failed engine unregisters by name, and must not take the shared one with it
    // no web layer: the webapps keep static state (their runtime delegates), which must stay the shared application's
    assertThatThrownBy(() -> application.run("--spring.main.web-application-type=none", "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.process-engine-name=guardStartup", "--spring.datasource.url=jdbc:h2:mem:guardStartup;DB_CLOSE_DELAY=-1",
            "--onedoor.models.dir=" + models.toAbsolutePath())
        .close())
        .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(ModelRefusedException.class));
    assertThat(output).contains("APPLICATION FAILED TO START", "The model guard refused the models deployed at start-up",
        "file BrokenAtStartup.bpmn, element Task_CallNobody: unknown bean (noSuchDelegate");
  }
}
