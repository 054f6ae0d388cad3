package cn.onedoor.models;

import cn.onedoor.models.ModelInventory.ModelState;
import cn.onedoor.models.ModelInventory.State;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * What the engine runs compared with this build's {@code processes/} and {@code forms/}: the drift
 * (models whose latest version is an administrator's, kept by releases) and an export of the deployed
 * models in the repository's layout, to take administrators' edits back into the repository.
 */
@Component
public class ModelReleases {

  /** A model the engine runs in another version than this build's file, with a sentence for people. */
  public record Drift(String file, String key, Integer deployedVersion, String deploymentName, String deploymentSource,
                      Date deploymentTime, String message) {}

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final ProcessEngine engine;
  private final BundledModels bundled;

  ModelReleases(ProcessEngine engine, BundledModels bundled) {
    this.engine = engine;
    this.bundled = bundled;
  }

  public List<ModelState> states() {
    return ModelInventory.compare(engine, bundled.read());
  }

  public List<Drift> drift() {
    return states().stream().filter(s -> s.state() == State.ADMIN_VERSION).map(ModelReleases::drift).toList();
  }

  static Drift drift(ModelState s) {
    String source = s.deploymentSource() == null ? "未注明来源" : s.deploymentSource();
    String when = s.deploymentTime() == null ? "" : "，" + TIME.format(s.deploymentTime().toInstant());
    return new Drift(s.file(), s.key(), s.deployedVersion(), s.deploymentName(), s.deploymentSource(), s.deploymentTime(),
        s.key() + " 正在使用管理员部署的第 " + s.deployedVersion() + " 版（" + source + when + "），与本次发布的 "
            + s.file() + " 不同，已保留，未被发布覆盖。请导出已部署模型（/api/models/export）并提交到代码仓库。");
  }

  /** Every deployed model in its latest version as a zip: {@code processes/…}, {@code forms/…} and {@code export.json}. */
  public byte[] export() {
    Map<String, Map<String, Object>> index = new LinkedHashMap<>();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      Set<String> keysDone = new HashSet<>();
      Set<String> namesDone = new HashSet<>();
      for (ModelState state : states()) {
        if (state.deploymentId() == null) {
          continue;
        }
        ModelFile.Kind kind = ModelFile.kindOf(state.file());
        write(out, state.file(), ModelInventory.deployedBytes(engine, kind, state.key()), namesDone);
        keysDone.add(kind + ":" + state.key());
        index.put(state.file(), entry(state.key(), state.deployedVersion(), state.deploymentName(), state.deploymentSource(),
            state.state().name()));
      }
      for (Extra extra : notBundled(keysDone)) {
        String file = (extra.kind == ModelFile.Kind.FORM ? "forms/" : "processes/")
            + ModelFile.read(extra.resourceName, new byte[0]).fileName();
        byte[] bytes = ModelInventory.deployedBytes(engine, extra.kind, extra.key);
        if (bytes != null && write(out, file, bytes, namesDone)) {
          index.put(file, entry(extra.key, extra.version, null, null, "NOT_IN_REPOSITORY"));
        }
      }
      out.putNextEntry(new ZipEntry("export.json"));
      out.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(index));
      out.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip.toByteArray();
  }

  private static Map<String, Object> entry(String key, Integer version, String deployment, String source, String state) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("key", key);
    entry.put("version", version);
    entry.put("deployment", deployment);
    entry.put("source", source);
    entry.put("state", state);
    return entry;
  }

  private static boolean write(ZipOutputStream out, String name, byte[] bytes, Set<String> done) throws IOException {
    if (bytes == null || !done.add(name)) {
      return false;
    }
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
    return true;
  }

  private record Extra(ModelFile.Kind kind, String key, int version, String resourceName) {}

  /** Latest definitions of keys no bundled file defines: models an administrator added. */
  private List<Extra> notBundled(Set<String> bundledKeys) {
    RepositoryService repository = engine.getRepositoryService();
    List<Extra> extras = new ArrayList<>();
    for (ProcessDefinition p : repository.createProcessDefinitionQuery().latestVersion().withoutTenantId().list()) {
      if (!bundledKeys.contains(ModelFile.Kind.BPMN + ":" + p.getKey())) {
        extras.add(new Extra(ModelFile.Kind.BPMN, p.getKey(), p.getVersion(), p.getResourceName()));
      }
    }
    for (DecisionDefinition d : repository.createDecisionDefinitionQuery().latestVersion().withoutTenantId().list()) {
      if (!bundledKeys.contains(ModelFile.Kind.DMN + ":" + d.getKey())) {
        extras.add(new Extra(ModelFile.Kind.DMN, d.getKey(), d.getVersion(), d.getResourceName()));
      }
    }
    List<CamundaFormDefinitionEntity> forms = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getDbEntityManager()
            .selectList("selectAllCamundaFormDefinitions", new org.camunda.bpm.engine.impl.db.ListQueryParameterObject()));
    Map<String, CamundaFormDefinitionEntity> latestForms = new LinkedHashMap<>();
    for (CamundaFormDefinitionEntity f : forms) {
      if (f.getTenantId() == null) {
        latestForms.merge(f.getKey(), f, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
      }
    }
    for (CamundaFormDefinitionEntity f : latestForms.values()) {
      if (!bundledKeys.contains(ModelFile.Kind.FORM + ":" + f.getKey())) {
        extras.add(new Extra(ModelFile.Kind.FORM, f.getKey(), f.getVersion(), f.getResourceName()));
      }
    }
    return extras;
  }
}
