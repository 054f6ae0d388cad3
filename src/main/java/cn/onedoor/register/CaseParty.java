package cn.onedoor.register;

import java.math.BigDecimal;

/**
 * One party of a case with the particulars a mediation agreement names: an applicant worker
 * (role {@link Party#APPLICANT}, {@code seq} 1, 2, … in the order given; identity number, phone,
 * the worker's own claim if any) or the respondent employer ({@link Party#RESPONDENT}, seq 1;
 * credit code, address, legal representative, contact phone). Kept in {@code case_party}, never in
 * process variables.
 */
public record CaseParty(String role, int seq, String name, String idNumber, String creditCode, String phone,
                        String address, String legalRepresentative, BigDecimal claimAmount) {

  public static CaseParty applicant(int seq, String name, String idNumber, String phone, BigDecimal claimAmount) {
    return new CaseParty(Party.APPLICANT, seq, name, idNumber, null, phone, null, null, claimAmount);
  }

  public static CaseParty employer(String name, String creditCode, String phone, String address, String legalRepresentative) {
    return new CaseParty(Party.RESPONDENT, 1, name, null, creditCode, phone, address, legalRepresentative, null);
  }
}
