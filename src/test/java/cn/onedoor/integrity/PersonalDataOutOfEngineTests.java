package cn.onedoor.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onedoor.party.IdentityNumbers;
import cn.onedoor.support.HttpTestClient;
import cn.onedoor.support.OneDoorSpringTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Full identity numbers and phones never become process variables, by any door: registered
 * through the start form (engine REST, as Tasklist submits it), the engine's plain start, our
 * {@code POST /api/cases}, and a duty lawyer's consultation turned into a case. Afterwards every
 * text and binary column of every {@code ACT_*} table is searched for the full values: none is
 * there, while the party table has them.
 */
@OneDoorSpringTest
class PersonalDataOutOfEngineTests {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  void fullIdentityNumbersAndPhonesAreNowhereInTheEngineAfterRegistrationThroughEveryDoor() throws SQLException {
    HttpTestClient clerk = HttpTestClient.basic(port, "clerk", "demo");
    HttpTestClient lawyer = HttpTestClient.basic(port, "lawyer", "demo");
    List<String> secrets = new ArrayList<>();

    // 1. the clerk's start form, submitted as Tasklist submits it
    String id1 = idNumber(), phone1 = phone();
    secrets.addAll(List.of(id1, phone1));
    HttpResponse<String> submitted = clerk.postJson("/engine-rest/process-definition/key/LaborDisputeCase/submit-form",
        "{\"variables\":" + walkIn(id1, phone1, true) + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

    // 2. the engine's plain start with the same fields
    String id2 = idNumber(), phone2 = phone();
    secrets.addAll(List.of(id2, phone2));
    HttpResponse<String> started = clerk.postJson("/engine-rest/process-definition/key/LaborDisputeCase/start",
        "{\"variables\":" + walkIn(id2, phone2, true) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

    // 3. our API
    String id3 = idNumber(), phone3 = phone(), employerPhone3 = phone();
    secrets.addAll(List.of(id3, phone3, employerPhone3));
    HttpResponse<String> registered = clerk.postJson("/api/cases", """
        {"channel":"online","applicant":{"name":"孙丽","idNumber":"%s","phone":"%s"},
         "employer":{"name":"吉安市某某电子有限公司","creditCode":"91360821MA38ABCD13","phone":"%s"},
         "claim":{"disputeType":"wages","amount":"8600.50","description":"拖欠2026年9月、10月工资","workerCount":1,
                  "knownDate":"2026-11-05"}}""".formatted(id3, phone3, employerPhone3));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

    // 4. a consultation that becomes a case: the caller's phone at the start, the worker's data at the end
    String consultantPhone = phone(), id4 = idNumber(), phone4 = phone();
    secrets.addAll(List.of(consultantPhone, id4, phone4));
    HttpResponse<String> consultation = lawyer.postJson("/engine-rest/process-definition/key/FreeConsultation/submit-form", """
        {"variables":{"consultantName":{"value":"周先生"},"consultantPhone":{"value":"%s"},
         "consultationTopic":{"value":"wages"},"question":{"value":"公司拖欠两个月工资怎么办"}}}""".formatted(consultantPhone));
    assertThat(consultation.statusCode()).as(consultation.body()).isEqualTo(200);
    String consultationId = consultation.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    Task give = engine.getTaskService().createTaskQuery().processInstanceId(consultationId).singleResult();
    HttpResponse<String> given = lawyer.postJson("/engine-rest/task/" + give.getId() + "/submit-form", """
        {"variables":{"advice":{"value":"可先申请调解，调解不成可申请仲裁"},"consultationResult":{"value":"register_case"},
         "applicantName":{"value":"周建国"},"applicantIdNumber":{"value":"%s"},"applicantPhone":{"value":"%s"},
         "employerName":{"value":"吉安市某某制衣有限公司"},"employerCreditCode":{"value":"91360802MA35L0JX7X"},
         "disputeType":{"value":"wages"},"workerCount":{"value":1},"claimAmount":{"value":"9000.00"},
         "claimDescription":{"value":"拖欠2026年10月工资"},"knownDate":{"value":"2026-10-31"}}}""".formatted(id4, phone4));
    assertThat(given.statusCode()).as(given.body()).isEqualTo(204);

    for (String secret : secrets.stream().filter(s -> !s.equals(consultantPhone)).toList()) {
      assertThat(jdbc.queryForObject("select count(*) from case_party where id_number = ? or phone = ?", Integer.class,
          secret, secret)).as("the party table keeps %s", secret.substring(0, 3)).isEqualTo(1);
    }
    assertThat(engineColumnsContaining(secrets)).as("ACT_* columns holding a full identity number or phone").isEmpty();
    // the consultation keeps its caller's phone masked only
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(consultationId)
        .variableName("consultantPhoneMasked").singleResult().getValue()).isEqualTo(consultantPhone.substring(0, 3) + "****"
        + consultantPhone.substring(7));
  }

