package cn.onedoor.documents;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.notification.NotificationTemplates;
import cn.onedoor.party.CaseParty;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The documents of a case (docs/documents.md): which exist, as the case's facts allow, and each one
 * as a PDF from its template. A document exists only when its fact does: the acceptance notice once
 * the case is accepted, the non-acceptance notice once the review refused it, a session notice per
 * scheduled session, the certificate once mediation ended without agreement (or the employer
 * refused it), a proof of service per document and recipient. The agreement itself is the
 * agreement module's; it is listed here. Called inside {@code CaseAccess.read}.
 */
@Service
class CaseDocuments {

  /** One entry of the case's document list, in the shape the case file page reads ({@code url} null, not left out, while unavailable). */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
  record DocumentLink(String type, String title, boolean available, String url) {}

  /** A proof of service's document: {@code acceptance-notice}, …, {@code session-notice-2}. */
  private static final Pattern SESSION_DOCUMENT = Pattern.compile("session-notice-([1-9][0-9]{0,2})");
  /** A proof of service's recipient: {@code applicant-1}, {@code respondent-1}. */
  private static final Pattern RECIPIENT = Pattern.compile("(applicant|respondent)-([1-9][0-9]{0,4})");

  private final CaseDocumentFacts facts;
  private final DocumentTemplates templates;
  private final DocumentPdf pdf;
  private final String centreName;

  CaseDocuments(CaseDocumentFacts facts, DocumentTemplates templates, DocumentPdf pdf, DocumentsProperties properties,
                NotificationTemplates notifications) {
    this.facts = facts;
    this.templates = templates;
    this.pdf = pdf;
    this.centreName = properties.centreName() != null && !properties.centreName().isBlank() ? properties.centreName().trim()
        : notifications.centreName() == null ? "" : notifications.centreName().replaceAll("[【】]", "").trim();
  }

