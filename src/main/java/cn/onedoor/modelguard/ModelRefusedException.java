package cn.onedoor.modelguard;

import cn.onedoor.security.EngineErrorMarkers;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment the model guard refused, before anything was stored. Its message carries the
 * {@link EngineErrorMarkers#BAD_REQUEST} marker, so the engine REST API answers 400 with the reasons as
 * {@code message} (the field Camunda Modeler's deploy dialog shows).
 */
public class ModelRefusedException extends BadUserRequestException {

  /** Reasons beyond this many are counted, not listed. */
  static final int LISTED = 8;

  private final transient List<ModelProblem> problems;

  ModelRefusedException(List<ModelProblem> problems) {
    super(EngineErrorMarkers.badRequest(text(problems)));
    this.problems = List.copyOf(problems);
  }

  List<ModelProblem> problems() {
    return problems;
  }

  private static String text(List<ModelProblem> problems) {
    StringBuilder text = new StringBuilder("模型未通过部署检查，未部署任何内容 / The model guard refused the deployment, nothing was deployed: ");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      text.append(i == 0 ? "" : "；").append(i + 1).append(". ").append(problems.get(i).describe());
    }
    if (problems.size() > LISTED) {
      text.append("；另有 ").append(problems.size() - LISTED).append(" 处 / and ").append(problems.size() - LISTED).append(" more");
    }
    return text.toString();
  }
}
