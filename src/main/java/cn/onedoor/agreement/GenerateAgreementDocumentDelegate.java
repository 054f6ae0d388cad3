package cn.onedoor.agreement;

import cn.onedoor.deadline.Deadlines;
import cn.onedoor.party.CaseParties;
import cn.onedoor.process.CaseFacts;
import cn.onedoor.process.MediationVariables;
import cn.onedoor.register.BusinessDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 生成调解协议书: checks the agreed terms (each worker's amount: {@link WorkerAmounts}), stores the
 * agreement (text and PDF, with what it pays and what each worker gets) and
 * records the agreement date; sets {@code paymentOrderEligible} from what the agreement pays (LDMAL
 * art. 16, {@link AgreementPays}), not from the dispute type at intake.
 */
@Component("generateAgreementDocumentDelegate")
class GenerateAgreementDocumentDelegate implements JavaDelegate {

  static final String ON_THE_SPOT = "on_the_spot";

  private final AgreementDocuments documents;
  private final CaseParties parties;

  GenerateAgreementDocumentDelegate(AgreementDocuments documents, CaseParties parties) {
    this.documents = documents;
    this.parties = parties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MediationVariables variables = MediationVariables.of(execution);
    CaseFacts facts = CaseFacts.of(execution);
    LocalDate signed = BusinessDates.given(variables.agreementDate(), Deadlines.today());
    BigDecimal amount = variables.agreedAmount();
    if (amount == null) {
      throw new IllegalArgumentException("协议金额无效：以元为单位，不得为负数，最多两位小数");
    }
    boolean onTheSpot = ON_THE_SPOT.equals(variables.performanceMode());
    LocalDate due = onTheSpot ? null : variables.performanceDueDate();
    if (!onTheSpot && (due == null || due.isBefore(signed))) {
      throw new IllegalArgumentException("约定期限履行的，请填写不早于协议签订日期的履行期限");
    }
    List<String> pays = AgreementPays.codes(variables.agreementPays());
    if (pays.isEmpty()) {
      throw new IllegalArgumentException("请勾选协议给付事项（劳动报酬、工伤医疗费、经济补偿、赔偿金或其他）");
    }
    WorkerAmounts.Result shares = WorkerAmounts.check(variables.workerAmounts(), amount,
        Boolean.TRUE.equals(variables.agreedAmountAboveClaimConfirmed()), parties.of(variables.caseNumber()));
    if (!shares.accepted()) {
      // the engine guard refuses such a completion; a case that reaches here otherwise stops with an incident
      throw new IllegalArgumentException(shares.refusals().get(0).message());
    }
    String documentId = documents.create(new AgreementTerms(variables.caseNumber(), facts.applicantName(),
        facts.employerName(), amount, variables.agreementItems(), onTheSpot, due, signed,
        facts.disputeType(), facts.claimDescription(), pays, shares.shares()));
    variables.agreementMade(amount, signed, documentId, AgreementPays.paymentOrderEligible(pays));
  }
}
