package io.github.itasdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.itasdk.core.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Walks a document's tree and collects every problem of form with its JSON path ({@code $.a.b[3]}),
 * instead of stopping at the first: the checks every reader of a JSON document (input, rubric, plan) shares,
 * in one wording.
 */
public abstract class TreeWalk {
  /** The problems found so far. */
  protected final ProblemList problems = new ProblemList();

  /** An element of an array, with its path. */
  public static final class Item {
    /** The element. */
    public final JsonNode node;
    /** Its JSON path, e.g. {@code $.surveys[2]}. */
    public final String at;

    Item(JsonNode node, String at) {
      this.node = node;
      this.at = at;
    }
  }

  /**
   * The elements of an array at {@code at}, each with its path; absent or null is an empty array. (A list
   * to loop over rather than a callback: each lambda call site costs a one-agency command about a quarter
   * of a millisecond to link at start-up.)
   */
  protected final List<Item> items(JsonNode array, String at) {
    List<Item> out = new ArrayList<>();
    if (array == null || array.isNull()) {
      return out;
    }
    if (!array.isArray()) {
      problems.add(new Problem(at, "expected an array, got " + describe(array)));
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      out.add(new Item(array.get(i), at + "[" + i + "]"));
    }
    return out;
  }

  /** @return true when the node is an object; otherwise a problem says what it is */
  protected final boolean object(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      problems.add(new Problem(at, "expected an object, got " + describe(node)));
      return false;
    }
    return true;
  }

  /** A problem for each field of the object that is not one of the known names. */
  protected final void fields(JsonNode node, String at, String... known) {
    Set<String> k = Set.of(known);
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String f = it.next();
      if (!k.contains(f)) {
        problems.add(new Problem(at + "." + f, "unknown field [" + f + "] (known: " + Arrays.toString(known) + ")"));
      }
    }
  }

  /** @return the non-blank string at {@code at}, or null (absent or null: a problem when required) */
  protected final String text(JsonNode node, String at, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(new Problem(at, "missing field"));
      }
      return null;
    }
    if (!node.isTextual() || node.textValue().isBlank()) {
      problems.add(new Problem(at, "expected a non-empty string, got " + describe(node)));
      return null;
    }
    return node.textValue();
  }

  /** @return the constant of that name, or null (a problem naming the valid ones when there is none) */
  protected final <E extends Enum<E>> E enumValue(Class<E> type, String text, String at) {
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(at, "unknown value [" + text + "] (valid: "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList() + ")"));
      return null;
    }
  }

  /** @return the node's kind and its first 40 characters, e.g. {@code string "soon"}, for messages */
  protected static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String text = node.toString();
    return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }
}
