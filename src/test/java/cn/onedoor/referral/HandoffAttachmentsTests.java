package cn.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.external.JsonSchemas;
import cn.onedoor.support.CaseProcessTest;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.SimulatorControl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hand-off e-file carries the case's uploaded files: small ones inline (base64), larger ones
 * as a download reference that only the receiving system's account with the file's SHA-256 can fetch.
 */
class HandoffAttachmentsTests extends CaseProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MACHINE = "commissionsystem";

  @LocalServerPort int port;
  @Autowired JsonSchemas schemas;
  @Autowired IdentityService identity;
  @RegisterExtension SimulatorControl simulator = SimulatorControl.clearedAroundEachTest();

  @AfterEach
  void removeTheMachineAccount() {
    if (identity.createUserQuery().userId(MACHINE).count() > 0) {
      identity.deleteUser(MACHINE);
    }
  }

  @Test
  void aSmallUploadTravelsInsideTheFile() throws Exception {
    ProcessInstance kase = driver.failedMediation();
    String caseNumber = driver.businessKey(kase);
    byte[] pdf = "%PDF-1.4\n% 签字协议书扫描件\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    assertThat(upload(caseNumber, "signed_agreement", "签字协议书.pdf", pdf).statusCode()).isEqualTo(201);

    driver.executeJob(kase, "Task_HandOverToArbitration");

    JsonNode filing = records.received("arbitration", caseNumber).get(0);
    assertThat(schemas.violations(JsonSchemas.FILING_REQUEST, filing)).isEmpty();
    assertThat(schemas.violations(JsonSchemas.CASE_FILE, filing.path("caseFile"))).isEmpty();
    JsonNode attachments = filing.path("caseFile").path("attachments");
    assertThat(attachments).hasSize(1);
    JsonNode attachment = attachments.get(0);
    assertThat(attachment.path("type").asText()).isEqualTo("signed_agreement");
    assertThat(attachment.path("title").asText()).isEqualTo("签字协议书");
    assertThat(attachment.path("fileName").asText()).isEqualTo("签字协议书.pdf");
    assertThat(attachment.path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(attachment.path("size").asLong()).isEqualTo(pdf.length);
    assertThat(attachment.path("sha256").asText()).isEqualTo(sha256(pdf));
    assertThat(Base64.getDecoder().decode(attachment.path("base64").asText())).isEqualTo(pdf);
    assertThat(attachment.has("href")).isFalse();
  }

  @Test
  void aLargeUploadTravelsAsAReferenceOnlyTheReceivingSystemFetches() throws Exception {
    ProcessInstance kase = driver.failedMediation();
    String caseNumber = driver.businessKey(kase);
    byte[] scan = new byte[3 * 1024 * 1024];
    Arrays.fill(scan, (byte) 7);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, scan, 0, 8);
    assertThat(upload(caseNumber, "payment_proof", "转账回单.png", scan).statusCode()).isEqualTo(201);

    driver.executeJob(kase, "Task_HandOverToArbitration");

    JsonNode caseFile = records.received("arbitration", caseNumber).get(0).path("caseFile");
    assertThat(schemas.violations(JsonSchemas.CASE_FILE, caseFile)).isEmpty();
    JsonNode attachment = caseFile.path("attachments").get(0);
    assertThat(attachment.has("base64")).isFalse();
    String href = attachment.path("href").asText();
    assertThat(href).endsWith("?sha256=" + sha256(scan)).contains("/uploads/");

    User machine = identity.newUser(MACHINE);
    machine.setPassword("Machine-Secret-2026!");
    identity.saveUser(machine);
    identity.createMembership(MACHINE, "integration");
    HttpTestClient commission = HttpTestClient.basic(port, MACHINE, "Machine-Secret-2026!");
    HttpResponse<byte[]> fetched = commission.getBytes(href.substring(href.indexOf("/api/")));
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(fetched.body()).isEqualTo(scan);
    // without the checksum, or with another, the machine account reads nothing of the case
    String bare = href.substring(href.indexOf("/api/"), href.indexOf('?'));
    assertThat(commission.getBytes(bare).statusCode()).isEqualTo(403);
    assertThat(commission.getBytes(bare + "?sha256=" + "0".repeat(64)).statusCode()).isEqualTo(404);
    assertThat(commission.get("/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8) + "/file").statusCode())
        .isEqualTo(403);
  }

  private HttpResponse<String> upload(String caseNumber, String type, String name, byte[] content) {
    HttpTestClient mediator = HttpTestClient.basic(port, "mediator", "demo");
    String boundary = "----handoff" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return mediator.send(mediator.request("/api/cases/" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20")
        + "/uploads").header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
