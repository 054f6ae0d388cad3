package cn.onedoor.imports;

import cn.onedoor.api.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/imports/cases}: a centre's existing register, for administrators
 * ({@code application/x-ndjson}, one closed case per line, or {@code text/csv} from the template);
 * answered line by line. {@code GET /api/imports/cases/template.csv}: the template. How-to for the
 * centre's staff: docs/import-history.md.
 */
@RestController
class HistoryImportController {

  static final String NDJSON = "application/x-ndjson";
  static final String TEMPLATE = "imports/history-template.csv";
  static final MediaType CSV = MediaType.valueOf("text/csv");

  private final HistoryImport imports;

  HistoryImportController(HistoryImport imports) {
    this.imports = imports;
  }

  @PostMapping(path = "/api/imports/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  ImportReport importCases(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType, InputStream body,
                           Principal user) throws IOException {
    MediaType type = mediaType(contentType);
    boolean csv = type.isCompatibleWith(CSV);
    if (!csv && !type.isCompatibleWith(MediaType.valueOf(NDJSON))) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
          "导入文件的类型应为 application/x-ndjson（每行一件已结案件）或 text/csv（导入模板）");
    }
    byte[] bytes = body.readAllBytes();
    List<HistoryImport.Line> lines = csv ? HistoryFiles.csv(bytes) : HistoryFiles.ndjson(bytes);
    if (lines.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "empty_import", "导入文件为空：每行一件已结案件");
    }
    if (lines.size() > HistoryFiles.MAX_LINES) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "too_many_lines",
          "一次最多导入 " + HistoryFiles.MAX_LINES + " 件，本文件有 " + lines.size() + " 件：请分成几个文件导入");
    }
    return imports.run(lines, user == null ? null : user.getName());
  }

  private static MediaType mediaType(String contentType) {
    try {
      return contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
    } catch (org.springframework.util.InvalidMimeTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }

  @GetMapping(path = "/api/imports/cases/template.csv")
  ResponseEntity<byte[]> template() throws IOException {
    try (InputStream in = new org.springframework.core.io.ClassPathResource(TEMPLATE).getInputStream()) {
      byte[] csv = in.readAllBytes();
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''%E5%8E%86%E5%8F%B2%E6%A1%88%E4%BB%B6%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.csv")
          .body(csv);
    }
  }
}
