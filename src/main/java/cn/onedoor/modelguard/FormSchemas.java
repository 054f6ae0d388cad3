package cn.onedoor.modelguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Camunda Forms (form-js) as the guard reads them: the schema checks a form must pass (a root
 * {@code id}, a {@code components} array, known component types, a {@code key} on every input) and
 * the variables a form submits.
 */
final class FormSchemas {

  /** Components Tasklist's renderer (form-js 1.8) draws. */
  static final Set<String> TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist",
      "radio", "select", "taglist", "button", "text", "html", "image", "spacer", "separator", "group",
      "dynamiclist", "iframe", "table", "expression");
  /** Components that submit a value and therefore need a {@code key}. */
  static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist",
      "radio", "select", "taglist", "expression");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A read form: its id (null when it has none), what is wrong with it, the variables it submits. */
  record Form(String id, List<String> errors, Set<String> keys) {}

  private FormSchemas() {}

  static Form read(byte[] bytes) {
    List<String> errors = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      errors.add("不是有效的 JSON / not valid JSON");
      return new Form(null, errors, keys);
    }
    if (root == null || !root.isObject()) {
      errors.add("根节点不是对象 / the root is not an object");
      return new Form(null, errors, keys);
    }
    String id = root.path("id").isTextual() && !root.get("id").asText().isBlank() ? root.get("id").asText() : null;
    if (id == null) {
      errors.add("缺少表单 id / the form has no id");
    }
    if (!root.path("components").isArray()) {
      errors.add("缺少 components 数组 / no components array");
    } else {
      components(root.get("components"), "components", errors, keys);
    }
    return new Form(id, errors, keys);
  }

  private static void components(JsonNode components, String path, List<String> errors, Set<String> keys) {
    for (int i = 0; i < components.size(); i++) {
      JsonNode component = components.get(i);
      String where = path + "[" + i + "]";
      if (!component.isObject()) {
        errors.add(where + " 不是对象 / is not an object");
        continue;
      }
      String type = component.path("type").asText("");
      if (!TYPES.contains(type)) {
        errors.add(where + " 的类型未知 / has an unknown type '" + type + "'");
        continue;
      }
      String key = component.path("key").asText("");
      if (INPUTS.contains(type)) {
        if (key.isBlank()) {
          errors.add(where + " 缺少 key / has no key");
        } else {
          keys.add(root(key));
        }
      }
      if (component.path("path").isTextual() && !component.get("path").asText().isBlank()) {
        keys.add(root(component.get("path").asText()));
      }
      if (component.has("components")) {
        if (component.get("components").isArray()) {
          components(component.get("components"), where + ".components", errors, keys);
        } else {
          errors.add(where + ".components 不是数组 / is not an array");
        }
      }
    }
  }

  private static String root(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }
}
