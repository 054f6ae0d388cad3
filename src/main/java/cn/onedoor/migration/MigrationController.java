package cn.onedoor.migration;

import cn.onedoor.api.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/migration/**} (administrators only, see WebSecurityConfig): process versions, the
 * generated migration plan, the check of every running case, and the migration with its report.
 * Page: {@code /dashboard/migration.html}; guide: docs/editing-models.md.
 */
@RestController
class MigrationController {

  /**
   * @param sourceDefinitionId the version the cases run on now
   * @param targetDefinitionId the version to move them to
   * @param removedSteps a step of the source version the target lacks -> the target step its cases go to
   * @param processInstanceIds only these cases (default: every running case of the source version)
   */
  record MigrationRequest(String sourceDefinitionId, String targetDefinitionId, Map<String, String> removedSteps,
                          List<String> processInstanceIds) {}

  private final CaseMigration migration;

  MigrationController(CaseMigration migration) {
    this.migration = migration;
  }

  @GetMapping("/api/migration/definitions")
  List<CaseMigration.DefinitionInfo> definitions(@RequestParam(required = false) String key) {
    if (key != null && key.length() > 200) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_parameter", "参数 key 过长。");
    }
    return migration.definitions(key);
  }

  @PostMapping("/api/migration/plan")
  CaseMigration.Plan plan(@RequestBody MigrationRequest request) {
    return migration.plan(valid(request).sourceDefinitionId(), request.targetDefinitionId());
  }

  @PostMapping("/api/migration/check")
  CaseMigration.Check check(@RequestBody MigrationRequest request) {
    valid(request);
    return migration.check(request.sourceDefinitionId(), request.targetDefinitionId(), request.removedSteps(),
        request.processInstanceIds());
  }

  @PostMapping("/api/migration/migrate")
  CaseMigration.Report migrate(@RequestBody MigrationRequest request) {
    valid(request);
    return migration.migrate(request.sourceDefinitionId(), request.targetDefinitionId(), request.removedSteps(),
        request.processInstanceIds());
  }

  private static MigrationRequest valid(MigrationRequest request) {
    if (request == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "missing_body", "请求内容为空：请提供 sourceDefinitionId 和 targetDefinitionId。");
    }
    if (request.processInstanceIds() != null && request.processInstanceIds().size() > CaseMigration.MAX_CASES) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "too_many_cases", "processInstanceIds 一次最多 " + CaseMigration.MAX_CASES + " 个。");
    }
    return request;
  }
}
