package cn.onedoor.external;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onedoor.external.*}: where the court, the arbitration commission and the SMS/e-mail gateway
 * are, how we authenticate to them, the shared secrets their callbacks are signed with, and the
 * time-outs. An empty base URL means the built-in simulator on this node (demo profile only).
 */
@ConfigurationProperties("onedoor.external")
public class ExternalSystemsProperties {

  /** One external system's connection. */
  public static class Endpoint {
    /** e.g. https://tjfy.court.gov.cn/onedoor/api/v1; empty: the built-in simulator */
    private String baseUrl = "";
    /** sent as {@code Authorization: Bearer <api-key>} */
    private String apiKey = "";
    /** HMAC-SHA256 key of the callbacks this system sends us */
    private String callbackSecret = "";
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(30);

    public String getBaseUrl() {
      return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl == null ? "" : baseUrl.trim();
    }

    public String getApiKey() {
      return apiKey;
    }

    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    public String getCallbackSecret() {
      return callbackSecret;
    }

    public void setCallbackSecret(String callbackSecret) {
      this.callbackSecret = callbackSecret;
    }

    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
      return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }
  }

  private final Endpoint court = new Endpoint();
  private final Endpoint arbitration = new Endpoint();
  private final Endpoint notification = new Endpoint();
  /** how far a callback's timestamp may be from our clock */
  private Duration callbackTolerance = Duration.ofMinutes(5);

  public Endpoint getCourt() {
    return court;
  }

  public Endpoint getArbitration() {
    return arbitration;
  }

  public Endpoint getNotification() {
    return notification;
  }

  public Duration getCallbackTolerance() {
    return callbackTolerance;
  }

  public void setCallbackTolerance(Duration callbackTolerance) {
    this.callbackTolerance = callbackTolerance;
  }

  public Endpoint of(ExternalSystem system) {
    return all().get(system);
  }

  public Map<ExternalSystem, Endpoint> all() {
    Map<ExternalSystem, Endpoint> all = new EnumMap<>(ExternalSystem.class);
    all.put(ExternalSystem.COURT, court);
    all.put(ExternalSystem.ARBITRATION, arbitration);
    all.put(ExternalSystem.NOTIFICATION_GATEWAY, notification);
    return all;
  }
}
