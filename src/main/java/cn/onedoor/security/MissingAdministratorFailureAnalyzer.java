package cn.onedoor.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link MissingAdministratorException} into Spring Boot's plain "APPLICATION FAILED TO START" text. */
class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
    return new FailureAnalysis(
        "OneDoor has no first administrator. Demo users are off (postgres profile), and the"
            + " environment variables ONEDOOR_ADMIN_ID and ONEDOOR_ADMIN_PASSWORD are missing or empty.",
        "Set ONEDOOR_ADMIN_ID and ONEDOOR_ADMIN_PASSWORD for the first start (for example in the"
            + " .env file next to docker-compose.yml). The user is created once, in group camunda-admin;"
            + " later starts keep the password it has by then.",
        cause);
  }
}
