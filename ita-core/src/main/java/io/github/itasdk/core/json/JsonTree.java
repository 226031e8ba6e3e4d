package io.github.itasdk.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Builds a document's tree straight from the streaming parser, without a data-binding mapper (whose
 * set-up costs a one-agency command more than the reading itself). The tree is the one the SDK's
 * mapper builds: integers as int, long or big-integer nodes, every other number an exact decimal with
 * trailing zeros stripped, and nothing after the document's one value.
 */
final class JsonTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /**
   * @param parser a parser before the document's first token (the caller closes it)
   * @return the document's value, or null for a document without one (empty or only white space)
   * @throws IOException malformed JSON, a limit passed, content after the value, or a failing reader
   */
  static JsonNode read(JsonParser parser) throws IOException {
    if (parser.nextToken() == null) {
      return null;
    }
    JsonNode root = value(parser);
    JsonToken after = parser.nextToken();
    if (after != null) {
      throw new JsonParseException(parser, "content after the document's value (a document holds one JSON value)",
          parser.currentTokenLocation());
    }
    return root;
  }

  /** The value starting at the parser's current token (nesting is bounded by the parser's depth limit). */
  private static JsonNode value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          p.nextToken();
          o.set(name, value(p)); // a repeated name is refused by the parser (strict duplicate detection)
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(value(p));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(stripped(p.getDecimalValue()));
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(p, "Unexpected token " + p.currentToken());
    }
  }

  private static BigDecimal stripped(BigDecimal d) {
    try {
      return d.stripTrailingZeros();
    } catch (ArithmeticException e) { // a scale that stripping would overflow: keep the number as written
      return d;
    }
  }
}
