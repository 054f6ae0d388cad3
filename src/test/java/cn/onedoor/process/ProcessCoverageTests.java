package cn.onedoor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Flow-node and sequence-flow coverage of the models over the whole suite: the union of what every
 * test class covered (camunda-process-test-coverage writes one report per class under
 * target/process-test-coverage). Runs after all other classes; the summary goes to
 * target/process-test-coverage/summary.txt.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageTests {

  static final Path REPORTS = Paths.get("target", "process-test-coverage");
  /** every model in processes/ (file name = process id), so a new model cannot be left out */
  static final List<String> MODELS = models();
  static final double REQUIRED = 0.90;

  private static List<String> models() {
    try (Stream<Path> files = Files.list(Paths.get("processes"))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
          .map(name -> name.substring(0, name.length() - ".bpmn".length())).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void suiteCoversAtLeastNinetyPercentOfEveryModelsFlowNodesAndSequenceFlows() throws IOException {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Path mainReport = REPORTS.resolve(LaborDisputeCaseTests.class.getName()).resolve("report.json");
    assumeThat(Files.exists(mainReport) && Files.getLastModifiedTime(mainReport).toMillis() >= jvmStart)
        .as("the process tests ran in this JVM (run the whole suite)").isTrue();

    Map<String, Integer> totals = new HashMap<>();
    Map<String, Set<String>> covered = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    List<Path> reports;
    try (Stream<Path> folders = Files.list(REPORTS)) {
      reports = folders.map(folder -> folder.resolve("report.json")).filter(Files::exists).toList();
    }
    for (Path report : reports) {
      if (Files.getLastModifiedTime(report).toMillis() < jvmStart) {
        continue;
      }
      JsonNode root = json.readTree(report.toFile());
      root.get("models").forEach(model -> totals.put(model.get("key").asText(), model.get("totalElementCount").asInt()));
      root.get("suites").forEach(suite -> suite.get("runs").forEach(run -> run.get("events").forEach(event ->
          covered.computeIfAbsent(event.get("modelKey").asText(), k -> new HashSet<>()).add(event.get("definitionKey").asText()))));
    }

    List<String> lines = new ArrayList<>();
    int allCovered = 0;
    int allTotal = 0;
    for (String model : MODELS) {
      int total = totals.getOrDefault(model, 0);
      int hit = covered.getOrDefault(model, Set.of()).size();
      allCovered += hit;
      allTotal += total;
      lines.add("%-22s %3d / %3d  %5.1f %%".formatted(model, hit, total, total == 0 ? 0 : 100.0 * hit / total));
      assertThat(total).as("%s is in the coverage reports", model).isPositive();
    }
    double overall = (double) allCovered / allTotal;
    lines.add("%-22s %3d / %3d  %5.1f %%".formatted("all models", allCovered, allTotal, 100 * overall));
    Files.write(REPORTS.resolve("summary.txt"), lines);
    lines.forEach(line -> System.out.println("Process coverage: " + line));

    assertThat(overall).as("flow nodes and sequence flows covered over the suite").isGreaterThanOrEqualTo(REQUIRED);
    for (String model : MODELS) {
      assertThat((double) covered.getOrDefault(model, Set.of()).size() / totals.get(model)).as(model).isGreaterThanOrEqualTo(REQUIRED);
    }
  }
}
