package cn.onedoor.party;

/** A party of a case with its full contact data (table {@code case_party}, owned by this module). */
public record CaseParty(String role, String name, String idNumber, String creditCode, String phone) {}
