package io.github.itasdk.rubrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON Schema checker for the subset our schemas use (type, properties, required,
 * additionalProperties, items, enum, oneOf, $ref to $defs, minimum/maximum, minItems, minLength, pattern),
 * so tests can hold the written JSON to the published schema without a validator dependency.
 */
final class SchemaCheck {
  private final JsonNode root;

  private SchemaCheck(JsonNode root) {
    this.root = root;
  }

  static SchemaCheck load(String resource) {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
      return new SchemaCheck(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  List<String> errors(JsonNode doc) {
    List<String> out = new ArrayList<>();
    check(root, doc, "$", out);
    return out;
  }

  private void check(JsonNode schema, JsonNode doc, String at, List<String> out) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      check(root.at(ref.substring(1)), doc, at, out);
      return;
    }
    if (schema.has("oneOf")) {
      int ok = 0;
      for (JsonNode alt : schema.get("oneOf")) {
        List<String> e = new ArrayList<>();
        check(alt, doc, at, e);
        ok += e.isEmpty() ? 1 : 0;
      }
      if (ok != 1) {
        out.add(at + ": matches " + ok + " of the oneOf alternatives");
      }
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode v : schema.get("enum")) {
        found |= v.equals(doc);
      }
      if (!found) {
        out.add(at + ": " + doc + " not in " + schema.get("enum"));
      }
    }
    if (schema.has("type")) {
      List<String> types = new ArrayList<>();
      if (schema.get("type").isArray()) {
        schema.get("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(schema.get("type").asText());
      }
      if (types.stream().noneMatch(t -> is(t, doc))) {
        out.add(at + ": expected " + types + ", got " + doc.getNodeType());
        return;
      }
    }
    if (doc.isNumber()) {
      if (schema.has("minimum") && doc.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
        out.add(at + ": below minimum");
      }
      if (schema.has("maximum") && doc.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
        out.add(at + ": above maximum");
      }
    }
    if (doc.isTextual()) {
      if (schema.has("minLength") && doc.textValue().length() < schema.get("minLength").asInt()) {
        out.add(at + ": too short");
      }
      if (schema.has("pattern") && !doc.textValue().matches(".*(" + schema.get("pattern").asText() + ").*")) {
        out.add(at + ": does not match " + schema.get("pattern"));
      }
    }
    if (doc.isArray()) {
      if (schema.has("minItems") && doc.size() < schema.get("minItems").asInt()) {
        out.add(at + ": too few items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < doc.size(); i++) {
          check(schema.get("items"), doc.get(i), at + "[" + i + "]", out);
        }
      }
    }
    if (doc.isObject()) {
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) {
          if (!doc.has(r.asText())) {
            out.add(at + ": missing required " + r.asText());
          }
        }
      }
      JsonNode props = schema.get("properties");
      JsonNode extra = schema.get("additionalProperties");
      for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String fat = at + "." + e.getKey();
        if (props != null && props.has(e.getKey())) {
          check(props.get(e.getKey()), e.getValue(), fat, out);
        } else if (extra != null && extra.isBoolean() && !extra.booleanValue()) {
          out.add(fat + ": not declared in the schema");
        } else if (extra != null && extra.isObject()) {
          check(extra, e.getValue(), fat, out);
        }
      }
    }
  }

  private static boolean is(String type, JsonNode doc) {
    return switch (type) {
      case "object" -> doc.isObject();
      case "array" -> doc.isArray();
      case "string" -> doc.isTextual();
      case "integer" -> doc.isIntegralNumber();
      case "number" -> doc.isNumber();
      case "boolean" -> doc.isBoolean();
      case "null" -> doc.isNull();
      default -> false;
    };
  }
}
