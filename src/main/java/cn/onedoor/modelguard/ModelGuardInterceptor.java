package cn.onedoor.modelguard;

import cn.onedoor.modelguard.DeployedModels.Stored;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Around every {@link DeployCmd}, inside its command context and transaction: the {@link ModelGuard}
 * reads the deployment's resources before the command stores anything, and a refusal
 * ({@link ModelRefusedException}) rolls the whole command back. What the engine itself cannot parse
 * comes back as a refusal too (400 with file, element and reason), instead of Camunda's 500.
 */
class ModelGuardInterceptor extends CommandInterceptor {

  private static final Field DEPLOYMENT_BUILDER = builderField();

  private final ModelGuard guard;

  ModelGuardInterceptor(ModelGuard guard) {
    this.guard = guard;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof DeployCmd deploy)) {
      return next.execute(command);
    }
    // who may not deploy at all hears that first (403), as from DeployCmd itself, not the guard's reasons
    CommandContext context = Context.getCommandContext();
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkCreateDeployment();
    }
    DeploymentBuilderImpl builder = builder(deploy);
    List<Stored> resources = new ArrayList<>();
    builder.getDeployment().getResources().values()
        .forEach((ResourceEntity resource) -> resources.add(new Stored(resource.getName(), resource.getBytes())));
    List<ModelProblem> problems = guard.check(builder.getDeployment().getName(), resources,
        new DeployedModels(context));
    if (!problems.isEmpty()) {
      throw new ModelRefusedException(problems);
    }
    try {
      return next.execute(command);
    } catch (ParseException e) {
      throw new ModelRefusedException(parseProblems(e));
    } catch (RuntimeException e) {
      Throwable parseFailure = parseFailure(e);
      if (parseFailure == null) {
        throw e; // not the model's fault (database, cluster): Camunda's own answer
      }
      throw new ModelRefusedException(List.of(new ModelProblem(names(resources), "-", ModelRule.ENGINE_PARSE,
          engineMessage(parseFailure.getMessage()))));
    }
  }

  /** The DMN or model-API failure to read a model in {@code e}'s causes, or null when it is something else. */
  private static Throwable parseFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof DmnEngineException || cause instanceof ModelException) {
        return cause;
      }
    }
    return null;
  }

  private static List<ModelProblem> parseProblems(ParseException e) {
    List<ModelProblem> problems = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem problem : report.getErrors()) {
        problems.add(new ModelProblem(ModelFiles.fileName(report.getResourceName()),
            problem.getMainElementId() == null ? "-" : problem.getMainElementId(), ModelRule.ENGINE_PARSE,
            engineMessage(problem.getMessage())));
      }
    }
    if (problems.isEmpty()) {
      problems.add(new ModelProblem("-", "-", ModelRule.ENGINE_PARSE, engineMessage(e)));
    }
    return problems;
  }

  private static String engineMessage(Exception e) {
    return engineMessage(e.getMessage());
  }

  /** The engine's message without its code and class names (EngineErrorBodies would hide a message with those). */
  static String engineMessage(String message) {
    if (message == null) {
      return "";
    }
    String text = message.replaceAll("ENGINE-\\d+\\s*", "")
        .replaceAll("\\S*(?:org\\.|java\\.|javax\\.|jakarta\\.)\\S*", "…")
        .replace("Exception", "").replace("SQL", "").replaceAll("(?i)select |insert into|delete from", "…");
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static String names(List<Stored> resources) {
    return String.join(", ", resources.stream().map(r -> ModelFiles.fileName(r.name())).toList());
  }

  private static DeploymentBuilderImpl builder(DeployCmd command) {
    try {
      return (DeploymentBuilderImpl) DEPLOYMENT_BUILDER.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field builderField() {
    try {
      Field field = DeployCmd.class.getDeclaredField("deploymentBuilder");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's DeployCmd has no deploymentBuilder field any more", e);
    }
  }
}
