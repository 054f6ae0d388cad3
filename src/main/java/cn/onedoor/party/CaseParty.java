package cn.onedoor.party;

import java.math.BigDecimal;

/**
 * A party of a case with its full contact data and the particulars a mediation agreement names
 * (table {@code case_party}, owned by this module): an applicant worker (role {@code applicant},
 * {@code seq} 1, 2, … in the order given; identity number, phone, the worker's own claim if any) or
 * the respondent employer (role {@code respondent}, seq 1; credit code, address, legal
 * representative, contact phone), or an agent (委托代理人) of either side (role {@code applicant_agent}
 * or {@code respondent_agent}, seq 1, 2, … per role; an applicant's agent may name the applicant it
 * acts for by that applicant's seq, {@code representsSeq}). {@code representative}: an applicant
 * elected as one of a collective dispute's 2–5 representatives (LDMAL art. 7). Never in process variables.
 */
public record CaseParty(String role, int seq, String name, String idNumber, String creditCode, String phone,
                        String address, String legalRepresentative, BigDecimal claimAmount,
                        boolean representative, Integer representsSeq) {

  public static final String APPLICANT = "applicant";
  public static final String RESPONDENT = "respondent";
  public static final String APPLICANT_AGENT = "applicant_agent";
  public static final String RESPONDENT_AGENT = "respondent_agent";

  /** A party without the representative flag or an agent's principal (an imported case's parties). */
  public CaseParty(String role, int seq, String name, String idNumber, String creditCode, String phone,
                   String address, String legalRepresentative, BigDecimal claimAmount) {
    this(role, seq, name, idNumber, creditCode, phone, address, legalRepresentative, claimAmount, false, null);
  }

  /** The first of its role, without particulars (a case registered at the window today). */
  public CaseParty(String role, String name, String idNumber, String creditCode, String phone) {
    this(role, 1, name, idNumber, creditCode, phone, null, null, null);
  }

  public static CaseParty applicant(int seq, String name, String idNumber, String phone, BigDecimal claimAmount) {
    return new CaseParty(APPLICANT, seq, name, idNumber, null, phone, null, null, claimAmount);
  }

  public static CaseParty applicant(int seq, String name, String idNumber, String phone, BigDecimal claimAmount,
                                    boolean representative) {
    return new CaseParty(APPLICANT, seq, name, idNumber, null, phone, null, null, claimAmount, representative, null);
  }

  /** An agent of the applicants' side ({@code applicantSeq}: the one applicant it acts for, or null for the side). */
  public static CaseParty applicantAgent(int seq, String name, String phone, Integer applicantSeq) {
    return new CaseParty(APPLICANT_AGENT, seq, name, null, null, phone, null, null, null, false, applicantSeq);
  }

  public static CaseParty respondentAgent(int seq, String name, String phone) {
    return new CaseParty(RESPONDENT_AGENT, seq, name, null, null, phone, null, null, null, false, null);
  }

  public boolean isAgent() {
    return APPLICANT_AGENT.equals(role) || RESPONDENT_AGENT.equals(role);
  }

  public static CaseParty employer(String name, String creditCode, String phone, String address, String legalRepresentative) {
    return new CaseParty(RESPONDENT, 1, name, null, creditCode, phone, address, legalRepresentative, null);
  }
}
