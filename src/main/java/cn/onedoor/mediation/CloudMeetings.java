package cn.onedoor.mediation;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Links to cloud mediation (云调解) rooms: the centre's meeting service plus an unguessable room token. */
@Component
class CloudMeetings {

  private final SecureRandom random = new SecureRandom();
  private final String baseUrl;

  CloudMeetings(@Value("${onedoor.cloud-mediation.base-url}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  String newRoomLink() {
    byte[] token = new byte[12];
    random.nextBytes(token);
    return baseUrl + HexFormat.of().formatHex(token);
  }
}
