package cn.onedoor.external;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The payload schemas themselves: they compile, and they refuse what the other side could not use. */
class JsonSchemasTests {

  static final ObjectMapper JSON = new ObjectMapper();
  final JsonSchemas schemas = new JsonSchemas();

  @Test
  void anSmsMustGoToAMainlandMobileNumber() throws Exception {
    JsonNode good = JSON.readTree("""
        {"channel":"sms","to":"13800138000","text":"您好","idempotencyKey":"notice:1234","reference":"吉劳调〔2026〕0001号"}""");
    assertThat(schemas.violations(JsonSchemas.NOTIFICATION_MESSAGE, good)).isEmpty();
    JsonNode bad = ((com.fasterxml.jackson.databind.node.ObjectNode) good.deepCopy()).put("to", "0796-8221234");
    assertThat(schemas.violations(JsonSchemas.NOTIFICATION_MESSAGE, bad)).isNotEmpty();
  }

  @Test
  void aFilingRequestNeedsACompleteCaseFile() throws Exception {
    JsonNode request = JSON.readTree("""
        {"type":"litigation_referral","caseNumber":"吉劳调〔2026〕0001号","idempotencyKey":"litigation-referral:abc",
         "caseFile":{"schemaVersion":"1.0","caseNumber":"吉劳调〔2026〕0001号","purpose":"litigation_referral",
                     "createdAt":"2026-11-29T10:00:00+08:00","channel":"window","disputeType":"wages",
                     "parties":[{"role":"applicant","name":"赵小红","idNumber":"11010119900307851X"}],
                     "claims":{"amount":"12800.00","workerCount":1,"collective":false},
                     "mediation":{"sessions":[]},"timeline":[],"documents":[],
                     "checksum":{"algorithm":"SHA-256","value":"00"}}}""");
    assertThat(schemas.violations(JsonSchemas.FILING_REQUEST, request))
        .anySatisfy(v -> assertThat(v).contains("parties"))
        .anySatisfy(v -> assertThat(v).contains("documents"))
        .anySatisfy(v -> assertThat(v).contains("checksum"));
  }

  @Test
  void aCaseFilesPartiesCarryTheirRolesAndOnlyTheirOwnParticulars() throws Exception {
    String file = """
        {"schemaVersion":"1.0","caseNumber":"吉劳调〔2026〕0001号","purpose":"arbitration_referral",
         "createdAt":"2026-11-29T10:00:00+08:00","channel":"online","disputeType":"wages",
         "parties":[%s],
         "claims":{"amount":"12800.00","workerCount":2,"collective":false},
         "mediation":{"sessions":[]},"timeline":[],
         "documents":[{"type":"referral_letter","title":"移送函","contentType":"text/plain","text":"移送",
                       "sha256":"0000000000000000000000000000000000000000000000000000000000000000"}],
         "checksum":{"algorithm":"SHA-256","value":"0000000000000000000000000000000000000000000000000000000000000000"}}""";
    String applicants = """
        {"role":"applicant","seq":1,"name":"赵小红","idNumber":"110101199003078515","claimAmount":"8000.00","representative":true},
        {"role":"applicant","seq":2,"name":"周建国","idNumber":"11010119900307851X"},
        {"role":"respondent","seq":1,"name":"某公司","creditCode":"91360802MA35L0JX7X","address":"吉安市","legalRepresentative":"王建军"}""";
    assertThat(schemas.violations(JsonSchemas.CASE_FILE, JSON.readTree(file.formatted(applicants
        + ",{\"role\":\"applicant_agent\",\"seq\":1,\"name\":\"李律师\",\"representsSeq\":2}")))).isEmpty();
    assertThat(schemas.violations(JsonSchemas.CASE_FILE, JSON.readTree(file.formatted(applicants
        + ",{\"role\":\"respondent_agent\",\"seq\":1,\"name\":\"陈法务\",\"representsSeq\":2}")))).isNotEmpty();
    assertThat(schemas.violations(JsonSchemas.CASE_FILE, JSON.readTree(file.formatted(applicants
        + ",{\"role\":\"applicant\",\"seq\":3,\"name\":\"无证号\"}")))).isNotEmpty();
    assertThat(schemas.violations(JsonSchemas.CASE_FILE, JSON.readTree(file.formatted(applicants
        + ",{\"role\":\"witness\",\"seq\":1,\"name\":\"某某\"}")))).isNotEmpty();
  }

  @Test
  void aCallbackBodyMayNotCarryUnknownMembers() throws Exception {
    assertThat(schemas.violations(JsonSchemas.CALLBACK, JSON.readTree("{\"reference\":\"x\",\"result\":\"issued\"}"))).isEmpty();
    assertThat(schemas.violations(JsonSchemas.CALLBACK, JSON.readTree("{\"amount\":1}"))).isNotEmpty();
  }
}
