package cn.onedoor.party;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Camunda Forms submit a list (a checklist, a dynamic list) as a Json variable, which the engine
 * hands over as a Spin node; the rules that read submissions read plain Java lists and maps.
 */
public final class JsonValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonValues() {}

  /** A Spin JSON node as plain Java (lists, maps, strings, numbers, booleans); anything else unchanged. */
  public static Object plain(Object value) {
    if (!(value instanceof SpinJsonNode node)) {
      return value;
    }
    try {
      return JSON.readValue(node.toString(), Object.class);
    } catch (JsonProcessingException e) {
      return value;
    }
  }
}
