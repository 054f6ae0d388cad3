package cn.onedoor.party;

import java.math.BigDecimal;

/**
 * A party of a case with its full contact data and the particulars a mediation agreement names
 * (table {@code case_party}, owned by this module): an applicant worker (role {@code applicant},
 * {@code seq} 1, 2, … in the order given; identity number, phone, the worker's own claim if any) or
 * the respondent employer (role {@code respondent}, seq 1; credit code, address, legal
 * representative, contact phone). Never in process variables.
 */
public record CaseParty(String role, int seq, String name, String idNumber, String creditCode, String phone,
                        String address, String legalRepresentative, BigDecimal claimAmount) {

  public static final String APPLICANT = "applicant";
  public static final String RESPONDENT = "respondent";

  /** The first of its role, without particulars (a case registered at the window today). */
  public CaseParty(String role, String name, String idNumber, String creditCode, String phone) {
    this(role, 1, name, idNumber, creditCode, phone, null, null, null);
  }

  public static CaseParty applicant(int seq, String name, String idNumber, String phone, BigDecimal claimAmount) {
    return new CaseParty(APPLICANT, seq, name, idNumber, null, phone, null, null, claimAmount);
  }

  public static CaseParty employer(String name, String creditCode, String phone, String address, String legalRepresentative) {
    return new CaseParty(RESPONDENT, 1, name, null, creditCode, phone, address, legalRepresentative, null);
  }
}
