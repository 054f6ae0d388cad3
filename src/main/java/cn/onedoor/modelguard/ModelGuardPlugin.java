package cn.onedoor.modelguard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link ModelGuardInterceptor} around every deployment, whichever door it comes through:
 * {@code POST /engine-rest/deployment/create} (Camunda Modeler, scripts), the webapps, the
 * application's own start-up deployment. See docs/model-guard.md.
 */
@Component
public class ModelGuardPlugin extends AbstractProcessEnginePlugin {

  private final ModelGuard guard;

  ModelGuardPlugin(ModelGuard guard) {
    this.guard = guard;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new ModelGuardInterceptor(guard)));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new ModelGuardInterceptor(guard)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(interceptor);
    return interceptors;
  }
}
