package cn.onedoor.models;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * The bundled models against what the engine runs: for each file of {@code processes/} and
 * {@code forms/}, the latest deployed version of what it defines, and whether that is the bundled file,
 * the file of an earlier release (so this release should deploy it), or somebody else's edit (an
 * administrator's, from Modeler or REST), which a release keeps.
 */
public final class ModelInventory {

  /** Source of the start-up deployments of the bundled models. */
  public static final String RELEASE_SOURCE = "onedoor-release";
  /** Name of those deployments. */
  public static final String RELEASE_NAME = "onedoor";
  /** Resource in each release deployment: every bundled file's name and SHA-256, deployed or not. */
  public static final String MANIFEST = "onedoor-release.json";
  /** Camunda Spring Boot auto-deployment's name, how releases were deployed before the manifest. */
  static final String LEGACY_NAME = "SpringAutoDeployment";

  public enum State {
    /** the engine runs the bundled file */
    IN_SYNC,
    /** not deployed yet, or the engine runs an earlier release's file: this release deploys it */
    RELEASE_NEWER,
    /** the engine runs another version (an administrator's): kept, reported as drift */
    ADMIN_VERSION
  }

  /** One bundled file and its deployed counterpart ({@code deployed*} null when none is deployed). */
  public record ModelState(String file, String key, State state, Integer deployedVersion, String deploymentId,
                           String deploymentName, String deploymentSource, Date deploymentTime,
                           String deployedResource) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelInventory() {}

  static List<ModelState> compare(ProcessEngine engine, Map<String, byte[]> bundled) {
    Map<String, String> shipped = lastShipped(engine);
    List<ModelState> states = new ArrayList<>();
    for (Map.Entry<String, byte[]> entry : bundled.entrySet()) {
      String name = entry.getKey();
      byte[] bytes = entry.getValue();
      String checksum = ModelFile.sha256(bytes);
      ModelFile.Kind kind = ModelFile.kindOf(name);
      // a file the last release shipped unchanged has been read (and deployed or kept) before: its keys
      // by a plain StAX pass; only new or changed files get the full, schema-validating read
      Set<String> keys = checksum.equals(shipped.get(name))
          ? ModelFile.keysOf(name, bytes) : ModelFile.read(name, bytes).keys();
      String key = keys.stream().sorted().findFirst().orElse(null);
      Deployed deployed = key == null ? null : latest(engine, kind, key);
      State state;
      if (deployed == null) {
        state = State.RELEASE_NEWER;
      } else if (deployed.checksum.equals(checksum)) {
        state = State.IN_SYNC;
      } else if (deployed.checksum.equals(shipped.get(name))
          || (shipped.isEmpty() && LEGACY_NAME.equals(deployed.deployment.getName()))) {
        state = State.RELEASE_NEWER;
      } else {
        state = State.ADMIN_VERSION;
      }
      states.add(deployed == null
          ? new ModelState(name, key, state, null, null, null, null, null, null)
          : new ModelState(name, key, state, deployed.version, deployed.deployment.getId(),
              deployed.deployment.getName(), deployed.deployment.getSource(), deployed.deployment.getDeploymentTime(),
              deployed.resourceName));
    }
    return states;
  }

  /** The manifest of the newest release deployment: file name -> SHA-256; empty before the first. */
  static Map<String, String> lastShipped(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    for (Deployment deployment : repository.createDeploymentQuery().deploymentSource(RELEASE_SOURCE)
        .orderByDeploymentTime().desc().list()) {
      if (repository.getDeploymentResourceNames(deployment.getId()).contains(MANIFEST)) {
        try (InputStream in = repository.getResourceAsStream(deployment.getId(), MANIFEST)) {
          return JSON.readValue(in, new TypeReference<Map<String, String>>() {});
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return Map.of();
  }

  private record Deployed(int version, String resourceName, Deployment deployment, String checksum, byte[] bytes) {}

  /** The latest deployed definition of {@code key} (a process, decision or form) and its resource. */
  private static Deployed latest(ProcessEngine engine, ModelFile.Kind kind, String key) {
    RepositoryService repository = engine.getRepositoryService();
    // processes, decisions and forms are all ResourceDefinitions: one lookup per kind, the rest alike
    ResourceDefinition definition = switch (kind) {
      case BPMN -> repository.createProcessDefinitionQuery().processDefinitionKey(key)
          .withoutTenantId().latestVersion().singleResult();
      case DMN -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
          .withoutTenantId().latestVersion().singleResult();
      case FORM -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getCommandExecutorTxRequired().execute(context ->
              context.getCamundaFormDefinitionManager().findLatestDefinitionByKeyAndTenantId(key, null));
      default -> null;
    };
    if (definition == null) {
      return null;
    }
    String deploymentId = definition.getDeploymentId();
    String resourceName = definition.getResourceName();
    int version = definition.getVersion();
    byte[] bytes;
    try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    return new Deployed(version, resourceName, deployment, ModelFile.sha256(bytes), bytes);
  }

  /** The deployed bytes of the latest definition of {@code key}, or null. */
  static byte[] deployedBytes(ProcessEngine engine, ModelFile.Kind kind, String key) {
    Deployed deployed = latest(engine, kind, key);
    return deployed == null ? null : deployed.bytes;
  }
}
