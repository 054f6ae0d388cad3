package cn.onedoor.modelguard;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A bundled model the guard refuses stops the start-up deployment: Spring Boot's "APPLICATION FAILED TO
 * START" then lists the reasons (file, element, rule) instead of a stack trace.
 */
class ModelRefusedFailureAnalyzer extends AbstractFailureAnalyzer<ModelRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ModelRefusedException cause) {
    StringBuilder reasons = new StringBuilder("The model guard refused the models deployed at start-up; nothing was deployed:");
    cause.problems().forEach(problem -> reasons.append(System.lineSeparator()).append("  - ").append(problem.describe()));
    return new FailureAnalysis(reasons.toString(),
        "Correct the files named above under processes/ or forms/ (docs/model-guard.md says what each rule wants),"
            + " or check them first with a deployment from Camunda Modeler, which gets the same answer.",
        cause);
  }
}
