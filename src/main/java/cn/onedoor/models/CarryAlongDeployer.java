package cn.onedoor.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every new deployment self-contained, whatever door it came through (start-up, Modeler,
 * REST, Cockpit): our models bind their forms and called processes to their own deployment
 * ({@code formRefBinding="deployment"}, {@code calledElementBinding="deployment"}), so a running case
 * keeps the versions it started with. A deployment that lacks some of them gets them added, as
 * they are deployed now:
 * <ul>
 *   <li>forward: a form or called process a deployed model binds to its deployment and the deployment
 *   does not contain, copied from the engine's latest version (for a copied model, from the deployment
 *   it was copied from, so it keeps its own forms);</li>
 *   <li>backward: the latest version of each process that binds a deployed form or process (Modeler
 *   deploys one file: a form edited alone then reaches new cases through a new version of its
 *   process, which otherwise would keep the old form).</li>
 * </ul>
 * Runs before the engine's own deployers (a pre-deployer), so the copies are parsed and versioned like
 * the deployment's own resources; copies keep the resource name they had.
 */
class CarryAlongDeployer implements Deployer {

  private static final Logger log = LoggerFactory.getLogger(CarryAlongDeployer.class);

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null || deployment.getResources().isEmpty()) {
      return;
    }
    new Run(Context.getCommandContext(), deployment).carry();
  }

  private static final class Run {
    private final CommandContext context;
    private final DeploymentEntity deployment;
    private final Map<String, ModelFile> files = new LinkedHashMap<>();
    /** resource name -> the deployment a copy came from */
    private final Map<String, String> origins = new HashMap<>();
    /** names of resources whose keys pull their callers along: the deployment's own and backward copies */
    private final Set<String> pulling = new HashSet<>();
    private final Set<String> processKeys = new HashSet<>();
    private final Set<String> formKeys = new HashSet<>();
    private final List<String> carried = new ArrayList<>();
    private List<ProcessDefinition> latestProcesses;
    private final Map<String, ModelFile> parsed = new HashMap<>();

    Run(CommandContext context, DeploymentEntity deployment) {
      this.context = context;
      this.deployment = deployment;
    }

    void carry() {
      for (ResourceEntity resource : new ArrayList<>(deployment.getResources().values())) {
        add(ModelFile.read(resource.getName(), resource.getBytes()), null, true);
      }
      boolean more = true;
      while (more) {
        more = false;
        for (ModelFile file : new ArrayList<>(files.values())) {
          String origin = origins.get(file.name());
          for (String form : file.deploymentForms()) {
            more |= !formKeys.contains(form) && carryForm(form, origin);
          }
          for (String process : file.deploymentProcesses()) {
            more |= !processKeys.contains(process) && carryProcess(process, origin, false);
          }
        }
        more |= carryCallers();
      }
      if (!carried.isEmpty()) {
        log.info("Deployment '{}' ({}) carries along, as deployed now: {}", deployment.getName(),
            deployment.getSource(), carried);
      }
    }

    private void add(ModelFile file, String origin, boolean pulls) {
      files.put(file.name(), file);
      if (origin != null) {
        origins.put(file.name(), origin);
      }
      if (pulls) {
        pulling.add(file.name());
      }
      (file.kind() == ModelFile.Kind.FORM ? formKeys : processKeys).addAll(
          file.kind() == ModelFile.Kind.FORM || file.kind() == ModelFile.Kind.BPMN ? file.keys() : Set.of());
    }

    /** Latest processes binding a form or process that this deployment's own (or backward) resources define. */
    private boolean carryCallers() {
      Set<String> pulledForms = new HashSet<>();
      Set<String> pulledProcesses = new HashSet<>();
      for (String name : pulling) {
        ModelFile file = files.get(name);
        (file.kind() == ModelFile.Kind.FORM ? pulledForms : pulledProcesses).addAll(file.keys());
      }
      boolean any = false;
      for (ProcessDefinition latest : latestProcesses()) {
        if (processKeys.contains(latest.getKey())) {
          continue;
        }
        ModelFile caller = parsed(latest.getDeploymentId(), latest.getResourceName());
        if (caller != null && (caller.deploymentForms().stream().anyMatch(pulledForms::contains)
            || caller.deploymentProcesses().stream().anyMatch(pulledProcesses::contains))) {
          any |= carryProcess(latest.getKey(), null, true);
        }
      }
      return any;
    }

    private boolean carryForm(String key, String origin) {
      CamundaFormDefinitionEntity form = origin == null ? null
          : context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(origin, key);
      if (form == null) {
        form = context.getCamundaFormDefinitionManager().findLatestDefinitionByKeyAndTenantId(key, deployment.getTenantId());
      }
      return form != null && copy(form.getDeploymentId(), form.getResourceName(), false);
    }

    private boolean carryProcess(String key, String origin, boolean pulls) {
      ProcessDefinitionEntity process = origin == null ? null
          : context.getProcessDefinitionManager().findProcessDefinitionByDeploymentAndKey(origin, key);
      if (process == null) {
        process = context.getProcessDefinitionManager().findLatestProcessDefinitionByKeyAndTenantId(key, deployment.getTenantId());
      }
      return process != null && copy(process.getDeploymentId(), process.getResourceName(), pulls);
    }

    private boolean copy(String fromDeployment, String resourceName, boolean pulls) {
      ResourceEntity source = context.getResourceManager().findResourceByDeploymentIdAndResourceName(fromDeployment, resourceName);
      if (source == null) {
        return false;
      }
      String name = resourceName;
      for (int n = 2; deployment.getResource(name) != null; n++) {
        name = "carried-" + n + "/" + resourceName;
      }
      ResourceEntity copy = new ResourceEntity();
      copy.setName(name);
      copy.setBytes(source.getBytes());
      copy.setDeploymentId(deployment.getId());
      copy.setTenantId(deployment.getTenantId());
      copy.setType(ResourceTypes.REPOSITORY.getValue());
      copy.setCreateTime(ClockUtil.getCurrentTime());
      context.getResourceManager().insertResource(copy);
      deployment.addResource(copy);
      add(ModelFile.read(name, copy.getBytes()), fromDeployment, pulls);
      carried.add(name);
      return true;
    }

    private List<ProcessDefinition> latestProcesses() {
      if (latestProcesses == null) {
        latestProcesses = context.getProcessDefinitionManager()
            .findProcessDefinitionsByQueryCriteria((ProcessDefinitionQueryImpl) new ProcessDefinitionQueryImpl().latestVersion(), null);
      }
      return latestProcesses;
    }

    private ModelFile parsed(String deploymentId, String resourceName) {
      return parsed.computeIfAbsent(deploymentId + "/" + resourceName, k -> {
        ResourceEntity resource = context.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, resourceName);
        return resource == null ? null : ModelFile.read(resourceName, resource.getBytes());
      });
    }
  }
}
