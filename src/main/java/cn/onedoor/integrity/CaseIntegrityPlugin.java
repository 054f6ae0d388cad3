package cn.onedoor.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link EngineCommandGuard} inside every engine command (after the command context is
 * opened, so it can read the task and its form), for both transaction modes.
 */
@Component
public class CaseIntegrityPlugin extends AbstractProcessEnginePlugin {

  private final CompletionRules rules;

  CaseIntegrityPlugin(CompletionRules rules) {
    this.rules = rules;
  }

  /** Engine calls of OneDoor's own API, which checked its input itself: see {@link EngineCommandGuard#applicationCall}. */
  public static <T> T applicationCall(Supplier<T> work) {
    return EngineCommandGuard.applicationCall(work);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new EngineCommandGuard(rules)));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new EngineCommandGuard(rules)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
    List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(guard);
    return interceptors;
  }
}