  @Test
  void noApplicantsAgentsOrEmployersParticularsOfAListReachTheEngine() throws SQLException {
    HttpTestClient clerk = HttpTestClient.basic(port, "clerk", "demo");
    List<String> secrets = new ArrayList<>();
    StringBuilder applicants = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      String id = idNumber(), phone = phone();
      secrets.add(id);
      secrets.add(phone);
      applicants.append(i == 0 ? "" : ",").append("""
          {"name":"工人%s号","idNumber":"%s","phone":"%s","claimAmount":"5000.00","representative":%s}"""
          .formatted(i + 1, id, phone, i < 3));
    }
    String agentPhone = phone(), employerPhone = phone();
    secrets.addAll(List.of(agentPhone, employerPhone, "赣州路秘密七号", "保密法人"));
    HttpResponse<String> registered = clerk.postJson("/api/cases", """
        {"channel":"online","applicants":[%s],
         "employer":{"name":"吉安市某某电子有限公司","creditCode":"91360821MA38ABCD13","phone":"%s",
                     "address":"赣州路秘密七号","legalRepresentative":"保密法人"},
         "agents":[{"side":"applicant","name":"李律师","phone":"%s"}],
         "claim":{"disputeType":"wages","amount":"60000.00","description":"拖欠2026年9月、10月工资","knownDate":"2026-11-05"}}"""
        .formatted(applicants, employerPhone, agentPhone));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

    String caseNumber = registered.body().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
    assertThat(jdbc.queryForObject("select count(*) from case_party where case_number = ?", Integer.class, caseNumber))
        .as("12 applicants, the employer, an agent").isEqualTo(14);
    assertThat(engineColumnsContaining(secrets)).as("ACT_* columns holding a party's identity number, phone or particulars").isEmpty();
  }

  /** The start form's employer particulars and the applicant's 推举代表 flag reach the party table only. */
  @Test
  void theStartFormsEmployersParticularsGoToThePartyTableOnly() throws Exception {
    HttpTestClient clerk = HttpTestClient.basic(port, "clerk", "demo");
    String id1 = idNumber(), phone1 = phone(), employerPhone = phone();
    String variables = walkIn(id1, phone1, true);
    variables = variables.substring(0, variables.lastIndexOf('}')) + """
            ,"employerAddress":{"value":"吉安市吉州区秘密路九号"},"employerLegalRepresentative":{"value":"保密法人乙"},
             "employerPhone":{"value":"%s"}}""".formatted(employerPhone);
    HttpResponse<String> submitted = clerk.postJson("/engine-rest/process-definition/key/LaborDisputeCase/submit-form",
        "{\"variables\":" + variables + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

    String caseNumber = new com.fasterxml.jackson.databind.ObjectMapper().readTree(submitted.body()).path("businessKey").asText();
    List<java.util.Map<String, Object>> parties = jdbc.queryForList("""
        select party_role, seq, name, id_number, phone, claim_amount, address, legal_representative
        from case_party where case_number = ? order by party_role, seq""", caseNumber);
    assertThat(parties).extracting(p -> p.get("PARTY_ROLE") + "/" + p.get("SEQ") + "/" + p.get("NAME") + "/" + p.get("ID_NUMBER"))
        .containsExactly("applicant/1/赵小红/" + id1, "respondent/1/吉安市某某制衣有限公司/null");
    assertThat(parties.get(1).get("ADDRESS")).isEqualTo("吉安市吉州区秘密路九号");
    assertThat(parties.get(1).get("LEGAL_REPRESENTATIVE")).isEqualTo("保密法人乙");
    assertThat(parties.get(1).get("PHONE")).isEqualTo(employerPhone);
    assertThat(engineColumnsContaining(List.of(id1, phone1, employerPhone, "秘密路九号", "保密法人乙")))
        .as("ACT_* columns holding a party's identity number, phone or particulars").isEmpty();
  }

  /** Every ACT_* column (text or binary) in which one of the values occurs, as table.column. */
  private List<String> engineColumnsContaining(List<String> secrets) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME");
          String schema = rs.getString("TABLE_SCHEM");
          if (table.toUpperCase().startsWith("ACT_") && !"INFORMATION_SCHEMA".equalsIgnoreCase(schema)
              && !"pg_catalog".equalsIgnoreCase(schema)) {
            columns.add(new String[] {table, rs.getString("COLUMN_NAME"), Integer.toString(rs.getInt("DATA_TYPE"))});
          }
        }
      }
      assertThat(columns).as("the engine's tables are found").hasSizeGreaterThan(200);
      for (String[] column : columns) {
        int type = Integer.parseInt(column[2]);
        boolean binary = type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY;
        boolean text = type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR
            || type == Types.NVARCHAR || type == Types.NCLOB;
        if (!binary && !text) {
          continue;
        }
        List<Object> values = jdbc.queryForList("select " + column[1] + " from " + column[0] + " where " + column[1] + " is not null", Object.class);
        for (Object value : values) {
          String content = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
          if (secrets.stream().anyMatch(content::contains)) {
            found.add(column[0] + "." + column[1]);
            break;
          }
        }
      }
    }
    return found;
  }

  private static String walkIn(String idNumber, String phone, boolean readBack) {
    return """
        {"channel":{"value":"window"},"applicantName":{"value":"赵小红"},"applicantIdNumber":{"value":"%s"},
         "applicantPhone":{"value":"%s"},"employerName":{"value":"吉安市某某制衣有限公司"},
         "employerCreditCode":{"value":"91360802MA35L0JX7X"},"disputeType":{"value":"wages"},
         "claimAmount":{"value":"12800.00"},"claimDescription":{"value":"拖欠2026年8月至10月工资"},
         "workerCount":{"value":1},"knownDate":{"value":"2026-08-31"},"applicationReadBack":{"value":%s}}"""
        .formatted(idNumber, phone, readBack);
  }

  /** A valid identity number nobody else in the suite uses: born 1980–1999, check character right. */
  static String idNumber() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String first17 = "360802" + (1980 + random.nextInt(20)) + String.format("%02d%02d%03d", 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(1000));
    return first17 + IdentityNumbers.checkCharacter(first17);
  }

  static String phone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }
}
