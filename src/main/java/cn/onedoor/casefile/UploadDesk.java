package cn.onedoor.casefile;

import cn.onedoor.api.ApiException;
import cn.onedoor.api.FieldError;
import cn.onedoor.calendar.ChinaTime;
import cn.onedoor.register.CaseAccess;
import cn.onedoor.register.CaseRegister;
import cn.onedoor.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes a file for a case. Who may: the case's pool and mediator (as {@link CaseAccess} reads it), the
 * intake clerks (ID copies at the window) and administrators; supervisors read only, by policy, and
 * another pool not at all. What: a {@link UploadType}, a PDF/JPEG/PNG by its bytes
 * ({@link UploadRules}), not empty, at most {@code onedoor.uploads.max-file-size}, at most
 * {@code onedoor.uploads.max-per-case} files per case. Nothing is stored unless all of that holds.
 */
@Service
class UploadDesk {

  static final String SUPERVISOR_READ_ONLY = "中心负责人对案件材料只能查看，不能上传；请由承办调解员或受理窗口上传。";

  private static final Logger log = LoggerFactory.getLogger(UploadDesk.class);

  private final CaseUploads uploads;
  private final CaseAccess access;
  private final CaseRegister register;
  private final UploadProperties limits;

  UploadDesk(CaseUploads uploads, CaseAccess access, CaseRegister register, UploadProperties limits) {
    this.uploads = uploads;
    this.access = access;
    this.register = register;
    this.limits = limits;
  }

  /** A field error of the upload: 400 with the field's Chinese message. */
  static final class RefusedUpload extends RuntimeException {
    final List<FieldError> errors;

    RefusedUpload(List<FieldError> errors) {
      super(errors.get(0).message());
      this.errors = errors;
    }
  }

  CaseUploads.Upload accept(String caseNumber, String typeCode, MultipartFile file) {
    requireWritable(caseNumber);
    List<FieldError> errors = new ArrayList<>();
    Optional<UploadType> type = UploadType.fromCode(typeCode == null ? "" : typeCode.trim());
    if (type.isEmpty()) {
      errors.add(new FieldError("type", "请选择材料类型：" + String.join("、", UploadType.labels().values())));
    }
    if (file == null) {
      errors.add(new FieldError("file", "请选择要上传的文件"));
      throw new RefusedUpload(errors);
    }
    long max = limits.maxFileSize().toBytes();
    if (file.getSize() > max) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "file_too_large",
          "文件过大：每个文件最多 " + megabytes(max) + "，该文件 " + megabytes(file.getSize()) + "。请压缩或分开上传。");
    }
    byte[] content = bytes(file);
    Optional<UploadRules.Kind> kind = Optional.empty();
    if (content.length == 0) {
      errors.add(new FieldError("file", "文件为空（0 字节），请重新选择文件"));
    } else {
      kind = UploadRules.kindOf(content);
      if (kind.isEmpty()) {
        errors.add(new FieldError("file", "只能上传 PDF、JPEG 或 PNG 文件；该文件的内容不是其中任何一种（按文件内容判断，不看扩展名）"));
      }
    }
    UploadRules.nameProblem(file.getOriginalFilename()).ifPresent(problem -> errors.add(new FieldError("file", problem)));
    if (!errors.isEmpty()) {
      throw new RefusedUpload(errors);
    }
    if (uploads.count(caseNumber) >= limits.maxPerCase()) {
      throw new RefusedUpload(List.of(new FieldError("file",
          "本案已有 " + limits.maxPerCase() + " 个上传文件，已达上限，不能再上传；如需补充请联系系统管理员")));
    }
    String name = UploadRules.storedName(file.getOriginalFilename(), kind.get(), type.get());
    String sha256 = sha256(content);
    String by = SecurityContextHolder.getContext().getAuthentication().getName();
    long id = uploads.insert(caseNumber, type.get(), name, kind.get().contentType, content, sha256, by,
        OffsetDateTime.now(ChinaTime.ZONE).withNano(0));
    log.info("Upload {} of case {}: {} ({} bytes, {}) by {}", id, caseNumber, type.get().code(), content.length,
        kind.get().contentType, by);
    return uploads.find(caseNumber, id).orElseThrow();
  }

  /**
   * Returns when the caller may add files to the case: administrators (404 for an unknown case),
   * intake clerks (any registered case), and whoever may read it but supervisors.
   */
  void requireWritable(String caseNumber) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    List<String> groups = caller == null ? List.of() : caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).toList();
    if (groups.contains(Role.ADMIN.groupId())) {
      if (!register.exists(caseNumber)) {
        throw new ApiException(HttpStatus.NOT_FOUND, "no_case", "案件登记簿中没有该案件：" + caseNumber);
      }
      return;
    }
    if (groups.contains(Role.SUPERVISOR.groupId())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", SUPERVISOR_READ_ONLY);
    }
    if (groups.contains(Role.INTAKE_CLERK.groupId()) && register.exists(caseNumber)) {
      return;
    }
    access.requireReadable(caseNumber);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
