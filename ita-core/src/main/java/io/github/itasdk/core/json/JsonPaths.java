package io.github.itasdk.core.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Builds {@code $.a.b[3]}-style paths for problem locations. */
final class JsonPaths {
  private JsonPaths() {}

  /** @return the path of the value a parser is at, e.g. {@code $.published[0].score} */
  static String of(JsonStreamContext context) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (c.getCurrentName() != null) {
          parts.push("." + c.getCurrentName());
        }
      } else if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    return "$" + String.join("", parts);
  }

  static String of(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
