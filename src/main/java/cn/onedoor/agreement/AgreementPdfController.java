package cn.onedoor.agreement;

import cn.onedoor.api.ApiException;
import cn.onedoor.api.Attachments;
import cn.onedoor.register.CaseAccess;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The case's mediation agreement as PDF, for the case's pool and mediator, supervisors and administrators ({@link CaseAccess}). */
@RestController
class AgreementPdfController {

  private final AgreementDocuments documents;
  private final CaseAccess access;

  AgreementPdfController(AgreementDocuments documents, CaseAccess access) {
    this.documents = documents;
    this.access = access;
  }

  @GetMapping("/api/cases/{caseNumber}/agreement.pdf")
  @Operation(summary = "下载调解协议书（PDF）",
      description = "仅限本案调解员组、承办调解员、中心负责人和系统管理员，其他人 403；案件尚无调解协议书时返回 404")
  ResponseEntity<byte[]> download(@PathVariable String caseNumber) {
    access.requireReadable(caseNumber);
    byte[] pdf = documents.pdf(caseNumber).orElseThrow(() -> documents.hasAgreement(caseNumber)
        ? new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "pdf_unavailable",
            "该案件的调解协议书生成时服务器未安装中文字体（fonts-wqy-zenhei），未生成PDF；请联系管理员安装字体")
        : new ApiException(HttpStatus.NOT_FOUND, "no_agreement", "该案件尚无调解协议书：" + caseNumber));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition("调解协议书-" + caseNumber + ".pdf", asciiName(caseNumber)))
        .body(pdf);
  }

  /** 吉劳调〔2026〕0001号 → agreement-2026-0001.pdf. */
  static String asciiName(String caseNumber) {
    String digits = String.join("-", caseNumber.replaceAll("[^0-9]+", " ").trim().split(" "));
    return digits.isEmpty() ? "agreement.pdf" : "agreement-" + digits + ".pdf";
  }
}
