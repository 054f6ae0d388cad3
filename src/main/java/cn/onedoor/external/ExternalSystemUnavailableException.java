package cn.onedoor.external;

/**
 * The other side did not take the request: no connection, a time-out, a 5xx, or it refused our
 * credentials. The job fails and is retried by its retry cycle; when the retries run out the message
 * is what Cockpit shows on the incident, so it is written for the administrator who reads it there.
 */
public class ExternalSystemUnavailableException extends RuntimeException {

  public ExternalSystemUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public ExternalSystemUnavailableException(String message) {
    super(message);
  }
}
