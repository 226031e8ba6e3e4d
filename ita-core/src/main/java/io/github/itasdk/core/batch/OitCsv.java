package io.github.itasdk.core.batch;

import io.github.itasdk.core.Scores;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.rubric.Question;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the OIT CSV: header {@code agency,item,value}; a value is a score 0–100 (a decimal with a dot, at
 * most {@value Scores#MAX_DECIMALS} digits after it, as {@link Scores#scoreProblem} states for every input),
 * {@code yes} / {@code no}, or {@code excluded:<reason>}. Kept compactly per agency until scoring.
 */
final class OitCsv {
  static final List<String> HEADER = List.of("agency", "item", "value");
  private static final String EXCLUDED = "excluded:";

  /**
   * One agency's OIT rows: per rubric item, its assessment, resolved while reading (a batch run's finishing
   * then looks nothing up), and whether it is excluded.
   */
  static final class AgencyOit {
    final String id;
    final OitAssessment[] values;
    /**
     * Per item, the line it was given on, for the message of a second row; dropped once the file is read (3 MB
     * for the national file that the collector would otherwise copy while the responses are read).
     */
    private long[] lines;
    /** Per item, true when excluded; null while no item of the agency is (the common case). */
    private boolean[] excluded;

    AgencyOit(String id, int items) {
      this.id = id;
      values = new OitAssessment[items];
      lines = new long[items];
    }

    boolean excluded(int item) {
      return excluded != null && excluded[item];
    }

    List<OitAssessment> assessments() {
      List<OitAssessment> out = new ArrayList<>(values.length);
      for (OitAssessment v : values) {
        if (v != null) {
          out.add(v);
        }
      }
      return out;
    }
  }

  /**
   * The OIT assessments of one run, each (item, value) made once and shared by the agencies that give it
   * (they are immutable; most agencies share a few hundred): thread-safe, bounded per item.
   */
  static final class Assessments {
    private static final int MAX_PER_ITEM = 4096;
    private final WideLayout layout;
    private final List<java.util.concurrent.ConcurrentHashMap<Object, OitAssessment>> byItem = new ArrayList<>();

    /** Each item answered yes and no, made up front: most values are answers, and these need no lookup. */
    private final OitAssessment[] yes;
    private final OitAssessment[] no;

    Assessments(WideLayout layout) {
      this.layout = layout;
      yes = new OitAssessment[layout.oitItems.size()];
      no = new OitAssessment[layout.oitItems.size()];
      for (int i = 0; i < layout.oitItems.size(); i++) {
        byItem.add(new java.util.concurrent.ConcurrentHashMap<>());
        yes[i] = OitAssessment.answered(layout.oitItems.get(i).id(), true);
        no[i] = OitAssessment.answered(layout.oitItems.get(i).id(), false);
      }
    }

    /** @param v a BigDecimal score, a Boolean answer or a String reason, as read (the key keeps a score's scale) */
    OitAssessment of(int item, Object v) {
      if (v instanceof Boolean answer) {
        return answer ? yes[item] : no[item];
      }
      java.util.concurrent.ConcurrentHashMap<Object, OitAssessment> made = byItem.get(item);
      OitAssessment a = made.get(v);
      if (a == null) {
        a = make(layout.oitItems.get(item).id(), v);
        if (made.size() < MAX_PER_ITEM) {
          made.putIfAbsent(v, a);
        }
      }
      return a;
    }

    private static OitAssessment make(String item, Object v) {
      if (v instanceof BigDecimal d) {
        return OitAssessment.scored(item, d);
      } else if (v instanceof Boolean yes) {
        return OitAssessment.answered(item, yes);
      }
      return OitAssessment.excluded(item, (String) v);
    }
  }

  private OitCsv() {}

  /**
   * @return true for the form of a score: one to three ASCII digits, then optionally a point and at least
   *     one digit ({@code \d{1,3}(\.\d+)?}, written out: a batch run compiles no regular expression)
   */
  static boolean isScoreText(String v) {
    int n = v.length();
    int i = 0;
    while (i < n && i < 4 && isDigit(v.charAt(i))) {
      i++;
    }
    if (i == 0 || i == 4) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (v.charAt(i) != '.' || i + 1 == n) {
      return false;
    }
    for (i++; i < n; i++) {
      if (!isDigit(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Agencies' OIT rows in agency-id order (a class, not a lambda: a batch run spins no classes for it). */
  private static final class ById implements java.util.Comparator<AgencyOit> {
    @Override
    public int compare(AgencyOit a, AgencyOit b) {
      return a.id.compareTo(b.id);
    }
  }

  /** The agencies read so far, by id and as first seen. */
  private static final class Agencies {
    final Map<String, AgencyOit> byId = new HashMap<>();
    final List<AgencyOit> order = new ArrayList<>();
    private final int items;
    final Assessments made;

    Agencies(int items, Assessments made) {
      this.items = items;
      this.made = made;
    }

    AgencyOit of(String id) {
      AgencyOit a = byId.get(id);
      if (a == null) {
        a = new AgencyOit(id, items);
        byId.put(id, a);
        order.add(a);
      }
      return a;
    }

    /** @return every agency in agency-id order (nearly free when the file comes in agency order) */
    List<AgencyOit> sorted() {
      order.sort(new ById());
      return order;
    }
  }

  /**
   * Reads every row; problems go to {@code problems} at {@code name:line:cell}.
   *
   * @return the rows per agency, in agency-id order
   */
  static List<AgencyOit> read(InputStream in, String name, WideLayout layout, Assessments made,
      CsvProblems problems, int blockSize, long[] rowCount) {
    Agencies out = new Agencies(layout.oitItems.size(), made);
    read(in, name, layout, problems, blockSize, rowCount, out);
    List<AgencyOit> sorted = out.sorted();
    for (AgencyOit a : sorted) {
      a.lines = null;
    }
    return sorted;
  }

  private static void read(InputStream in, String name, WideLayout layout, CsvProblems problems,
      int blockSize, long[] rowCount, Agencies out) {
    Map<String, BigDecimal> scores = new HashMap<>();
    CsvBlocks blocks = new CsvBlocks(in, name, blockSize);
    CsvLine line = new CsvLine(HEADER.size() + 1);
    Fast fast = new Fast(layout, out, line);
    boolean header = true;
    CsvBlocks.Block blk;
    byte[] spare = null;
    while ((blk = blocks.next(spare)) != null && !problems.full(1)) {
      byte[] b = blk.buf;
      spare = b;
      long lineNo = blk.firstLine;
      for (int pos = blk.start; pos < blk.end && !problems.full(1); lineNo++) {
        if (!header) {
          int end = fast.row(b, pos, lineNo, name, problems);
          if (end >= 0) {
            pos = end + 1;
            rowCount[0]++;
            continue;
          }
        }
        int nl = line.split(b, pos, blk.end);
        pos = nl + 1;
        if (line.error != null) {
          problems.add(1, name, lineNo, line.errorCell, line.error);
          if (header) {
            return;
          }
          continue;
        }
        String[] cells = new String[Math.min(line.count, HEADER.size())];
        boolean ok = true;
        for (int j = 0; j < cells.length; j++) {
          cells[j] = line.text(b, j);
          if (cells[j] == null) {
            problems.add(1, name, lineNo, j + 1, "not valid UTF-8: bytes [" + CsvLine.hex(b, line.starts[j],
                line.ends[j]) + "]; save the file as UTF-8");
            ok = false;
          }
        }
        if (header) {
          header = false;
          if (!ok) {
            return;
          }
          for (int j = 0; j < HEADER.size(); j++) {
            if (j >= cells.length || !cells[j].equals(HEADER.get(j))) {
              problems.add(1, name, lineNo, j + 1, "expected column [" + HEADER.get(j) + "] here"
                  + (j < cells.length ? ", found [" + cells[j] + "]" : "") + ": the OIT header is agency,item,value");
              return;
            }
          }
          if (line.count > HEADER.size()) {
            problems.add(1, name, lineNo, HEADER.size() + 1, "unknown column after agency,item,value");
            return;
          }
          continue;
        }
        if (!ok) {
          continue;
        }
        if (line.count == 1 && cells[0].isEmpty()) {
          problems.add(1, name, lineNo, 1, "empty line");
          continue;
        }
        if (line.count != HEADER.size()) {
          problems.add(1, name, lineNo, Math.min(line.count, HEADER.size()) + 1, line.count > HEADER.size()
              ? "more cells than the header's 3" : "the row ends after " + line.count + " of 3 cells: the row is cut short");
          continue;
        }
        row(cells, lineNo, name, layout, problems, out, scores);
        rowCount[0]++;
      }
    }
    if (header && blocks.tail().length == 0) {
      problems.add(1, name, 1, 1, "empty file: expected the header agency,item,value and a line break");
      return;
    }
    tail(blocks, name, 1, problems);
  }

  private static void row(String[] c, long lineNo, String name, WideLayout layout, CsvProblems problems,
      Agencies out, Map<String, BigDecimal> scores) {
    if (c[0].isEmpty()) {
      problems.add(1, name, lineNo, 1, "empty agency id");
      return;
    }
    Integer idx = layout.oitIndex.get(c[1]);
    if (idx == null) {
      var q = layout.rubric.findQuestion(c[1]);
      problems.add(1, name, lineNo, 2, "unknown OIT item [" + c[1] + "]" + (q.isPresent()
          ? ": " + c[1] + " is a survey question; survey answers go in the responses file"
          : " in " + layout.rubric.id() + " (" + layout.oitItems.get(0).id() + " - "
              + layout.oitItems.get(layout.oitItems.size() - 1).id() + ")"));
      return;
    }
    Question item = layout.oitItems.get(idx);
    String v = c[2];
    Object value;
    if (v.equals("yes") || v.equals("no")) {
      value = Boolean.valueOf(v.equals("yes"));
    } else if (v.startsWith(EXCLUDED)) {
      String reason = v.substring(EXCLUDED.length()).strip();
      if (reason.isEmpty()) {
        problems.add(1, name, lineNo, 3, "excluded item " + item.id() + " needs the reason: excluded:<the order "
            + "that prevented the activity>");
        return;
      }
      if (!layout.rubric.mayExclude(item.id())) {
        problems.add(1, name, lineNo, 3, item.id() + " may not be excluded: only items whose contents are activities "
            + "an order can prevent may be (in " + layout.rubric.id() + ": " + layout.rubric.excludableItems() + ")");
        return;
      }
      value = reason;
    } else if (v.length() <= Scores.MAX_NUMBER_CHARS && isScoreText(v)) {
      BigDecimal d = scores.size() < 10_000 ? scores.computeIfAbsent(v, BigDecimal::new) : new BigDecimal(v);
      Optional<String> wrong = Scores.scoreProblem(d);
      if (wrong.isPresent()) {
        problems.add(1, name, lineNo, 3, "score of " + item.id() + " " + wrong.get());
        return;
      }
      value = d;
    } else if (v.length() > Scores.MAX_NUMBER_CHARS && isScoreText(v)) {
      problems.add(1, name, lineNo, 3, "score of " + item.id() + " longer than " + Scores.MAX_NUMBER_CHARS
          + " characters (at most " + Scores.MAX_DECIMALS + " digits after the decimal point): "
          + v.substring(0, 20) + "…");
      return;
    } else {
      problems.add(1, name, lineNo, 3, "OIT value of " + item.id() + " is not a score 0 - 100, yes, no or "
          + "excluded:<reason>: [" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "]");
      return;
    }
    store(out.of(c[0]), idx, out.made.of(idx, value), value instanceof String, lineNo, name, layout, problems);
  }

  private static void store(AgencyOit a, int idx, OitAssessment value, boolean excluded, long lineNo, String name,
      WideLayout layout, CsvProblems problems) {
    if (a.values[idx] != null) {
      problems.add(1, name, lineNo, 2, "duplicate OIT row for agency [" + a.id + "] item ["
          + layout.oitItems.get(idx).id() + "] (first at line " + a.lines[idx] + ")");
      return;
    }
    a.values[idx] = value;
    a.lines[idx] = lineNo;
    if (excluded) {
      if (a.excluded == null) {
        a.excluded = new boolean[a.values.length];
      }
      a.excluded[idx] = true;
    }
  }

  /**
   * The common OIT row read from its bytes: no quotes, an agency id in UTF-8 (compared as bytes with the row
   * before, decoded only when it changes), an item of the rubric, and yes, no or a score 0 - 100 (each
   * distinct score text checked once). Anything else, and every problem, is left to the general path.
   */
  private static final class Fast {
    private final WideLayout layout;
    private final Agencies out;
    /** Score texts already found valid, and their values (the general path caches every score it parses). */
    private final Map<String, Score> scores = new HashMap<>();
    private final CsvLine line;
    private final byte[][] items;
    private byte[] agencyBytes = new byte[0];
    private AgencyOit agency;
    private int lastItem = -1;

    Fast(WideLayout layout, Agencies out, CsvLine line) {
      this.layout = layout;
      this.out = out;
      this.line = line;
      items = new byte[layout.oitItems.size()][]; // a loop: the reading links no lambda and compiles no stream
      for (int i = 0; i < items.length; i++) {
        items[i] = layout.oitItems.get(i).id().getBytes(StandardCharsets.UTF_8);
      }
    }

    /** @return the index of the line break ending the row when it was read; -1 for the general path */
    int row(byte[] b, int pos, long lineNo, String name, CsvProblems problems) {
      int c1 = cell(b, pos);
      if (c1 <= pos || b[c1] != ',') {
        return -1;
      }
      int c2 = cell(b, c1 + 1);
      if (c2 <= c1 + 1 || b[c2] != ',') {
        return -1;
      }
      int end = cell(b, c2 + 1);
      if (end < 0) {
        return -1;
      }
      int nl = end;
      if (b[end] == '\r' && b[end + 1] == '\n') {
        nl = end + 1;
      } else if (b[end] != '\n') {
        return -1;
      }
      int idx = item(b, c1 + 1, c2);
      if (idx < 0) {
        return -1;
      }
      OitAssessment value = value(idx, b, c2 + 1, end);
      if (value == null) {
        return -1;
      }
      if (!same(agencyBytes, b, pos, c1)) {
        String id = line.decode(b, pos, c1);
        if (id == null) {
          return -1;
        }
        agencyBytes = Arrays.copyOfRange(b, pos, c1);
        agency = out.of(id);
      }
      store(agency, idx, value, false, lineNo, name, layout, problems);
      return nl;
    }

    /**
     * @return true when {@code b[s..e)} holds the bytes of {@code a}: a loop the client compiler compiles in
     *     place; {@code Arrays.equals} of a range (two range checks and two calls before the first byte) was a
     *     quarter of this reader's time at C1 for cells of a few bytes
     */
    static boolean same(byte[] a, byte[] b, int s, int e) {
      if (e - s != a.length) {
        return false;
      }
      for (int i = 0; i < a.length; i++) {
        if (a[i] != b[s + i]) {
          return false;
        }
      }
      return true;
    }

    /** @return where the cell from {@code i} ends: a comma, CR or LF; a quote ends it too (not the fast path) */
    private static int cell(byte[] b, int i) {
      byte c;
      while ((c = b[i]) != ',' && c != '\n' && c != '\r' && c != '"') {
        i++;
      }
      return c == '"' ? -1 : i;
    }

    private int item(byte[] b, int s, int e) {
      int next = lastItem + 1 < items.length ? lastItem + 1 : 0;
      if (same(items[next], b, s, e)) {
        return lastItem = next;
      }
      for (int i = 0; i < items.length; i++) {
        if (same(items[i], b, s, e)) {
          return lastItem = i;
        }
      }
      return -1;
    }

    /** @return item {@code idx} answered yes / no or given a valid score; null for anything else */
    private OitAssessment value(int idx, byte[] b, int s, int e) {
      int n = e - s;
      if (n == 3 && b[s] == 'y' && b[s + 1] == 'e' && b[s + 2] == 's') {
        return out.made.of(idx, Boolean.TRUE);
      }
      if (n == 2 && b[s] == 'n' && b[s + 1] == 'o') {
        return out.made.of(idx, Boolean.FALSE);
      }
      if (n == 0 || n > Scores.MAX_NUMBER_CHARS) {
        return null;
      }
      for (int i = s; i < e; i++) {
        if ((b[i] < '0' || b[i] > '9') && b[i] != '.') {
          return null;
        }
      }
      String v = new String(b, s, n, StandardCharsets.ISO_8859_1);
      Score d = scores.get(v);
      if (d == null) {
        if (!isScoreText(v)) {
          return null;
        }
        BigDecimal value = new BigDecimal(v);
        if (Scores.scoreProblem(value).isPresent()) {
          return null;
        }
        d = new Score(value, items.length);
        if (scores.size() < 10_000) {
          scores.put(v, d);
        }
      }
      OitAssessment a = d.byItem[idx];
      if (a == null) {
        a = d.byItem[idx] = out.made.of(idx, d.value);
      }
      return a;
    }
  }

  /** A valid score text's value, and its assessment per item once made (this reader's, no look-up shared). */
  private static final class Score {
    final BigDecimal value;
    final OitAssessment[] byItem;

    Score(BigDecimal value, int items) {
      this.value = value;
      byItem = new OitAssessment[items];
    }
  }

  /** Reports a file that does not end with a line break: its last line may be cut off. */
  static void tail(CsvBlocks blocks, String name, int file, CsvProblems problems) {
    byte[] tail = blocks.tail();
    if (tail.length > 0) {
      int cells = 1;
      for (byte x : tail) {
        if (x == ',') {
          cells++;
        }
      }
      problems.add(file, name, blocks.tailLine(), cells, "the file ends inside a line (no line break after the "
          + "last row): it looks truncated; every row, the last one too, must end with a line break");
    }
  }
}
