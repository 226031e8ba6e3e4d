package io.github.itasdk.report.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Hostile variants of the bundled examples. A mutation is plain data (kinds and small integers), so
 * jqwik shrinks a failing case to the fewest, simplest edits; applying it is deterministic.
 */
final class Mutations {
  private Mutations() {}

  static final Path EXAMPLES = Path.of("..", "examples");
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The bundled input documents, parsed once. */
  static final List<JsonNode> SEEDS = seeds();

  private static List<JsonNode> seeds() {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<JsonNode> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.add(PLAIN.readTree(Files.readString(p)));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ JSON edits

  enum Kind {
    REMOVE_KEY, DUPLICATE_KEY, RENAME_KEY, SWAP_TYPE, NUMBER, STRING, WRONG_ID, UNKNOWN_PART, DEEP_NESTING,
    REMOVE_ELEMENT, DUPLICATE_ELEMENT, EIT_FROM_ONE_PART
  }

  /** One edit of the tree: what, at which slot (modulo the slots that fit), with which value (modulo a pool). */
  record Edit(Kind kind, int at, int choice) {}

  enum ByteKind { TRUNCATE, INVALID_UTF8, BOM, CRLF, CR_ONLY, BARE_CR, TIS_620, NUL }

  /** One edit of the bytes after serialisation. */
  record ByteEdit(ByteKind kind, int at, int choice) {}

  static final List<String> NUMBERS = List.of("1e-2147483648", "1e2147483647", "1e-2147483647", "1e-999999", "1e-9999",
      "84.994999999999999999", "84.9949999999999999999999", "-0", "-0.0", "0E-2147483647", "100.000000000000000001",
      "1e2", "9.9E1", "NaN", "Infinity", "-Infinity", "-1", "101", "99." + "9".repeat(62), "0." + "0".repeat(61) + "1",
      "4", "2", "1", "0", "100", "1.5", "12345678901234567890", "-2147483649", "2147483648", "1E+1", "85.00",
      "84.995", "0.000000000000000001", "1e-18", "1e-19", "1" + "0".repeat(70));
  static final List<String> STRINGS = List.of("", " ", "\u200B", "\u202Eyes", "y\u200Bes", "yes\u200B", "มี", "ไม่มี",
      "YES", "yes", "no", "true", "null", "x".repeat(1_000_000), "x".repeat(1_000_001), "\u0000", "ก\u0E31\u0E31",
      "ITA-2566", "ITA-2564", "ITA-2568", "ITA-9999", "PUBLIC", "SURVEY", "IIT", "EIT", "OIT", "TOTAL", "INDICATOR",
      "QUESTION", "GROUP", "TOOL", "excluded", "ผ่าน", "ดีเยี่ยม", "AA", "\uFEFF", "\r\n", "\"", "\\");
  static final List<String> IDS = List.of("i1", "i31", "e1", "e16", "o1", "o44", "9.1", "10.2", "1", "11", "0", "IIT",
      "EIT", "OIT", "total", "TOTAL", "i4.1", "o17", "e4", "i4", "10", "10.1", "o43", "o28", "i15", "e9");
  static final List<String> KEYS = List.of("id", "item", "score", "answer", "excluded", "part", "level", "tool",
      "respondents", "answers", "Rubric", "rubric ", "unknown", "@class", "scoreEitFromOnePart", "published", "oit",
      "surveys", "agency", "conditions", "publishedRating");
  static final List<String> PARTS = List.of("THIRD", "public", "PUBLIC", "SURVEY", "", "EIT");
  static final List<String> ID_KEYS = List.of("id", "item", "level", "tool", "part", "rubric", "publishedRating");

  /** A place in the tree: the container and the key or index of one of its values. */
  private record Slot(JsonNode parent, String key, int index, JsonNode value) {}

  static byte[] json(int seed, List<Edit> edits, List<ByteEdit> bytes) {
    JsonNode root = SEEDS.get(seed % SEEDS.size()).deepCopy();
    List<String> raw = new ArrayList<>();
    for (Edit e : edits) {
      root = apply(root, e, raw);
    }
    String text;
    try {
      text = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    text = text.replace("\"__dup__", "\"");
    for (int i = 0; i < raw.size(); i++) {
      text = text.replace("\"__raw__" + i + "\"", raw.get(i));
    }
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    for (ByteEdit e : bytes) {
      b = apply(b, e, text);
    }
    return b;
  }

  private static JsonNode apply(JsonNode root, Edit e, List<String> raw) {
    List<Slot> all = new ArrayList<>();
    slots(root, all);
    switch (e.kind()) {
      case EIT_FROM_ONE_PART -> {
        if (root instanceof ObjectNode o) {
          o.put("scoreEitFromOnePart", true);
        }
        return root;
      }
      case DEEP_NESTING -> {
        JsonNode deep = F.numberNode(1);
        for (int i = 0; i < 1 + e.choice() % 60; i++) {
          deep = i % 2 == 0 ? F.arrayNode().add(deep) : F.objectNode().set("a", deep);
        }
        return set(root, pick(all, e.at(), s -> true), deep);
      }
      default -> { }
    }
    Slot s = switch (e.kind()) {
      case REMOVE_KEY, DUPLICATE_KEY, RENAME_KEY -> pick(all, e.at(), x -> x.key() != null);
      case REMOVE_ELEMENT, DUPLICATE_ELEMENT -> pick(all, e.at(), x -> x.key() == null && x.parent() != null);
      case NUMBER -> pick(all, e.at(), x -> x.value().isNumber());
      case STRING -> pick(all, e.at(), x -> x.value().isTextual());
      case WRONG_ID -> pick(all, e.at(), x -> x.key() != null && ID_KEYS.contains(x.key()));
      case UNKNOWN_PART -> pick(all, e.at(), x -> x.value().isObject());
      default -> pick(all, e.at(), x -> true);
    };
    if (s == null) {
      return root;
    }
    switch (e.kind()) {
      case REMOVE_KEY -> ((ObjectNode) s.parent()).remove(s.key());
      case DUPLICATE_KEY -> ((ObjectNode) s.parent()).set("__dup__" + s.key(), s.value().deepCopy());
      case RENAME_KEY -> {
        ObjectNode o = (ObjectNode) s.parent();
        o.remove(s.key());
        o.set(KEYS.get(e.choice() % KEYS.size()), s.value());
      }
      case REMOVE_ELEMENT -> ((ArrayNode) s.parent()).remove(s.index());
      case DUPLICATE_ELEMENT -> ((ArrayNode) s.parent()).insert(s.index(), s.value().deepCopy());
      case SWAP_TYPE -> {
        List<JsonNode> pool = List.of(F.nullNode(), F.booleanNode(true), F.booleanNode(false), F.numberNode(0),
            F.textNode("x"), F.arrayNode(), F.objectNode(), F.arrayNode().add(1).add(2), F.objectNode().put("a", 1),
            F.numberNode(2.5), F.textNode("4"));
        return set(root, s, pool.get(e.choice() % pool.size()));
      }
      case NUMBER -> {
        raw.add(NUMBERS.get(e.choice() % NUMBERS.size()));
        return set(root, s, new TextNode("__raw__" + (raw.size() - 1)));
      }
      case STRING -> {
        return set(root, s, new TextNode(STRINGS.get(e.choice() % STRINGS.size())));
      }
      case WRONG_ID -> {
        return set(root, s, new TextNode(IDS.get(e.choice() % IDS.size())));
      }
      case UNKNOWN_PART -> ((ObjectNode) s.value()).put("part", PARTS.get(e.choice() % PARTS.size()));
      default -> { }
    }
    return root;
  }

  private static Slot pick(List<Slot> all, int at, java.util.function.Predicate<Slot> fits) {
    List<Slot> ok = all.stream().filter(fits).toList();
    return ok.isEmpty() ? null : ok.get(at % ok.size());
  }

  private static JsonNode set(JsonNode root, Slot s, JsonNode value) {
    if (s == null) {
      return root;
    }
    if (s.parent() == null) {
      return value;
    }
    if (s.key() != null) {
      ((ObjectNode) s.parent()).set(s.key(), value);
    } else {
      ((ArrayNode) s.parent()).set(s.index(), value);
    }
    return root;
  }

  private static void slots(JsonNode node, List<Slot> out) {
    if (out.isEmpty()) {
      out.add(new Slot(null, null, -1, node));
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        out.add(new Slot(node, f.getKey(), -1, f.getValue()));
        slots(f.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Slot(node, null, i, node.get(i)));
        slots(node.get(i), out);
      }
    }
  }

  // ------------------------------------------------------------------ byte edits

  static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
      new byte[] {(byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE0, (byte) 0xB8},
      new byte[] {(byte) 0xA1});

  static byte[] apply(byte[] b, ByteEdit e, String text) {
    int at = b.length == 0 ? 0 : e.at() % (b.length + 1);
    return switch (e.kind()) {
      case TRUNCATE -> java.util.Arrays.copyOf(b, at);
      case INVALID_UTF8 -> insert(b, at, BAD_BYTES.get(e.choice() % BAD_BYTES.size()));
      case BOM -> insert(b, e.choice() % 4 == 0 ? at : 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      case CRLF -> replaceLf(b, new byte[] {'\r', '\n'});
      case CR_ONLY -> replaceLf(b, new byte[] {'\r'});
      case BARE_CR -> insert(b, at, new byte[] {'\r'});
      case TIS_620 -> new String(b, StandardCharsets.UTF_8).getBytes(Charset.forName("TIS-620"));
      case NUL -> insert(b, at, new byte[] {0});
    };
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    int i = Math.min(at, b.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
    out.write(b, 0, i);
    out.write(what, 0, what.length);
    out.write(b, i, b.length - i);
    return out.toByteArray();
  }

  private static byte[] replaceLf(byte[] b, byte[] with) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + b.length / 20);
    for (byte x : b) {
      if (x == '\n') {
        out.write(with, 0, with.length);
      } else {
        out.write(x);
      }
    }
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ CSV edits

  static final byte[] RESPONSES = read("batch-responses-2566.csv");
  static final byte[] OIT = read("batch-oit-2566.csv");

  private static byte[] read(String name) {
    try {
      return Files.readAllBytes(EXAMPLES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  enum CsvKind { SET_CELL, DUPLICATE_ROW, REMOVE_ROW, SWAP_HEADER_CELLS, REMOVE_COLUMN, ADD_CELL }

  /** One edit of a CSV: which file (responses or OIT), row and column (modulo their counts), which value. */
  record CsvEdit(CsvKind kind, boolean oit, int row, int column, int choice) {}

  static final List<String> CELLS = List.of("", "0", "5", "9", "10", "1", "2", "4", "yes", "no", "มี", "YES", " 1", "1 ",
      "\"1\"", "\"1", "1\"", "\"a,b\"", "x\ry", "0." + "0".repeat(1_000_000) + "1", "84.9949999999999999999",
      "100.0000000000000000001", "1e-999999", "-0", "100", "99.5", "excluded:", "excluded: order 1",
      "excluded:" + "ก".repeat(100_000), "DEMO-001", "DEMO-002", "IIT", "EIT", "OIT", "PUBLIC", "SURVEY", "THIRD",
      "\u200B", "r1", "p1", "o1", "i1", "e1", "\"\"", "a\"b", "0.000000000000000001", "12345678901234567890");

  /** Applies the edits to the two files; returns {responses, oit}. */
  static byte[][] csv(List<CsvEdit> edits, List<ByteEdit> bytes, boolean bytesOnOit) {
    List<List<String>> r = rows(RESPONSES);
    List<List<String>> o = rows(OIT);
    for (CsvEdit e : edits) {
      List<List<String>> t = e.oit() ? o : r;
      if (t.isEmpty()) {
        continue;
      }
      int row = e.row() % t.size();
      List<String> cells = t.get(row);
      int col = cells.isEmpty() ? 0 : e.column() % cells.size();
      switch (e.kind()) {
        case SET_CELL -> {
          if (!cells.isEmpty()) {
            cells.set(col, CELLS.get(e.choice() % CELLS.size()));
          }
        }
        case DUPLICATE_ROW -> t.add(row, new ArrayList<>(cells));
        case REMOVE_ROW -> t.remove(row);
        case SWAP_HEADER_CELLS -> {
          List<String> h = t.get(0);
          int other = e.choice() % h.size();
          String x = h.get(col % h.size());
          h.set(col % h.size(), h.get(other));
          h.set(other, x);
        }
        case REMOVE_COLUMN -> t.forEach(cs -> {
          if (col < cs.size()) {
            cs.remove(col);
          }
        });
        case ADD_CELL -> cells.add(col, CELLS.get(e.choice() % CELLS.size()));
      }
    }
    byte[] rb = join(r);
    byte[] ob = join(o);
    for (ByteEdit e : bytes) {
      if (bytesOnOit) {
        ob = apply(ob, e, null);
      } else {
        rb = apply(rb, e, null);
      }
    }
    return new byte[][] {rb, ob};
  }

  private static List<List<String>> rows(byte[] file) {
    List<List<String>> out = new ArrayList<>();
    for (String line : new String(file, StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.isEmpty()) {
        out.add(new ArrayList<>(List.of(line.split(",", -1))));
      }
    }
    return out;
  }

  private static byte[] join(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    rows.forEach(r -> sb.append(String.join(",", r)).append('\n'));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
