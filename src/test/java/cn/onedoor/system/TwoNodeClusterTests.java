package cn.onedoor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Camunda's cluster model, without containers: two OneDoor nodes as plain JVMs (profile postgres,
 * job executor on) on one PostgreSQL database, as docker-compose.yml's cluster profile runs them.
 * Jobs started on either node run exactly once across both; with nginx installed, the same
 * deploy/nginx.conf keeps a browser on its node.
 */
@Tag("postgres-only")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTests {

  private static final int INSTANCES = 120;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WORK = Paths.get("target", "cluster-test");

  private static final List<Process> processes = new ArrayList<>();
  private static int port1;
  private static int port2;

  @BeforeAll
  static void startTwoNodesOnOneDatabase() throws Exception {
    Files.createDirectories(WORK);
    String databaseUrl = TestDatabase.newDatabaseUrl();
    port1 = freePort();
    port2 = freePort();
    // node2 starts once node1 is healthy, as docker-compose.yml orders them (schema creation runs once)
    processes.add(startNode("node1", port1, databaseUrl));
    awaitHealthy(port1);
    processes.add(startNode("node2", port2, databaseUrl));
    awaitHealthy(port2);
  }

  @AfterAll
  static void stopNodes() throws InterruptedException {
    for (Process process : processes) {
      process.destroy();
    }
    for (Process process : processes) {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  @Order(1)
  void bothNodesServeTheSameEngineAndSeeTheSameAdministrator() throws IOException {
    for (int port : new int[] {port1, port2}) {
      HttpResponse<String> status = HttpTestClient.basic(port, "admin", "cluster-secret").get("/api/system/status");
      assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
      assertThat(JSON.readTree(status.body()).get("database").asText()).isEqualTo("PostgreSQL");
      // the postgres profile has no demo users
      assertThat(HttpTestClient.basic(port, "clerk", "demo").get("/api/me").statusCode()).isEqualTo(401);
    }
  }

  @Test
  @Order(2)
  void jobsStartedOnEitherNodeRunExactlyOnceAcrossBoth() throws Exception {
    HttpTestClient node1 = HttpTestClient.basic(port1, "admin", "cluster-secret");
    HttpTestClient node2 = HttpTestClient.basic(port2, "admin", "cluster-secret");
    HttpResponse<String> deployed = node1.postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", "cluster-probe"), "ClusterProbe.bpmn", probeModel());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

    for (int i = 0; i < INSTANCES; i++) {
      HttpTestClient node = i % 2 == 0 ? node1 : node2;
      HttpResponse<String> started = node.postJson("/engine-rest/process-definition/key/ClusterProbe/start", "{}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }

    await(Duration.ofSeconds(180), () -> count(node1, "/engine-rest/history/process-instance/count?processDefinitionKey=ClusterProbe&finished=true") == INSTANCES);

    JsonNode successes = JSON.readTree(node2.get(
        "/engine-rest/history/job-log?processDefinitionKey=ClusterProbe&successLog=true&maxResults=10000").body());
    Set<String> jobIds = new HashSet<>();
    Set<String> hosts = new HashSet<>();
    successes.forEach(log -> {
      jobIds.add(log.get("jobId").asText());
      hosts.add(log.get("hostname").asText());
    });
    long jobsCreated = JSON.readTree(node1.get(
        "/engine-rest/history/job-log?processDefinitionKey=ClusterProbe&creationLog=true&maxResults=10000").body()).size();

    System.out.printf("Cluster test: %d jobs created, %d successful executions, %d distinct jobs, hosts %s%n",
        jobsCreated, successes.size(), jobIds.size(), hosts);
    assertThat(jobsCreated).isEqualTo(INSTANCES);
    assertThat(successes.size()).as("each job succeeded once").isEqualTo(INSTANCES);
    assertThat(jobIds).hasSize(INSTANCES);
    assertThat(hosts).as("both nodes executed jobs").containsExactlyInAnyOrder("node1", "node2");
    assertThat(count(node1, "/engine-rest/incident/count")).isZero();
    assertThat(count(node2, "/engine-rest/job/count?processDefinitionKey=ClusterProbe")).isZero();
  }

  @Test
  @Order(3)
  void nginxKeepsEachBrowserOnItsNode() throws Exception {
    Path nginx = Paths.get("/usr/sbin/nginx");
    assumeThat(Files.isExecutable(nginx)).as("nginx is installed (apt-get install nginx-light; .ci/run does)").isTrue();
    int proxyPort = freePort();
    Path prefix = WORK.resolve("nginx").toAbsolutePath();
    Files.createDirectories(prefix.resolve("logs"));
    String site = Files.readString(Paths.get("deploy", "nginx.conf"))
        .replace("onedoor:8080", "127.0.0.1:" + port1)
        .replace("onedoor-node2:8080", "127.0.0.1:" + port2)
        .replace("listen 80;", "listen 127.0.0.1:" + proxyPort + ";");
    Files.writeString(prefix.resolve("site.conf"), site);
    Files.writeString(prefix.resolve("nginx.conf"), """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/logs/error.log warn;
        events { worker_connections 64; }
        http {
          access_log %1$s/logs/access.log;
          client_body_temp_path %1$s/client; proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi; uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;
          include %1$s/site.conf;
        }
        """.formatted(prefix));
    Process proxy = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
        .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
    processes.add(proxy);
    awaitHealthy(proxyPort);

    HttpTestClient browser = HttpTestClient.anonymous(proxyPort);
    assertThat(browser.webappLogin("tasklist", "admin", "cluster-secret").statusCode()).isEqualTo(200);
    Set<String> nodesSeen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> status = browser.get("/api/system/status");
      assertThat(status.statusCode()).as("request %d keeps the login session", i).isEqualTo(200);
      nodesSeen.add(JSON.readTree(status.body()).get("node").asText());
    }
    assertThat(nodesSeen).hasSize(1);

    // browsers without the cookie are spread over both nodes
    Set<String> firstNodes = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> status = HttpTestClient.basic(proxyPort, "admin", "cluster-secret").get("/api/system/status");
      firstNodes.add(JSON.readTree(status.body()).get("node").asText());
    }
    assertThat(firstNodes).containsExactlyInAnyOrder("node1", "node2");
  }

  private static Process startNode(String name, int port, String databaseUrl) throws IOException {
    List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", applicationClasspath(), "cn.onedoor.OneDoorApplication");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(WORK.resolve(name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("SPRING_PROFILES_ACTIVE", "postgres");
    env.put("PORT", Integer.toString(port));
    env.put("ONEDOOR_NODE_NAME", name);
    env.put("ONEDOOR_DB_URL", databaseUrl);
    env.put("ONEDOOR_DB_USER", TestDatabase.user());
    env.put("ONEDOOR_DB_PASSWORD", TestDatabase.password());
    env.put("ONEDOOR_DB_POOL_SIZE", "5");
    env.put("ONEDOOR_ADMIN_ID", "admin");
    env.put("ONEDOOR_ADMIN_PASSWORD", "cluster-secret");
    // the profile refuses the demo fingerprint key and any key under 32 characters
    env.put("ONEDOOR_FINGERPRINT_KEY", "cluster-test-fingerprint-key-0123456789");
    // production profile: external systems must be configured; nothing in this test calls them
    for (String system : List.of("COURT", "ARBITRATION", "NOTIFICATION")) {
      env.put("ONEDOOR_" + system + "_URL", "http://127.0.0.1:9/" + system.toLowerCase());
      env.put("ONEDOOR_" + system + "_API_KEY", "cluster-" + system.toLowerCase());
      env.put("ONEDOOR_" + system + "_CALLBACK_SECRET", "cluster-" + system.toLowerCase() + "-secret");
    }
    // plain HTTP on loopback: the profile's secure cookies would never come back
    env.put("SERVER_SERVLET_SESSION_COOKIE_SECURE", "false");
    env.put("CAMUNDA_BPM_WEBAPP_CSRF_ENABLESECURECOOKIE", "false");
    env.put("CAMUNDA_BPM_WEBAPP_SESSIONCOOKIE_ENABLESECURECOOKIE", "false");
    // this test is about the cluster, not about agreement PDFs: no CJK font needed
    env.put("ONEDOOR_AGREEMENT_FONTREQUIRED", "false");
    return builder.start();
  }

  /** The application's classpath as surefire built it, without the test classes and resources. */
  private static String applicationClasspath() {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classpath.split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static void awaitHealthy(int port) {
    await(Duration.ofSeconds(180), () -> {
      try {
        return HttpTestClient.anonymous(port).get("/actuator/health").statusCode() == 200;
      } catch (RuntimeException notYet) {
        return false;
      }
    });
  }

  private static void await(Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Condition not met within " + timeout + "; node logs in " + WORK.toAbsolutePath());
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static long count(HttpTestClient client, String path) {
    try {
      return JSON.readTree(client.get(path).body()).get("count").asLong();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static byte[] probeModel() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ClusterProbe" targetNamespace="http://onedoor.cn/test">
          <bpmn:process id="ClusterProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Probe" />
            <bpmn:sequenceFlow id="SequenceFlow_ToWork" sourceRef="StartEvent_Probe" targetRef="Task_Work" />
            <bpmn:serviceTask id="Task_Work" camunda:asyncBefore="true" camunda:expression="${execution.setVariable('done', true)}" />
            <bpmn:sequenceFlow id="SequenceFlow_ToEnd" sourceRef="Task_Work" targetRef="EndEvent_Probe" />
            <bpmn:endEvent id="EndEvent_Probe" />
          </bpmn:process>
        </bpmn:definitions>
        """.getBytes(StandardCharsets.UTF_8);
  }
}
