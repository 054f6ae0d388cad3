package cn.onedoor.modelguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.onedoor.OneDoorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
  void aRefusedBundledModelStopsTheStartWithTheReason(CapturedOutput output) {
    SpringApplicationBuilder application = new SpringApplicationBuilder(OneDoorApplication.class);
    String broken = "classpath*:modelguard/BrokenAtStartup.bpmn";
    assertThatThrownBy(() -> application.run("--server.port=0", "--onedoor.simulator.enabled=false",
            "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.deployment-resource-pattern[0]=" + broken,
            "--camunda.bpm.deployment-resource-pattern[1]=" + broken, "--camunda.bpm.deployment-resource-pattern[2]=" + broken)
        .close())
        .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(ModelRefusedException.class));
    assertThat(output).contains("APPLICATION FAILED TO START", "The model guard refused the models deployed at start-up",
        "file BrokenAtStartup.bpmn, element Task_CallNobody: unknown bean (noSuchDelegate");
  }
}
