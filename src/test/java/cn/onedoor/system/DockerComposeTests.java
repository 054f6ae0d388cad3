package cn.onedoor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml without a Docker engine: Debian's docker-compose v1 checks it (the CI
 * installs it), and the topology is checked here: one database with a named volume and a health
 * check, nodes configured only by environment, the cluster profile behind nginx.
 */
@Tag("no-database")
class DockerComposeTests {

  private static final Path COMPOSE = Paths.get("docker-compose.yml");

  @Test
  void composeFileIsValidForBothProfiles() throws Exception {
    Path tool = Paths.get("/usr/bin/docker-compose");
    assumeThat(Files.isExecutable(tool)).as("docker-compose v1 installed (apt-get install --no-install-recommends docker-compose)").isTrue();
    for (List<String> profile : List.of(List.<String>of(), List.of("--profile", "cluster"))) {
      var command = new java.util.ArrayList<>(List.of(tool.toString(), "-f", COMPOSE.toString()));
      command.addAll(profile);
      command.addAll(List.of("config", "-q"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(Map.of("POSTGRES_PASSWORD", "x", "ONEDOOR_ADMIN_ID", "admin", "ONEDOOR_ADMIN_PASSWORD", "x",
          "ONEDOOR_FINGERPRINT_KEY", "compose-test-fingerprint-key-0123456789"));
      for (String system : List.of("COURT", "ARBITRATION", "NOTIFICATION")) {
        builder.environment().put("ONEDOOR_" + system + "_URL", "https://" + system.toLowerCase() + ".example.cn/api");
        builder.environment().put("ONEDOOR_" + system + "_API_KEY", "x");
        builder.environment().put("ONEDOOR_" + system + "_CALLBACK_SECRET", "x");
      }
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void clusterProfileRunsTwoIdenticalNodesOnOneDatabaseBehindNginx() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
    Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

    Map<String, Object> postgres = services.get("postgres");
    assertThat(postgres.get("image").toString()).startsWith("postgres:17");
    assertThat(postgres).containsKey("healthcheck");
    assertThat((List<String>) postgres.get("volumes")).anyMatch(v -> v.startsWith("onedoor-db:"));
    assertThat((Map<String, Object>) compose.get("volumes")).containsKey("onedoor-db");

    Map<String, Object> node1 = services.get("onedoor");
    Map<String, Object> node2 = services.get("onedoor-node2");
    Map<String, Object> env1 = (Map<String, Object>) node1.get("environment");
    Map<String, Object> env2 = (Map<String, Object>) node2.get("environment");
    assertThat(env1.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
    assertThat(env1.get("ONEDOOR_DB_URL")).isEqualTo(env2.get("ONEDOOR_DB_URL"));
    assertThat(env1.get("ONEDOOR_NODE_NAME")).isEqualTo("node1");
    assertThat(env2.get("ONEDOOR_NODE_NAME")).isEqualTo("node2");
    assertThat(node1.get("build")).isEqualTo(node2.get("build"));
    assertThat(node2.get("profiles")).isEqualTo(List.of("cluster"));

    Map<String, Object> nginx = services.get("nginx");
    assertThat(nginx.get("profiles")).isEqualTo(List.of("cluster"));
    String site = Files.readString(Paths.get("deploy", "nginx.conf"));
    assertThat(site).contains("server onedoor:8080").contains("server onedoor-node2:8080")
        .contains("$cookie_" + NodeRouteCookieFilter.COOKIE);
  }

  @Test
  void everyVariableTheProfileReadsIsSetByCompose() throws IOException {
    String compose = Files.readString(COMPOSE);
    String profile = Files.readString(Paths.get("src", "main", "resources", "application-postgres.yml"));
    java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\$\\{(ONEDOOR_[A-Z_]+)").matcher(profile);
    while (variables.find()) {
      assertThat(compose).as("compose sets %s", variables.group(1)).contains(variables.group(1) + ":");
    }
  }

  @Test
  void imageRunsAsNonRootUserAfterAMultiStageBuild() throws IOException {
    String dockerfile = Files.readString(Paths.get("Dockerfile"));
    assertThat(dockerfile).containsPattern("FROM maven:[^\\n]+ AS build").contains("COPY --from=build")
        .containsPattern("\\nUSER onedoor\\n");
  }
}
