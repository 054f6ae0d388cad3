package cn.onedoor.modelguard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * What the engine holds already, read inside the deploying command (without authorization checks: the
 * guard judges the models, not the deployer): the latest process models, decisions and forms by key.
 */
class DeployedModels {

  /** A stored resource: its name and content. */
  record Stored(String name, byte[] bytes) {}

  private final CommandContext context;

  DeployedModels(CommandContext context) {
    this.context = context;
  }

  /** The resource of the latest process definition of each key. */
  List<Stored> latestProcessModels() {
    return context.runWithoutAuthorization(() -> {
      Map<String, Stored> byResource = new LinkedHashMap<>();
      List<ProcessDefinition> latest = context.getProcessDefinitionManager()
          .findProcessDefinitionsByQueryCriteria((ProcessDefinitionQueryImpl) new ProcessDefinitionQueryImpl().latestVersion(), null);
      for (ProcessDefinition definition : latest) {
        String key = definition.getDeploymentId() + "/" + definition.getResourceName();
        if (!byResource.containsKey(key)) {
          resource(definition.getDeploymentId(), definition.getResourceName())
              .ifPresent(bytes -> byResource.put(key, new Stored(definition.getResourceName(), bytes)));
        }
      }
      return new ArrayList<>(byResource.values());
    });
  }

  /** The resource name of the latest process definition with this key, if there is one. */
  Optional<String> processResourceName(String key) {
    return context.runWithoutAuthorization(() -> {
      ProcessDefinitionEntity definition = context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key);
      return Optional.ofNullable(definition).map(ProcessDefinitionEntity::getResourceName);
    });
  }

  /** The resource name of the latest decision with this key, if there is one. */
  Optional<String> decisionResourceName(String key) {
    return context.runWithoutAuthorization(() -> {
      DecisionDefinitionEntity definition = context.getDecisionDefinitionManager().findLatestDefinitionByKey(key);
      return Optional.ofNullable(definition).map(DecisionDefinitionEntity::getResourceName);
    });
  }

  /** The content of the latest deployed form with this id, if there is one. */
  Optional<byte[]> form(String key) {
    return context.runWithoutAuthorization(() -> {
      CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key);
      return form == null ? Optional.<byte[]>empty() : resource(form.getDeploymentId(), form.getResourceName());
    });
  }

  boolean groupExists(String groupId) {
    return context.runWithoutAuthorization(
        () -> context.getProcessEngineConfiguration().getIdentityService().createGroupQuery().groupId(groupId).count() > 0);
  }

  private Optional<byte[]> resource(String deploymentId, String name) {
    ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, name);
    return Optional.ofNullable(resource).map(ResourceEntity::getBytes);
  }
}
