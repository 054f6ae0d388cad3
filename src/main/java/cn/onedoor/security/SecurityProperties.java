package cn.onedoor.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onedoor.security.*}: the first administrator, required where demo users are off.
 *
 * @param adminId user id of the first administrator ({@code ONEDOOR_ADMIN_ID})
 * @param adminPassword its initial password ({@code ONEDOOR_ADMIN_PASSWORD}); never logged
 */
@ConfigurationProperties("onedoor.security")
public record SecurityProperties(String adminId, String adminPassword) {

  boolean hasAdministrator() {
    return adminId != null && !adminId.isBlank() && adminPassword != null && !adminPassword.isBlank();
  }

  @Override
  public String toString() {
    return "SecurityProperties[adminId=" + adminId + ", adminPassword=***]";
  }
}
