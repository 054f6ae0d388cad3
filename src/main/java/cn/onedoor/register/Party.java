package cn.onedoor.register;

/** A party's full contact data, kept apart from the register; read for notices and hand-offs only. */
public record Party(String role, String name, String idNumber, String creditCode, String phone) {

  public static final String APPLICANT = "applicant";
  public static final String RESPONDENT = "respondent";
}
