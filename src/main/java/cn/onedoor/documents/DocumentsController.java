package cn.onedoor.documents;

import cn.onedoor.api.ApiException;
import cn.onedoor.register.CaseAccess;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case's documents: the list the case file page shows, and each document as PDF, for those who
 * may read the case ({@link CaseAccess}: its pool and mediator, supervisors, administrators; others
 * 403). Then 404 for a document the case does not have (yet), 400 for a kind that does not exist,
 * 503 for a template an administrator broke (the log says which file and where) or a missing font.
 */
@RestController
class DocumentsController {

  private static final Logger log = LoggerFactory.getLogger(DocumentsController.class);

  private final CaseDocuments documents;
  private final CaseAccess access;

  DocumentsController(CaseDocuments documents, CaseAccess access) {
    this.documents = documents;
    this.access = access;
  }

  @GetMapping("/api/cases/{caseNumber}/documents")
  @Operation(summary = "案件文书清单",
      description = "受理通知书、不予受理通知书、调解会议通知书（每次会议一份）、调解协议书、调解终止证明、送达回证（每份文书每个受送达人一份）；"
          + "available 为 false 的文书尚不存在（url 为 null）。仅限本案调解员组、承办调解员、中心负责人和系统管理员")
  List<CaseDocuments.DocumentLink> list(@PathVariable String caseNumber) {
    return access.read(caseNumber, () -> documents.list(caseNumber));
  }

  @GetMapping("/api/cases/{caseNumber}/documents/{type}.pdf")
  @Operation(summary = "下载案件文书（PDF）", description = "type：acceptance-notice（受理通知书）、non-acceptance-notice（不予受理通知书）、"
      + "termination-certificate（调解终止证明）；调解会议通知书和送达回证见其各自的地址")
  ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable String type) {
    return pdf(caseNumber, type, () -> {
      DocumentType kind = DocumentType.fromCode(type).orElseThrow(() -> unknown(type));
      return switch (kind) {
        case ACCEPTANCE_NOTICE, NON_ACCEPTANCE_NOTICE, TERMINATION_CERTIFICATE -> documents.document(caseNumber, kind);
        case SESSION_NOTICE -> throw new ApiException(HttpStatus.BAD_REQUEST, "session_number_missing",
            "调解会议通知书每次会议一份，请指明第几次会议：…/documents/session-notice/<序号>.pdf");
        case SERVICE_PROOF -> throw new ApiException(HttpStatus.BAD_REQUEST, "service_proof_incomplete",
            "送达回证每份文书每个受送达人一份，请指明文书和受送达人：…/documents/service-proof/<文书>/<受送达人>.pdf");
        case AGREEMENT -> throw new ApiException(HttpStatus.BAD_REQUEST, "agreement_elsewhere",
            "调解协议书请从 /api/cases/<案号>/agreement.pdf 下载");
      };
    });
  }

  @GetMapping("/api/cases/{caseNumber}/documents/session-notice/{number}.pdf")
  @Operation(summary = "下载调解会议通知书（PDF）", description = "number：第几次调解会议（1、2、…）")
  ResponseEntity<byte[]> sessionNotice(@PathVariable String caseNumber, @PathVariable String number) {
    return pdf(caseNumber, "session-notice-" + number, () -> documents.sessionNotice(caseNumber, CaseDocuments.sessionNumber(number)
        .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "bad_session_number", "调解会议序号应为正整数：" + number))));
  }

  @GetMapping("/api/cases/{caseNumber}/documents/service-proof/{document}/{recipient}.pdf")
  @Operation(summary = "下载送达回证（PDF）", description = "document：acceptance-notice、non-acceptance-notice、session-notice-<序号>、"
      + "agreement、termination-certificate；recipient：applicant-<序号>、respondent-1")
  ResponseEntity<byte[]> serviceProof(@PathVariable String caseNumber, @PathVariable String document, @PathVariable String recipient) {
    return pdf(caseNumber, "service-proof-" + document + "-" + recipient, () -> {
      try {
        return documents.serviceProof(caseNumber, document, recipient);
      } catch (IllegalArgumentException e) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "unknown_document", e.getMessage());
      }
    });
  }

  private ResponseEntity<byte[]> pdf(String caseNumber, String name, Supplier<byte[]> render) {
    access.requireReadable(caseNumber);
    if (!documents.canRender()) {
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "pdf_unavailable",
          "服务器未安装中文字体（fonts-wqy-zenhei），暂时无法生成文书PDF；请联系管理员安装字体");
    }
    byte[] body;
    try {
      body = access.read(caseNumber, render);
    } catch (DocumentUnavailableException e) {
      throw new ApiException(HttpStatus.NOT_FOUND, "no_document", e.getMessage());
    } catch (DocumentTemplateException e) {
      log.error("{} (case {}); the other documents are not affected. See docs/documents.md", e.getMessage(), caseNumber);
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "template_broken",
          "文书模板有误，暂时无法生成该文书；请联系系统管理员检查模板文件 " + fileName(e.templateName()) + "（错误详情见系统日志）");
    }
    String fileName = name + "-" + caseNumber.replaceAll("[^0-9]+", "-").replaceAll("^-|-$", "") + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
        .body(body);
  }

  private static String fileName(String where) {
    int slash = Math.max(where.lastIndexOf('/'), where.lastIndexOf('\\'));
    return slash < 0 ? where : where.substring(slash + 1);
  }

  private static ApiException unknown(String type) {
    return new ApiException(HttpStatus.BAD_REQUEST, "unknown_document", "没有这种文书：" + type
        + "（可用：acceptance-notice、non-acceptance-notice、session-notice、termination-certificate、service-proof）");
  }
}
