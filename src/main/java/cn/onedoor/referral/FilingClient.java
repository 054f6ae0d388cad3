package cn.onedoor.referral;

import cn.onedoor.external.CaseFileRejectedException;
import cn.onedoor.external.ExternalHttpClient;
import cn.onedoor.external.ExternalSystem;
import cn.onedoor.external.ExternalSystemUnavailableException;
import cn.onedoor.external.JsonSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A client of one external system that takes filings ({@code POST {base-url}/filings}, shape
 * {@code schemas/filing-request.schema.json}). What we send is checked against the schema first: a
 * file our own check refuses goes to the correction task like one the receiver refuses.
 */
abstract class FilingClient {

  private final ExternalSystem system;
  private final ExternalHttpClient http;
  private final JsonSchemas schemas;

  FilingClient(ExternalSystem system, ExternalHttpClient http, JsonSchemas schemas) {
    this.system = system;
    this.http = http;
    this.schemas = schemas;
  }

  ExternalSystem system() {
    return system;
  }

  FilingReceipt file(String idempotencyKey, ObjectNode request) {
    List<String> violations = schemas.violations(JsonSchemas.FILING_REQUEST, request);
    if (!violations.isEmpty()) {
      throw new CaseFileRejectedException(system, violations.stream().map(v -> "本中心发送前校验未通过 " + v).toList());
    }
    JsonNode answer = http.post(system, "/filings", idempotencyKey, request);
    List<String> receiptViolations = schemas.violations(JsonSchemas.FILING_RECEIPT, answer);
    if (!receiptViolations.isEmpty()) {
      throw new ExternalSystemUnavailableException(system.label() + "的回执不符合约定格式（" + String.join("；", receiptViolations)
          + "），无法确认是否已收件；重试时使用同一幂等键，不会重复立案");
    }
    return new FilingReceipt(answer.get("receiptNumber").asText(), answer.path("duplicate").asBoolean(false));
  }
}
