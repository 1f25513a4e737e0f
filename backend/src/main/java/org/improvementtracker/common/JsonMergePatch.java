package org.improvementtracker.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** RFC 7386 JSON Merge Patch: fields present replace, null removes, objects merge recursively. */
public final class JsonMergePatch {
  private JsonMergePatch() {}

  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (patch == null || !patch.isObject()) {
      throw new InvalidInputException("body", "must be a JSON object of the fields to change");
    }
    ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : patch.deepCopy();
    for (Map.Entry<String, JsonNode> field : patch.properties()) {
      JsonNode value = field.getValue();
      if (value.isNull()) {
        result.remove(field.getKey());
      } else if (value.isObject() && result.path(field.getKey()).isObject()) {
        result.set(field.getKey(), apply(result.get(field.getKey()), value));
      } else {
        result.set(field.getKey(), value);
      }
    }
    return result;
  }
}