  /** Every document of the case, available or not; a proof of service for each available document and recipient. */
  List<DocumentLink> list(String caseNumber) {
    CaseDocumentFacts.Facts f = facts.of(caseNumber);
    String base = "/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20");
    List<DocumentLink> links = new ArrayList<>();
    List<ServedDocument> served = new ArrayList<>();
    add(links, served, DocumentType.ACCEPTANCE_NOTICE, DocumentType.ACCEPTANCE_NOTICE.code(), DocumentType.ACCEPTANCE_NOTICE.title(),
        acceptanceAvailable(f), base + "/documents/acceptance-notice.pdf");
    add(links, served, DocumentType.NON_ACCEPTANCE_NOTICE, DocumentType.NON_ACCEPTANCE_NOTICE.code(), DocumentType.NON_ACCEPTANCE_NOTICE.title(),
        nonAcceptanceAvailable(f), base + "/documents/non-acceptance-notice.pdf");
    if (f.sessions().isEmpty()) {
      links.add(new DocumentLink(DocumentType.SESSION_NOTICE.code(), DocumentType.SESSION_NOTICE.title(), false, null));
    }
    for (CaseDocumentFacts.Session session : f.sessions()) {
      add(links, served, DocumentType.SESSION_NOTICE, "session-notice-" + session.number(), sessionTitle(session.number()), true,
          base + "/documents/session-notice/" + session.number() + ".pdf");
    }
    add(links, served, DocumentType.AGREEMENT, DocumentType.AGREEMENT.code(), DocumentType.AGREEMENT.title(), f.agreement(),
        base + "/agreement.pdf");
    add(links, served, DocumentType.TERMINATION_CERTIFICATE, DocumentType.TERMINATION_CERTIFICATE.code(),
        DocumentType.TERMINATION_CERTIFICATE.title(), f.ending() != null, base + "/documents/termination-certificate.pdf");
    for (ServedDocument document : served) {
      for (CaseParty recipient : recipients(f, document.type())) {
        String recipientId = recipient.role() + "-" + recipient.seq();
        links.add(new DocumentLink(DocumentType.SERVICE_PROOF.code(),
            DocumentType.SERVICE_PROOF.title() + "（" + document.title() + "·" + roleLabel(recipient) + recipient.name() + "）", true,
            base + "/documents/service-proof/" + document.id() + "/" + recipientId + ".pdf"));
      }
    }
    return links;
  }

  private record ServedDocument(DocumentType type, String id, String title) {}

  private static void add(List<DocumentLink> links, List<ServedDocument> served, DocumentType type, String id, String title,
                          boolean available, String url) {
    links.add(new DocumentLink(type.code(), title, available, available ? url : null));
    if (available) {
      served.add(new ServedDocument(type, id, title));
    }
  }

  /** A document of a fixed kind (acceptance notice, non-acceptance notice, certificate) as PDF. */
  byte[] document(String caseNumber, DocumentType type) {
    CaseDocumentFacts.Facts f = facts.of(caseNumber);
    Map<String, Object> values = DocumentValues.common(f, centreName, type.title(), Deadlines.today());
    switch (type) {
      case ACCEPTANCE_NOTICE -> {
        require(acceptanceAvailable(f), "该案件尚未受理，没有受理通知书：" + caseNumber);
        values.put("mediationDeadlineAtAcceptance", DocumentValues.date(f.mediationDeadlineAtAcceptance()));
      }
      case NON_ACCEPTANCE_NOTICE -> {
        require(nonAcceptanceAvailable(f), "该案件未作出不予受理决定，没有不予受理通知书：" + caseNumber);
        values.put("decisionDate", DocumentValues.date(f.review().on()));
        values.put("rejectionReason", f.review().rejectionReason());
      }
      case TERMINATION_CERTIFICATE -> {
        require(f.ending() != null, "该案件调解未以未达成协议终止，没有调解终止证明：" + caseNumber);
        values.put("endedDate", DocumentValues.date(f.ending().on()));
        values.put("endReasonCode", f.ending().reason());
        values.put("endReason", DocumentValues.endReason(f.ending(), (String) values.get("mediationDeadline")));
        values.put("employerRefused", CaseDocumentFacts.EMPLOYER_REFUSED.equals(f.ending().reason()));
      }
      default -> throw new DocumentUnavailableException("没有这种文书：" + type.code());
    }
    return render(type, values);
  }

  /** The notice of the case's session {@code number} (1, 2, …) as PDF. */
  byte[] sessionNotice(String caseNumber, int number) {
    CaseDocumentFacts.Facts f = facts.of(caseNumber);
    CaseDocumentFacts.Session session = f.session(number)
        .orElseThrow(() -> new DocumentUnavailableException("该案件没有第" + number + "次调解会议，没有相应的调解会议通知书：" + caseNumber));
    Map<String, Object> values = DocumentValues.common(f, centreName, DocumentType.SESSION_NOTICE.title(), Deadlines.today());
    values.put("session", sessionValues(session));
    return render(DocumentType.SESSION_NOTICE, values);
  }

  /**
   * The proof of service of {@code document} ({@code acceptance-notice}, …, {@code session-notice-2},
   * {@code agreement}) to {@code recipient} ({@code applicant-1}, {@code respondent-1}) as PDF.
   *
   * @throws IllegalArgumentException for a document or recipient that is no such name (a 400)
   */
  byte[] serviceProof(String caseNumber, String document, String recipient) {
    Matcher recipientName = RECIPIENT.matcher(recipient);
    if (!recipientName.matches()) {
      throw new IllegalArgumentException("受送达人应为 applicant-<序号> 或 respondent-1：" + recipient);
    }
    CaseDocumentFacts.Facts f = facts.of(caseNumber);
    String title;
    DocumentType type;
    Matcher session = SESSION_DOCUMENT.matcher(document);
    if (session.matches()) {
      int number = Integer.parseInt(session.group(1));
      f.session(number).orElseThrow(() -> new DocumentUnavailableException("该案件没有第" + number + "次调解会议：" + caseNumber));
      type = DocumentType.SESSION_NOTICE;
      title = sessionTitle(number);
    } else {
      type = DocumentType.fromCode(document).filter(t -> t != DocumentType.SESSION_NOTICE && t != DocumentType.SERVICE_PROOF)
          .orElseThrow(() -> new IllegalArgumentException("没有这种文书：" + document));
      boolean available = switch (type) {
        case ACCEPTANCE_NOTICE -> acceptanceAvailable(f);
        case NON_ACCEPTANCE_NOTICE -> nonAcceptanceAvailable(f);
        case AGREEMENT -> f.agreement();
        case TERMINATION_CERTIFICATE -> f.ending() != null;
        default -> false;
      };
      require(available, "该案件没有" + type.title() + "，无需送达回证：" + caseNumber);
      title = type.title();
    }
    String role = recipientName.group(1);
    int seq = Integer.parseInt(recipientName.group(2));
    CaseParty party = recipients(f, type).stream().filter(p -> p.role().equals(role) && p.seq() == seq).findFirst()
        .orElseThrow(() -> new DocumentUnavailableException("该文书不向此当事人送达，或案件没有此当事人：" + recipient));
    Map<String, Object> values = DocumentValues.common(f, centreName, DocumentType.SERVICE_PROOF.title(), Deadlines.today());
    values.put("servedDocument", title);
    Map<String, Object> addressee = new java.util.LinkedHashMap<>(CaseParty.RESPONDENT.equals(party.role())
        ? DocumentValues.employer(party) : DocumentValues.applicant(party));
    addressee.put("role", roleLabel(party));
    addressee.put("address", party.address());
    values.put("recipient", addressee);
    return render(DocumentType.SERVICE_PROOF, values);
  }

  /** Whether PDFs can be made at all (the CJK font is there). */
  boolean canRender() {
    return pdf.isAvailable();
  }

  private byte[] render(DocumentType type, Map<String, Object> values) {
    String xhtml = templates.fill(type.template(), values);
    return pdf.render(xhtml, templates.where(type.template()));
  }

  private static Map<String, Object> sessionValues(CaseDocumentFacts.Session session) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("number", session.number());
    values.put("ordinal", "第" + DocumentValues.numeral(session.number()) + "次");
    values.put("time", DocumentValues.dateTime(session.time()));
    values.put("mode", DocumentValues.mode(session.mode()));
    values.put("cloud", "cloud".equals(session.mode()));
    values.put("place", session.place());
    values.put("meetingLink", session.meetingLink());
    return values;
  }

  private static String sessionTitle(int number) {
    return DocumentType.SESSION_NOTICE.title() + "（第" + DocumentValues.numeral(number) + "次）";
  }

  /**
   * Who a document is served on: the non-acceptance notice on the applicants; the others on the
   * applicants and the employer. In a collective dispute the applicants are reached through their
   * elected representatives (LDMAL art. 7) where the case names them.
   */
  private static List<CaseParty> recipients(CaseDocumentFacts.Facts f, DocumentType type) {
    List<CaseParty> applicants = f.applicants();
    List<CaseParty> representatives = applicants.stream().filter(CaseParty::representative).toList();
    List<CaseParty> result = new ArrayList<>(f.register().collective() && !representatives.isEmpty() ? representatives : applicants);
    if (type != DocumentType.NON_ACCEPTANCE_NOTICE) {
      f.employer().ifPresent(result::add);
    }
    return result;
  }

  private static String roleLabel(CaseParty party) {
    return CaseParty.RESPONDENT.equals(party.role()) ? "被申请人" : "申请人";
  }

  private static boolean acceptanceAvailable(CaseDocumentFacts.Facts f) {
    return f.acceptedOn() != null;
  }

  private static boolean nonAcceptanceAvailable(CaseDocumentFacts.Facts f) {
    return f.review() != null && CaseDocumentFacts.NOT_ACCEPTED.equals(f.review().decision());
  }

  private static void require(boolean available, String message) {
    if (!available) {
      throw new DocumentUnavailableException(message);
    }
  }

  static Optional<Integer> sessionNumber(String value) {
    return value.matches("[1-9][0-9]{0,2}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
  }
}
