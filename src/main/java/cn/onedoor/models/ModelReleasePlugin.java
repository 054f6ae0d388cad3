package cn.onedoor.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deployment of the models, in place of Camunda's Spring Boot auto-deployment (switched off in
 * application.yml, which redeployed everything when one file changed and so superseded administrators'
 * versions): {@link CarryAlongDeployer} on every deployment, and at start-up the bundled files that
 * changed since the last release deployment, except where the engine runs an administrator's version
 * (then kept, and reported as drift in the log, {@code /api/system/status} and Cockpit's dashboard).
 */
@Component
class ModelReleasePlugin extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(ModelReleasePlugin.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BundledModels bundled;

  ModelReleasePlugin(BundledModels bundled) {
    this.bundled = bundled;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(new CarryAlongDeployer());
    configuration.setCustomPreDeployers(deployers);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    deployBundled(engine, bundled.read(), bundled.origin());
  }

  /** Deploys what this release changed; returns the comparison it acted on. */
  static List<ModelInventory.ModelState> deployBundled(ProcessEngine engine, Map<String, byte[]> files, String origin) {
    List<ModelInventory.ModelState> states = ModelInventory.compare(engine, files);
    Map<String, String> manifest = new LinkedHashMap<>();
    files.forEach((name, bytes) -> manifest.put(name, ModelFile.sha256(bytes)));
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(ModelInventory.RELEASE_NAME).source(ModelInventory.RELEASE_SOURCE);
    List<String> deploying = new ArrayList<>();
    for (ModelInventory.ModelState state : states) {
      switch (state.state()) {
        case RELEASE_NEWER -> {
          deployment.addInputStream(state.file(), new ByteArrayInputStream(files.get(state.file())));
          deploying.add(state.file());
        }
        case ADMIN_VERSION -> log.warn("Model drift: {} ({}) runs version {} from deployment '{}' (source '{}', {}), "
                + "not this release's file; kept. Take it into the repository with GET /api/models/export "
                + "(docs/editing-models.md)", state.file(), state.key(), state.deployedVersion(), state.deploymentName(),
            state.deploymentSource(), state.deploymentTime());
        default -> { }
      }
    }
    boolean firstManifest = ModelInventory.lastShipped(engine).isEmpty();
    if (deploying.isEmpty() && !firstManifest) {
      log.info("Models from {}: {} files, none changed since the last release deployment", origin, files.size());
      return states;
    }
    // a database deployed before the manifest existed (Camunda's auto-deployment) gets one, deployed
    // alone, so that the next release knows what this one shipped
    try {
      deployment.addInputStream(ModelInventory.MANIFEST,
          new ByteArrayInputStream(JSON.writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    String id = deployment.deploy().getId();
    log.info("Models from {}: deployed {} of {} files (deployment {}): {}", origin, deploying.size(), files.size(), id, deploying);
    return states;
  }
}
