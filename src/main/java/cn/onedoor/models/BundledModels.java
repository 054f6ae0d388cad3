package cn.onedoor.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models and forms this build ships: {@code processes/} and {@code forms/} on the classpath (the
 * repository's folders, copied there by Maven), or the folders under {@code onedoor.models.dir} when set
 * ({@code mvn test -Donedoor.models.dir=/path} runs the suite on edited models). Named
 * {@code processes/<file>} and {@code forms/<file>}, the repository's layout.
 */
@Component
public class BundledModels {

  static final List<String> FOLDERS = List.of("processes", "forms");

  private final String modelsDir;

  BundledModels(@Value("${onedoor.models.dir:}") String modelsDir) {
    this.modelsDir = modelsDir == null ? "" : modelsDir.trim();
  }

  /** Where the models come from, for the log and the status. */
  public String origin() {
    return modelsDir.isEmpty() ? "classpath (processes/, forms/)" : Path.of(modelsDir).toAbsolutePath().toString();
  }

  /** name (repository layout) -> bytes, in name order. */
  public Map<String, byte[]> read() {
    try {
      return modelsDir.isEmpty() ? fromClasspath() : fromFolder(Path.of(modelsDir));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled models from " + origin(), e);
    }
  }

  private static Map<String, byte[]> fromFolder(Path root) throws IOException {
    if (!Files.isDirectory(root.resolve("processes"))) {
      throw new IllegalStateException("onedoor.models.dir " + root.toAbsolutePath() + " has no processes/ folder");
    }
    Map<String, byte[]> models = new TreeMap<>();
    for (String folder : FOLDERS) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
          String name = folder + "/" + dir.relativize(file).toString().replace('\\', '/');
          if (ModelFile.kindOf(name) != ModelFile.Kind.OTHER) {
            models.put(name, Files.readAllBytes(file));
          }
        }
      }
    }
    return models;
  }

  private static Map<String, byte[]> fromClasspath() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> models = new TreeMap<>();
    List<Resource> resources = new ArrayList<>();
    for (String pattern : List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form")) {
      resources.addAll(List.of(resolver.getResources(pattern)));
    }
    for (Resource resource : resources) {
      String url = resource.getURL().toString();
      int at = Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/"));
      String name = at < 0 ? resource.getFilename() : url.substring(at + 1);
      try (InputStream in = resource.getInputStream()) {
        models.put(name, in.readAllBytes());
      }
    }
    return models;
  }
}
