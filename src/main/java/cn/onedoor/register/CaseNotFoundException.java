package cn.onedoor.register;

/**
 * A case that is not there: no register row, or no process record for it. A domain exception, thrown
 * wherever it happens (a job included); the HTTP layer that asked for the case answers it with 404.
 */
public class CaseNotFoundException extends RuntimeException {

  private final String caseNumber;

  public CaseNotFoundException(String caseNumber, String message) {
    super(message);
    this.caseNumber = caseNumber;
  }

  public String caseNumber() {
    return caseNumber;
  }
}
