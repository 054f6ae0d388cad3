package cn.onedoor.security;

/** Start-up stops with this when no administrator can be created: no demo users, no env. */
public class MissingAdministratorException extends IllegalStateException {

  public MissingAdministratorException() {
    super("No administrator configured: set ONEDOOR_ADMIN_ID and ONEDOOR_ADMIN_PASSWORD");
  }
}
