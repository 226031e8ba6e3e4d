package io.github.itasdk.core.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Builds {@code $.a.b[3]}-style paths for problem locations. */
final class JsonPaths {
  private JsonPaths() {}

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
