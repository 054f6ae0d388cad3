package cn.onedoor.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The start-up's quick key reader against the full model read, on every file this release ships. */
class ModelFileTests {

  @Test
  void quickKeysAreTheKeysOfTheFullReadForEveryBundledFile() throws IOException {
    List<Path> files;
    try (Stream<Path> processes = Files.list(Path.of("processes")); Stream<Path> forms = Files.list(Path.of("forms"))) {
      files = Stream.concat(processes, forms)
          .filter(file -> ModelFile.kindOf(file.toString()) != ModelFile.Kind.OTHER).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getParent().getFileName() + "/" + file.getFileName();
      assertThat(ModelFile.keysOf(name, bytes)).as(name).isNotEmpty().isEqualTo(ModelFile.read(name, bytes).keys());
    }
  }

  @Test
  void quickKeysOfAProcessAndADecisionAreTheTopLevelIds() {
    String bpmn = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
          <process id="B_Process"><subProcess id="Inner"/></process>
          <process id="A_Process"/>
        </definitions>""";
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n">
          <decision id="Decision_X" name="x"/>
        </definitions>""";
    assertThat(ModelFile.keysOf("processes/Two.bpmn", bpmn.getBytes(StandardCharsets.UTF_8)))
        .containsExactlyInAnyOrder("A_Process", "B_Process");
    assertThat(ModelFile.keysOf("processes/X.dmn", dmn.getBytes(StandardCharsets.UTF_8))).containsExactly("Decision_X");
  }

  @Test
  void quickKeysOfAnUnreadableFileAreNone() {
    assertThat(ModelFile.keysOf("processes/Broken.bpmn", "<definitions><process id=".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }
}
