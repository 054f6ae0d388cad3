package cn.onedoor.documents;

import java.util.Arrays;
import java.util.Optional;

/** The case documents by their code in URLs and lists, with their Chinese titles; the template file is {@code <code>.html}. */
enum DocumentType {
  ACCEPTANCE_NOTICE("acceptance-notice", "受理通知书"),
  NON_ACCEPTANCE_NOTICE("non-acceptance-notice", "不予受理通知书"),
  SESSION_NOTICE("session-notice", "调解会议通知书"),
  /** made by the agreement module when the agreement is drafted; listed here, served at /api/cases/{n}/agreement.pdf */
  AGREEMENT("agreement", "调解协议书"),
  TERMINATION_CERTIFICATE("termination-certificate", "调解终止证明"),
  SERVICE_PROOF("service-proof", "送达回证");

  private final String code;
  private final String title;

  DocumentType(String code, String title) {
    this.code = code;
    this.title = title;
  }

  String code() {
    return code;
  }

  String title() {
    return title;
  }

  /** The template's name: the code. */
  String template() {
    return code;
  }

  static Optional<DocumentType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
