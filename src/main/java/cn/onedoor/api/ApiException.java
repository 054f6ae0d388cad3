package cn.onedoor.api;

import org.springframework.http.HttpStatus;

/** An answer of our API that is not a success: status, a code for programs, a message in Chinese for people. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;

  public ApiException(HttpStatus status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }
}
