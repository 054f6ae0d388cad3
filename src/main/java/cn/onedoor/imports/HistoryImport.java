package cn.onedoor.imports;

import cn.onedoor.api.FieldError;
import cn.onedoor.deadline.Deadlines;
import cn.onedoor.intake.CaseRegistrationService;
import cn.onedoor.intake.CaseValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a centre's existing register, one closed case per line, each in a transaction of its
 * own: a refused line loses nothing and stops nothing. A case already there (the same original
 * number, or the same first applicant, employer and receipt day) is not imported again, so the same
 * file imported twice changes nothing. Imported cases have no process instance: they count in the
 * KPIs and exports in their real months and fire no statutory timer.
 */
@Service
class HistoryImport {

  private static final Logger log = LoggerFactory.getLogger(HistoryImport.class);

  /** One line as read: its number in the file (1-based; a CSV row number for CSV) and its content or why it could not be read. */
  record Line(int number, JsonNode content, FieldError unreadable) {}

  private final CaseRegistrationService intake;
  private final TransactionTemplate transaction;

  HistoryImport(CaseRegistrationService intake, PlatformTransactionManager transactions) {
    this.intake = intake;
    this.transaction = new TransactionTemplate(transactions);
  }

  ImportReport run(List<Line> lines, String user) {
    List<ImportReport.LineResult> results = new ArrayList<>();
    for (Line line : lines) {
      results.add(one(line));
    }
    ImportReport report = ImportReport.of(results);
    log.info("History import by {}: {} lines, {} imported, {} already there, {} refused", user, results.size(),
        report.imported(), report.duplicates(), report.refused());
    return report;
  }

  private ImportReport.LineResult one(Line line) {
    if (line.unreadable() != null) {
      return ImportReport.LineResult.refused(line.number(), List.of(line.unreadable()));
    }
    HistoryLine.Checked checked;
    try {
      checked = HistoryLine.check(line.content(), intake, Deadlines.today());
    } catch (CaseValidationException e) {
      return ImportReport.LineResult.refused(line.number(), e.errors());
    }
    Optional<String> existing = checked.originalNumber() == null ? Optional.empty() : intake.caseWithNumber(checked.originalNumber());
    if (existing.isEmpty()) {
      existing = intake.sameApplication(checked.application());
    }
    if (existing.isPresent()) {
      return ImportReport.LineResult.duplicate(line.number(), existing.get());
    }
    try {
      String caseNumber = transaction.execute(status -> intake.registerClosed(checked.application(), checked.applicants(),
          checked.employer(), checked.facts(), checked.originalNumber()));
      return ImportReport.LineResult.imported(line.number(), caseNumber);
    } catch (CaseValidationException e) {
      return ImportReport.LineResult.refused(line.number(), e.errors());
    } catch (DuplicateKeyException e) {
      // the same case imported at the same moment by another request
      return ImportReport.LineResult.refused(line.number(), List.of(new FieldError("caseNumber", "该案件正在或已经导入，请稍后查看导入结果")));
    }
  }
}
