package cn.onedoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.party.CreditCodes;
import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** After registering, the clerk's receipt (case number, mediation deadline); a returning party offered at intake. */
@OneDoorSpringTest
class IntakeReceiptAndLookupTests {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  void clerkWhoRegisteredReadsTheCaseNumberAndMediationDeadline() throws Exception {
    JsonNode registered = register(clerk(), idNumber(), creditCode(), "吉安市回执电子有限公司");

    HttpResponse<String> response = clerk().get("/api/intake/receipts/" + registered.get("processInstanceId").asText());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode receipt = JSON.readTree(response.body());
    assertThat(receipt.get("caseNumber").asText()).isEqualTo(registered.get("caseNumber").asText()).matches("吉劳调〔\\d{4}〕\\d{4}号");
    assertThat(receipt.get("mediationDeadline").asText()).isEqualTo(registered.get("mediationDeadline").asText()).isNotBlank();
    assertThat(receipt.get("receivedDate").asText()).isEqualTo(registered.get("receivedDate").asText());
    assertThat(receipt.get("collectiveDispute").asBoolean()).isFalse();
    assertThat(as("admin").get("/api/intake/receipts/" + registered.get("processInstanceId").asText()).statusCode()).isEqualTo(200);
  }

  @Test
  void receiptIsOnlyForTheClerkWhoRegisteredIt() throws Exception {
    JsonNode byAdmin = register(as("admin"), idNumber(), creditCode(), "吉安市回执机械有限公司");
    String id = byAdmin.get("processInstanceId").asText();

    HttpResponse<String> notTheirs = clerk().get("/api/intake/receipts/" + id);
    HttpResponse<String> unknown = clerk().get("/api/intake/receipts/999999999");
    assertThat(notTheirs.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(notTheirs.body()).isEqualTo(unknown.body()).contains("没有您登记的该案件");
    assertThat(as("mediator").get("/api/intake/receipts/" + id).statusCode()).isEqualTo(403);
    assertThat(as("supervisor").get("/api/intake/receipts/" + id).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.anonymous(port).get("/api/intake/receipts/" + id).statusCode()).isEqualTo(401);
    HttpResponse<String> hostile = clerk().get("/api/intake/receipts/" + URLEncoder.encode("1' or '1'='1", StandardCharsets.UTF_8));
    assertThat(hostile.statusCode()).isEqualTo(400);
    assertThat(hostile.body()).contains("processInstanceId").contains("格式不正确").doesNotContain("Exception");
  }

  @Test
  void returningApplicantIsOfferedWithHerOpenCase() throws Exception {
    String id = idNumber();
    JsonNode first = register(clerk(), id, creditCode(), "吉安市回访纺织有限公司");

    HttpResponse<String> response = clerk().get("/api/parties/lookup?idNumber=" + id);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode found = JSON.readTree(response.body());
    assertThat(found.get("applicant").get("name").asText()).isEqualTo("孙丽");
    assertThat(found.get("applicant").get("phone").asText()).isEqualTo("13912345678");
    assertThat(found.get("applicant").get("phoneMasked").asText()).isEqualTo("139****5678");
    assertThat(texts(found.get("earlierCases"))).containsExactly(first.get("caseNumber").asText());
    assertThat(texts(found.get("openCases"))).containsExactly(first.get("caseNumber").asText());
    assertThat(response.body()).doesNotContain(id);
    // a lower-case check character x is the same number
    String lower = id.endsWith("X") ? id.substring(0, 17) + "x" : id;
    assertThat(JSON.readTree(clerk().get("/api/parties/lookup?idNumber=" + lower).body()).get("earlierCases").size()).isOne();
  }

  @Test
  void knownEmployerIsOfferedByCreditCodeOrExactName() throws Exception {
    String code = creditCode();
    String name = "吉安市回访食品有限公司" + ThreadLocalRandom.current().nextInt(100000);
    JsonNode first = register(clerk(), idNumber(), code, name);
    register(clerk(), idNumber(), code, name);

    JsonNode byCode = JSON.readTree(clerk().get("/api/parties/lookup?creditCode=" + code).body());
    JsonNode byName = JSON.readTree(clerk().get("/api/parties/lookup?employerName=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).body());

    assertThat(byCode.get("employer").get("name").asText()).isEqualTo(name);
    assertThat(byCode.get("employer").get("creditCode").asText()).isEqualTo(code);
    assertThat(byCode.get("employer").get("phone").asText()).isEqualTo("13800001111");
    assertThat(byCode.path("applicant").isMissingNode() || byCode.get("applicant").isNull()).isTrue();
    assertThat(texts(byCode.get("earlierCases"))).hasSize(2).contains(first.get("caseNumber").asText());
    assertThat(texts(byName.get("earlierCases"))).isEqualTo(texts(byCode.get("earlierCases")));
    JsonNode nobody = JSON.readTree(clerk().get("/api/parties/lookup?employerName="
        + URLEncoder.encode("' or 1=1 --", StandardCharsets.UTF_8)).body());
    assertThat(nobody.get("earlierCases").size()).isZero();
    assertThat(nobody.path("employer").isMissingNode() || nobody.get("employer").isNull()).isTrue();
  }

  @Test
  void lookupIsForIntakeOnlyAndRefusesBadInputAtTheField() throws Exception {
    String id = idNumber();
    assertThat(as("mediator").get("/api/parties/lookup?idNumber=" + id).statusCode()).isEqualTo(403);
    assertThat(as("supervisor").get("/api/parties/lookup?idNumber=" + id).statusCode()).isEqualTo(403);
    assertThat(as("lawyer").get("/api/parties/lookup?idNumber=" + id).statusCode()).isEqualTo(403);
    assertThat(HttpTestClient.anonymous(port).get("/api/parties/lookup?idNumber=" + id).statusCode()).isEqualTo(401);
    assertThat(as("admin").get("/api/parties/lookup?idNumber=" + id).statusCode()).isEqualTo(200);

    String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
    assertBadField("/api/parties/lookup?idNumber=" + wrongCheck, "idNumber", "校验码");
    assertBadField("/api/parties/lookup?idNumber=36080219851212", "idNumber", "18位");
    assertBadField("/api/parties/lookup?creditCode=91360821MA38ABCD1X", "creditCode", "校验码");
    assertBadField("/api/parties/lookup", "idNumber", "只填写一项");
    assertBadField("/api/parties/lookup?idNumber=" + id + "&creditCode=" + creditCode(), "idNumber", "只填写一项");
    assertBadField("/api/parties/lookup?employerName=%E5%90%89%00%E5%AE%89", "employerName", "控制字符");
    assertBadField("/api/parties/lookup?employerName=" + "公".repeat(101), "employerName", "100");
  }

  private void assertBadField(String path, String field, String message) throws Exception {
    HttpResponse<String> response = clerk().get(path);
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
    JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("message").asText()).contains(message);
  }

  private JsonNode register(HttpTestClient client, String idNumber, String creditCode, String employer) throws Exception {
    HttpResponse<String> response = client.postJson("/api/cases", """
        {"channel":"online",
         "applicant":{"name":"孙丽","idNumber":"%s","phone":"13912345678"},
         "employer":{"name":"%s","creditCode":"%s","phone":"13800001111"},
         "claim":{"disputeType":"wages","amount":"8600.50","description":"拖欠2026年9月、10月工资","workerCount":1,"knownDate":"2026-11-05"}}
        """.formatted(idNumber, employer, creditCode));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  private static java.util.List<String> texts(JsonNode array) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  /** A valid identity number no other test uses: a random birth date and sequence, with its check character. */
  static String idNumber() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String first17 = "360802" + (1970 + r.nextInt(30)) + String.format("%02d%02d%03d", 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
    return first17 + IdentityNumbers.checkCharacter(first17);
  }

  /** A valid credit code no other test uses. */
  static String creditCode() {
    String first17 = "91360821MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    return first17 + CreditCodes.checkCharacter(first17);
  }

  private HttpTestClient clerk() {
    return as("clerk");
  }

  private HttpTestClient as(String user) {
    return HttpTestClient.basic(port, user, "demo");
  }
}
