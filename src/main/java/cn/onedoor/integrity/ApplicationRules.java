package cn.onedoor.integrity;

import cn.onedoor.api.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The checks an application must pass to become a case, which the guard applies to whatever starts
 * one through a form. Intake provides them (the guard does not depend on intake; intake calls the guard).
 */
public interface ApplicationRules {

  /** What is wrong with the application, field by field; empty when it may be registered. */
  List<FieldError> refusals(Map<String, ?> application, LocalDate today);
}
