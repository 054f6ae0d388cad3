package cn.onedoor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages under {@code cn.onedoor} as Spring Modulith application modules: each direct
 * sub-package is a module, its public types are its API. A plain unit test: no Spring context.
 * See {@code docs/modules.md}.
 */
@Tag("no-database")
class ModularityTests {

  /** Where the module documentation is written on every run; the committed copy is what this test writes. */
  static final Path DOCS = Path.of("docs", "modules");

  static final ApplicationModules MODULES = ApplicationModules.of(OneDoorApplication.class);

  @Test
  void modulesFormNoCycleAndReachNoOtherModulesInternals() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentationIntoDocs() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases()
        .writeAggregatingDocument();
    try (Stream<Path> diagrams = Files.list(DOCS)) {
      for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
        Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
      }
    }
  }

  /**
   * The Documenter lists components and relations in hash order, which differs between runs; sorted
   * runs of them make the committed diagrams change only when the modules do.
   */
  static List<String> inStableOrder(List<String> lines) {
    List<String> result = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String kind = null;
    for (String line : lines) {
      String lineKind = line.stripLeading().startsWith("Rel(") ? "Rel(" : line.stripLeading().startsWith("Component(") ? "Component(" : null;
      if (lineKind == null || !lineKind.equals(kind)) {
        run.sort(null);
        result.addAll(run);
        run.clear();
      }
      kind = lineKind;
      (lineKind == null ? result : run).add(line);
    }
    run.sort(null);
    result.addAll(run);
    return result;
  }
}
