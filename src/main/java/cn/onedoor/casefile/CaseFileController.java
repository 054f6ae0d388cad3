package cn.onedoor.casefile;

import cn.onedoor.api.ApiErrorBody;
import cn.onedoor.api.ApiException;
import cn.onedoor.api.Attachments;
import cn.onedoor.register.CaseAccess;
import cn.onedoor.register.CaseNotFoundException;
import cn.onedoor.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case file (案件卷宗) and the files uploaded to a case, under {@code /api/cases/{caseNumber}/…}:
 * read by whoever {@link CaseAccess} lets read the case, uploads added as {@link UploadDesk} allows.
 */
@RestController
class CaseFileController {

  private final CaseFileView view;
  private final CaseUploads uploads;
  private final UploadDesk desk;
  private final CaseAccess access;

  CaseFileController(CaseFileView view, CaseUploads uploads, UploadDesk desk, CaseAccess access) {
    this.view = view;
    this.uploads = uploads;
    this.desk = desk;
    this.access = access;
  }

  @GetMapping("/api/cases/{caseNumber}/file")
  @Operation(summary = "案件卷宗", description = "当事人（身份证号、电话已遮蔽）、请求事项、承办人、期限、调解记录、通知、上传材料和办理时间线，一次返回；"
      + "仅限本案调解员组、承办调解员、中心负责人和系统管理员，其他人 403；案件不存在时 404")
  ResponseEntity<CaseFileView.CaseFile> file(@PathVariable String caseNumber, HttpServletRequest request) {
    CaseFileView.CaseFile file;
    try {
      file = access.read(caseNumber, () -> view.of(caseNumber, "/api/cases/" + encode(caseNumber) + "/agreement.pdf"));
    } catch (CaseNotFoundException e) {
      throw new ApiException(HttpStatus.NOT_FOUND, "no_case", e.getMessage());
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    // the page's upload carries the webapps' CSRF token, whose cookie is the webapps' path only (/camunda):
    // handed to the page as Camunda's own filter hands it out, in this header, same-origin only
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    if (token instanceof String csrf) {
      answer.header(CsrfConstants.CSRF_TOKEN_HEADER_NAME, csrf);
    }
    return answer.body(file);
  }

  @GetMapping("/api/cases/{caseNumber}/uploads")
  @Operation(summary = "案件上传材料列表", description = "与案件卷宗相同的查看权限")
  List<CaseUploads.Upload> list(@PathVariable String caseNumber) {
    return access.read(caseNumber, () -> uploads.of(caseNumber));
  }

  @PostMapping(path = "/api/cases/{caseNumber}/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "上传案件材料", description = "multipart：type（signed_agreement 签字协议书、payment_proof 履行凭证、id_copy 身份证明复印件、"
      + "authorization 授权委托书、evidence 证据材料、other 其他材料）和 file（按内容判断，仅限 PDF、JPEG、PNG，每个最多 10 MB，每案最多 50 个）；"
      + "本案调解员组、承办调解员、受理窗口和系统管理员可上传，中心负责人只读")
  ResponseEntity<CaseUploads.Upload> upload(@PathVariable String caseNumber, @RequestParam(name = "type", required = false) String type,
      @RequestPart(name = "file", required = false) MultipartFile file) {
    return ResponseEntity.status(HttpStatus.CREATED).body(desk.accept(caseNumber, type, file));
  }

  /**
   * One file as a download. Staff as the case file; the receiving court or commission's machine
   * account (group {@code integration}) with the file's SHA-256 from the hand-off e-file as {@code sha256}.
   */
  @GetMapping("/api/cases/{caseNumber}/uploads/{id}")
  @Operation(summary = "下载案件上传材料", description = "与案件卷宗相同的查看权限；接收移送材料的法院、仲裁委系统凭电子卷宗中的 sha256 下载")
  ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id,
      @RequestParam(name = "sha256", required = false) String sha256) {
    if (receivingSystem(sha256)) {
      CaseUploads.Upload upload = uploads.find(caseNumber, id)
          .filter(u -> MessageDigest.isEqual(u.sha256().getBytes(StandardCharsets.US_ASCII), sha256.getBytes(StandardCharsets.US_ASCII)))
          .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no_upload", "没有该材料，或校验值不符"));
      return file(upload, uploads.content(caseNumber, id).orElseThrow());
    }
    record Found(CaseUploads.Upload upload, byte[] content) {}
    Found found = access.read(caseNumber, () -> uploads.find(caseNumber, id)
        .map(u -> new Found(u, uploads.content(caseNumber, id).orElseThrow()))
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no_upload", "该案件没有这份上传材料：" + id)));
    return file(found.upload(), found.content());
  }

  private static boolean receivingSystem(String sha256) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return sha256 != null && sha256.matches("[0-9a-f]{64}") && caller != null
        && caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.INTEGRATION.groupId()));
  }

  private static ResponseEntity<byte[]> file(CaseUploads.Upload upload, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(upload.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(upload.fileName(), asciiName(upload)))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(content);
  }

  /** upload-17.pdf: the name for clients that cannot read the Chinese one. */
  private static String asciiName(CaseUploads.Upload upload) {
    String name = upload.fileName();
    return "upload-" + upload.id() + name.substring(name.lastIndexOf('.'));
  }

  @ExceptionHandler(UploadDesk.RefusedUpload.class)
  ResponseEntity<Map<String, Object>> refused(UploadDesk.RefusedUpload e) {
    return ApiErrorBody.of(HttpStatus.BAD_REQUEST, "invalid_upload", "上传的材料不符合要求：" + e.getMessage(), e.errors);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    return ApiErrorBody.of(HttpStatus.PAYLOAD_TOO_LARGE, "file_too_large", "文件过大，请压缩或分开上传。", null);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> notMultipart(MultipartException e) {
    return ApiErrorBody.of(HttpStatus.BAD_REQUEST, "invalid_upload", "请以 multipart/form-data 上传：字段 type（材料类型）和 file（文件）", null);
  }

  static String encode(String caseNumber) {
    return URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
