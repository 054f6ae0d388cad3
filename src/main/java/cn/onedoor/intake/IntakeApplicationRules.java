package cn.onedoor.intake;

import cn.onedoor.api.FieldError;
import cn.onedoor.integrity.ApplicationRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Intake's application checks ({@link CaseRegistrationService#validate}, this centre's limits) for the engine guard. */
@Component
class IntakeApplicationRules implements ApplicationRules {

  private final CaseRegistrationService registration;

  IntakeApplicationRules(CaseRegistrationService registration) {
    this.registration = registration;
  }

  @Override
  public List<FieldError> refusals(Map<String, ?> application, LocalDate today) {
    try {
      registration.validate(application, today);
      return List.of();
    } catch (CaseValidationException e) {
      return e.errors();
    }
  }
}
