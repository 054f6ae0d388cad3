package cn.onedoor.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The JSON Schemas of what we exchange with the external systems ({@code src/main/resources/schemas}),
 * compiled once. Our clients check what they send, the simulator checks what it receives, the
 * callback endpoint checks what arrives.
 */
@Component
public class JsonSchemas {

  public static final String CASE_FILE = "case-file";
  public static final String FILING_REQUEST = "filing-request";
  public static final String FILING_RECEIPT = "filing-receipt";
  public static final String NOTIFICATION_MESSAGE = "notification-message";
  public static final String CALLBACK = "callback";

  /** the schemas' $id prefix; they are read from the classpath, never fetched */
  private static final String ID_PREFIX = "https://onedoor.cn/schemas/";

  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:schemas/")));
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** Compiles every schema at start-up, so the first hand-off does not pay for it inside its time-out. */
  JsonSchemas() {
    for (String schema : List.of(CASE_FILE, FILING_REQUEST, FILING_RECEIPT, NOTIFICATION_MESSAGE, CALLBACK)) {
      violations(schema, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }
  }

  /** Every violation as "{path}: {message}"; empty when the document is valid. */
  public List<String> violations(String schema, JsonNode document) {
    Schema compiled = schemas.computeIfAbsent(schema,
        name -> registry.getSchema(SchemaLocation.of(ID_PREFIX + name + ".schema.json")));
    return compiled.validate(document).stream()
        .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }
}
