package cn.onedoor.models;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/models/export} (administrators): the deployed models, each in its latest version, as
 * a zip in the repository's layout ({@code processes/}, {@code forms/}) plus {@code export.json} (key,
 * version, deployment, source and drift state of each file), so that edits made in Modeler can be
 * unzipped over the repository and committed. {@code GET /api/models/status}: the comparison.
 */
@RestController
class ModelExportController {

  private final ModelReleases releases;

  ModelExportController(ModelReleases releases) {
    this.releases = releases;
  }

  @GetMapping("/api/models/export")
  ResponseEntity<byte[]> export() {
    String name = "onedoor-models-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".zip";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(releases.export());
  }

  @GetMapping("/api/models/status")
  Object status() {
    return java.util.Map.of("models", releases.states(), "drift", releases.drift());
  }
}
