package io.github.itasdk.core.batch;

import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ScaleLevel;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the wide responses CSV: the header against the rubric, then rows into per-agency counts. */
final class WideCsv {
  private static final byte[] IIT = "IIT".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EIT = "EIT".getBytes(StandardCharsets.US_ASCII);
  private static final byte[][] PARTS = {"PUBLIC".getBytes(StandardCharsets.US_ASCII),
      "SURVEY".getBytes(StandardCharsets.US_ASCII)};

  private WideCsv() {}

  /** The columns of one file, as its header names them. */
  static final class Columns {
    final int fixed;
    final int count;
    /** Per cell: the tool answered there (ordinal), where its level is counted, and its number of levels. */
    final int[] tool;
    final int[] offset;
    final int[] levels;
    final WideLayout.Slot[] slot;
    /** Per cell: where the run of consecutive cells of its tool ends (exclusive), for reading runs at once. */
    final int[] runEnd;
    final boolean[] toolPresent = new boolean[ToolKind.values().length];

    Columns(int fixed, int count) {
      this.fixed = fixed;
      this.count = count;
      tool = new int[count];
      offset = new int[count];
      levels = new int[count];
      slot = new WideLayout.Slot[count];
      runEnd = new int[count];
    }

    private Columns runs() {
      for (int j = count - 1; j >= fixed; j--) {
        runEnd[j] = j + 1 < count && tool[j + 1] == tool[j] ? runEnd[j + 1] : j + 1;
      }
      return this;
    }
  }

  /** Checks the header line; every problem is reported at its cell. @return the columns, or null */
  static Columns header(WideLayout layout, CsvLine line, byte[] b, int from, int limit, String name,
      CsvProblems problems) {
    line.split(b, from, limit);
    if (line.error != null) {
      problems.add(0, name, 1, line.errorCell, line.error);
      return null;
    }
    List<String> fixed = layout.fixedColumns();
    int n = line.count;
    boolean ok = true;
    List<String> names = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      String t = line.text(b, j);
      if (t == null) {
        problems.add(0, name, 1, j + 1, "not valid UTF-8: bytes [" + CsvLine.hex(b, line.starts[j], line.ends[j])
            + "]; save the file as UTF-8");
        ok = false;
        t = "";
      }
      names.add(t);
    }
    if (n == 1 && names.get(0).isEmpty()) {
      problems.add(0, name, 1, 1, "empty header line: expected " + String.join(",", fixed) + ",<answer columns>");
      return null;
    }
    for (int j = 0; j < fixed.size(); j++) {
      if (j >= n || !names.get(j).equals(fixed.get(j))) {
        problems.add(0, name, 1, j + 1, "expected column [" + fixed.get(j) + "] here"
            + (j < n ? ", found [" + names.get(j) + "]" : "") + ": the header starts " + String.join(",", fixed)
            + " for " + layout.rubric.id());
        return null;
      }
    }
    Columns c = new Columns(fixed.size(), n);
    Set<String> seen = new HashSet<>();
    for (int j = fixed.size(); j < n; j++) {
      String col = names.get(j);
      WideLayout.Slot s = layout.slots.get(col);
      if (s == null) {
        problems.add(0, name, 1, j + 1, unknownColumn(layout, col));
        ok = false;
        continue;
      }
      if (!seen.add(col)) {
        problems.add(0, name, 1, j + 1, "duplicate column [" + col + "]");
        ok = false;
        continue;
      }
      c.slot[j] = s;
      c.tool[j] = s.tool().ordinal();
      c.offset[j] = s.offset();
      c.levels[j] = s.scale().size();
      c.toolPresent[s.tool().ordinal()] = true;
    }
    for (var e : layout.slotsOf.entrySet()) {
      if (!c.toolPresent[e.getKey().ordinal()]) {
        continue;
      }
      List<String> missing = e.getValue().stream().map(WideLayout.Slot::column).filter(x -> !seen.contains(x)).toList();
      if (!missing.isEmpty()) {
        problems.add(0, name, 1, n + 1, "missing columns for " + e.getKey() + " questions: " + missing
            + " (a file that answers a tool has a column for each of its questions and sub-items)");
        ok = false;
      }
    }
    if (ok && !c.toolPresent[ToolKind.IIT.ordinal()] && !c.toolPresent[ToolKind.EIT.ordinal()]) {
      problems.add(0, name, 1, n + 1, "no answer columns: " + layout.columnsHint());
      ok = false;
    }
    return ok ? c.runs() : null;
  }

  private static String unknownColumn(WideLayout layout, String col) {
    String base = col.contains(".") ? col.substring(0, col.indexOf('.')) : col;
    var q = layout.rubric.findQuestion(base);
    if (q.isPresent() && !q.get().kind().isSurvey()) {
      return "unknown column [" + col + "]: " + base + " is an OIT item; OIT assessments go in the OIT file";
    }
    if (q.isPresent()) {
      int n = q.get().subItems().size();
      return "unknown column [" + col + "]: question " + base + (n == 1 ? " has one sub-item: name the column " + base
          : " has " + n + " sub-items: name the columns " + base + ".1 - " + base + "." + n);
    }
    return "unknown column [" + col + "]: not a question of " + layout.rubric.id() + " (" + layout.columnsHint() + ")";
  }

  /** The counts of one agency: per survey, one counter per question, sub-item and level. */
  static final class AgencyCounts {
    final String id;
    final int[][] counts;
    final long[] respondents;
    /** Per survey, the respondent ids seen; null when the duplicate check is off. */
    final RespondentIds[] ids;

    AgencyCounts(String id, WideLayout layout, boolean checkIds) {
      this.id = id;
      counts = new int[layout.surveys.size()][];
      respondents = new long[layout.surveys.size()];
      ids = checkIds ? new RespondentIds[layout.surveys.size()] : null;
      for (int s = 0; s < counts.length; s++) {
        counts[s] = new int[layout.length.get(layout.surveys.get(s).tool())];
      }
    }

    /** Adds another thread's counts of the same agency; a respondent both saw goes to {@code duplicate}. */
    void merge(AgencyCounts o, DuplicateSink duplicate) {
      for (int s = 0; s < counts.length; s++) {
        if (ids != null && o.ids[s] != null) {
          if (ids[s] == null) {
            ids[s] = o.ids[s];
          } else {
            int survey = s;
            ids[s].merge(o.ids[s], (first, second) -> duplicate.duplicate(this, survey, first, second));
          }
        }
        int[] mine = counts[s];
        int[] theirs = o.counts[s];
        for (int i = 0; i < mine.length; i++) {
          mine[i] += theirs[i];
        }
        respondents[s] += o.respondents[s];
      }
    }
  }

  /** Receives a respondent id found twice in one agency's survey, at two lines. */
  interface DuplicateSink {
    void duplicate(AgencyCounts agency, int survey, long firstLine, long line);
  }

  /** The message for a duplicate respondent: the same whichever thread found it. */
  static String duplicateMessage(WideLayout layout, AgencyCounts agency, int survey, long firstLine) {
    return "duplicate respondent: agency [" + agency.id + "] " + layout.surveys.get(survey)
        + " already has this respondent id at line " + firstLine;
  }

  /** Agencies by the bytes of their id: found without making a string for each row. */
  static final class AgencyTable {
    private byte[][] keys = new byte[256][];
    private long[] hashes = new long[256];
    private AgencyCounts[] values = new AgencyCounts[256];
    private int size;

    AgencyCounts get(byte[] b, int s, int e, long h) {
      int mask = keys.length - 1;
      int i = (int) (h ^ (h >>> 32)) & mask;
      while (keys[i] != null) {
        if (hashes[i] == h && java.util.Arrays.equals(keys[i], 0, keys[i].length, b, s, e)) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      return null;
    }

    void put(byte[] b, int s, int e, long h, AgencyCounts v) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = (int) (h ^ (h >>> 32)) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = java.util.Arrays.copyOfRange(b, s, e);
      hashes[i] = h;
      values[i] = v;
      size++;
    }

    private void grow() {
      byte[][] ok = keys;
      long[] oh = hashes;
      AgencyCounts[] ov = values;
      keys = new byte[ok.length * 2][];
      hashes = new long[ok.length * 2];
      values = new AgencyCounts[ok.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < ok.length; j++) {
        if (ok[j] != null) {
          int i = (int) (oh[j] ^ (oh[j] >>> 32)) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = ok[j];
          hashes[i] = oh[j];
          values[i] = ov[j];
        }
      }
    }

    List<AgencyCounts> values() {
      List<AgencyCounts> l = new ArrayList<>();
      for (AgencyCounts v : values) {
        if (v != null) {
          l.add(v);
        }
      }
      return l;
    }
  }

  static long fnv(long h, byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x100000001b3L;
    }
    return h;
  }

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  static final long FNV_SEED = 0xcbf29ce484222325L;
  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
      long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long QUOTES = 0x2222222222222222L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

  /**
   * The bytes of {@code w} equal to those of {@code pattern}, as the top bit of each byte; the lowest set
   * bit is exact (higher ones may be false after a match), which is all a first-match search needs.
   */
  static long bytesEqual(long w, long pattern) {
    long x = w ^ pattern;
    return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
  }

  /** Eight empty cells: eight commas. */
  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  /** Four one-digit cells read as a little-endian word: the separators are its odd bytes. */
  private static final long ODD_BYTES = 0xFF00FF00FF00FF00L;
  private static final long ODD_COMMAS = 0x2C002C002C002C00L;

  /** Parses rows into counts. One per thread; the tables are merged when every block is done. */
  static final class Rows {
    private final WideLayout layout;
    private final Columns cols;
    private final String name;
    private final CsvProblems problems;
    private final boolean checkIds;
    private final CsvLine line;
    final AgencyTable agencies = new AgencyTable();
    long rows;
    long answers;
    private byte[] lastKey = new byte[0];
    private int lastLen = -1;
    /** The last agency id's first eight bytes as a little-endian word (zeros past its end). */
    private long lastWord;
    private AgencyCounts last;
    private final int eitSurvey0;
    private final int[] undo;
    private int curTool;
    private AgencyCounts curAgency;

    Rows(WideLayout layout, Columns cols, String name, CsvProblems problems, boolean checkIds) {
      this.layout = layout;
      this.cols = cols;
      this.name = name;
      this.problems = problems;
      this.checkIds = checkIds;
      this.line = new CsvLine(cols.count + 1);
      this.undo = new int[cols.count];
      this.eitSurvey0 = layout.survey(ToolKind.EIT, layout.partColumn ? Part.PUBLIC : null);
    }

    void block(CsvBlocks.Block blk) {
      byte[] b = blk.buf;
      int pos = blk.start;
      long lineNo = blk.firstLine;
      int end = blk.end;
      while (pos < end) {
        if (problems.full()) {
          return;
        }
        int nl = fast(b, pos, lineNo);
        if (nl < 0) {
          nl = line.split(b, pos, end);
          row(b, lineNo);
        }
        pos = nl + 1;
        lineNo++;
      }
    }

    private void problem(long lineNo, int cell, String message) {
      problems.add(0, name, lineNo, cell, message);
    }

    private void row(byte[] b, long lineNo) {
      CsvLine l = line;
      if (l.error != null) {
        problem(lineNo, l.errorCell, l.error);
        return;
      }
      int n = l.count;
      if (n == 1 && l.isEmpty(0)) {
        problem(lineNo, 1, "empty line");
        return;
      }
      if (n != cols.count) {
        if (n > cols.count) {
          problem(lineNo, cols.count + 1, "more cells than the header's " + cols.count);
        } else {
          problem(lineNo, n + 1, "the row ends after " + n + (n == 1 ? " cell" : " cells") + ", the header has "
              + cols.count + ": the row is cut short");
        }
        return;
      }
      int survey = prefix(b, lineNo, true);
      if (survey < 0) {
        return;
      }
      int tool = curTool;
      AgencyCounts agency = curAgency;
      int respondentCell = layout.partColumn ? 3 : 2;
      int rs = l.starts[respondentCell];
      int re = l.ends[respondentCell];
      // answers: check every cell before counting any, so a bad row leaves no trace
      int[] starts = l.starts;
      int[] ends = l.ends;
      int[] ctool = cols.tool;
      int[] levels = cols.levels;
      boolean bad = false;
      int counted = 0;
      for (int j = cols.fixed; j < n; j++) {
        int s = starts[j];
        int e = ends[j];
        if (ctool[j] != tool) {
          if (s != e) {
            problem(lineNo, j + 1, "a " + ToolKind.values()[tool] + " row leaves the " + cols.slot[j].tool()
                + " column " + cols.slot[j].column() + " empty; found [" + cellText(b, j) + "]");
            bad = true;
          }
          continue;
        }
        int v;
        if (e - s == 1) {
          v = b[s] - '0';
          if (v < 1 || v > levels[j]) {
            v = slowLevel(b, j, lineNo);
          }
        } else {
          v = slowLevel(b, j, lineNo);
        }
        if (v < 0) {
          bad = true;
        }
        counted++;
      }
      if (bad) {
        return;
      }
      if (checkIds) {
        RespondentIds seen = agency.ids[survey];
        if (seen == null) {
          seen = agency.ids[survey] = new RespondentIds();
        }
        long other = seen.add(mix(fnv(FNV_SEED, b, rs, re)), lineNo);
        if (other >= 0) {
          problem(Math.max(other, lineNo), respondentCell + 1, duplicateMessage(layout, agency, survey,
              Math.min(other, lineNo)));
          return;
        }
      }
      int[] counts = agency.counts[survey];
      int[] offsets = cols.offset;
      for (int j = cols.fixed; j < n; j++) {
        if (ctool[j] == tool) {
          int s = starts[j];
          int v = ends[j] - s == 1 ? b[s] - '0' : level(b, j);
          counts[offsets[j] + v]++;
        }
      }
      agency.respondents[survey]++;
      rows++;
      answers += counted;
    }

    /**
     * Checks the fixed cells (tool, part, agency, respondent) of the line in {@link #line}; reports a
     * problem only when {@code report}.
     *
     * @return the survey index, with {@link #curTool} and {@link #curAgency} set; -1 on a problem
     */
    private int prefix(byte[] b, long lineNo, boolean report) {
      CsvLine l = line;
      // tool and part
      int toolCell = 1;
      int tool;
      if (l.equalsAscii(b, toolCell, IIT)) {
        tool = ToolKind.IIT.ordinal();
      } else if (l.equalsAscii(b, toolCell, EIT)) {
        tool = ToolKind.EIT.ordinal();
      } else {
        String t = l.text(b, toolCell);
        report(report, lineNo, 2, t == null ? notUtf8(b, toolCell) : "unknown tool [" + t + "] (valid: IIT, EIT"
            + ("OIT".equals(t) ? "; OIT assessments go in the OIT file)" : ")"));
        return -1;
      }
      if (!cols.toolPresent[tool]) {
        report(report, lineNo, 2, "the header has no answer columns for " + ToolKind.values()[tool] + " questions");
        return -1;
      }
      int survey;
      int respondentCell;
      if (layout.partColumn) {
        respondentCell = 3;
        if (tool == ToolKind.EIT.ordinal()) {
          if (l.equalsAscii(b, 2, PARTS[0])) {
            survey = eitSurvey0;
          } else if (l.equalsAscii(b, 2, PARTS[1])) {
            survey = eitSurvey0 + 1;
          } else {
            String t = l.text(b, 2);
            report(report, lineNo, 3, t == null ? notUtf8(b, 2) : (t.isEmpty() ? "missing EIT part" : "unknown EIT part ["
                + t + "]") + " (valid: PUBLIC, SURVEY)");
            return -1;
          }
        } else {
          if (!l.isEmpty(2)) {
            String t = l.text(b, 2);
            report(report, lineNo, 3, t == null ? notUtf8(b, 2) : "IIT has no parts: leave the part cell empty, found [" + t + "]");
            return -1;
          }
          survey = 0;
        }
      } else {
        respondentCell = 2;
        survey = tool == ToolKind.IIT.ordinal() ? 0 : eitSurvey0;
      }
      // agency
      int as = l.starts[0];
      int ae = l.ends[0];
      if (as == ae) {
        report(report, lineNo, 1, "empty agency id");
        return -1;
      }
      AgencyCounts agency;
      int len = ae - as;
      if (lastLen == len && (len <= 8 && as <= b.length - 8
          ? ((long) LONGS.get(b, as) & (len == 8 ? -1L : (1L << (len << 3)) - 1)) == lastWord
          : java.util.Arrays.equals(lastKey, 0, lastLen, b, as, ae))) {
        agency = last;
      } else {
        long ah = fnv(FNV_SEED, b, as, ae);
        agency = agencies.get(b, as, ae, ah);
        if (agency == null) {
          String id = l.text(b, 0);
          if (id == null) {
            report(report, lineNo, 1, notUtf8(b, 0));
            return -1;
          }
          agency = new AgencyCounts(id, layout, checkIds);
          agencies.put(b, as, ae, ah, agency);
        }
        if (lastKey.length < ae - as) {
          lastKey = new byte[Math.max(64, ae - as)];
        }
        System.arraycopy(b, as, lastKey, 0, ae - as);
        lastLen = ae - as;
        long w = 0;
        for (int i = Math.min(lastLen, 8) - 1; i >= 0; i--) {
          w = (w << 8) | (lastKey[i] & 0xFF);
        }
        lastWord = w;
        last = agency;
      }
      // respondent
      int rs = l.starts[respondentCell];
      int re = l.ends[respondentCell];
      if (rs == re) {
        report(report, lineNo, respondentCell + 1, "empty respondent id");
        return -1;
      }
      boolean ascii = true;
      for (int i = rs; i < re; i++) {
        if (b[i] < 0) {
          ascii = false;
          break;
        }
      }
      if (!ascii && l.text(b, respondentCell) == null) {
        report(report, lineNo, respondentCell + 1, notUtf8(b, respondentCell));
        return -1;
      }
      curTool = tool;
      curAgency = agency;
      return survey;
    }

    private void report(boolean report, long lineNo, int cell, String message) {
      if (report) {
        problem(lineNo, cell, message);
      }
    }

    /**
     * The fast path for the common row: fixed cells without quotes, then one digit or nothing per answer
     * cell, counted in the same pass. Anything else (a problem, a quote, a code such as yes, several
     * digits) undoes what it counted and leaves the row to {@link #row}, which reports problems.
     *
     * @return the index of the line break ending the row, or -1 to take the general path
     */
    private int fast(byte[] b, int pos, long lineNo) {
      CsvLine l = line;
      int p = pos;
      int fixed = cols.fixed;
      int words = b.length - 8;
      for (int k = 0; k < fixed; k++) {
        l.starts[k] = p;
        while (p <= words) { // eight bytes at a time: the first comma, with no quote or line break before it
          long w = (long) LONGS.get(b, p);
          long comma = bytesEqual(w, COMMAS);
          long bad = bytesEqual(w, QUOTES) | bytesEqual(w, NEWLINES) | bytesEqual(w, RETURNS);
          int at = Long.numberOfTrailingZeros(comma);
          if (bad != 0 && Long.numberOfTrailingZeros(bad) < at) {
            return -1;
          }
          if (comma != 0) {
            p += at >>> 3;
            break;
          }
          p += 8;
        }
        byte c;
        while ((c = b[p]) != ',') { // near the end of the buffer
          if (c == '"' || c == '\n' || c == '\r') {
            return -1;
          }
          p++;
        }
        l.ends[k] = p++;
      }
      l.error = null;
      int survey = prefix(b, lineNo, false);
      if (survey < 0) {
        return -1;
      }
      int tool = curTool;
      AgencyCounts agency = curAgency;
      int[] counts = agency.counts[survey];
      int[] ctool = cols.tool;
      int[] levels = cols.levels;
      int[] offsets = cols.offset;
      int[] runEnd = cols.runEnd;
      int[] done = undo;
      int counted = 0;
      int n = cols.count;
      boolean ok = true;
      // every cell but the last, a run of one tool's cells at a time, eight bytes at a time: the other
      // tool's cells are empty (a run of commas), the row's tool's cells are one digit and a comma each
      int j = fixed;
      runs:
      while (j < n - 1) {
        int end = Math.min(runEnd[j], n - 1);
        if (ctool[j] != tool) {
          int k = end - j;
          for (; k >= 8 && p <= words; k -= 8, p += 8) {
            if ((long) LONGS.get(b, p) != COMMAS) {
              ok = false;
              break runs;
            }
          }
          for (; k > 0; k--, p++) {
            if (b[p] != ',') {
              ok = false;
              break runs;
            }
          }
          j = end;
          continue;
        }
        for (; j + 4 <= end && p <= words; j += 4, p += 8) {
          long w = (long) LONGS.get(b, p);
          int d0 = (int) (w & 0xFF) - '0';
          int d1 = (int) ((w >>> 16) & 0xFF) - '0';
          int d2 = (int) ((w >>> 32) & 0xFF) - '0';
          int d3 = (int) ((w >>> 48) & 0xFF) - '0';
          if ((w & ODD_BYTES) != ODD_COMMAS || ((d0 - 1) | (levels[j] - d0) | (d1 - 1) | (levels[j + 1] - d1)
              | (d2 - 1) | (levels[j + 2] - d2) | (d3 - 1) | (levels[j + 3] - d3)) < 0) {
            ok = false;
            break runs;
          }
          int a0 = offsets[j] + d0;
          int a1 = offsets[j + 1] + d1;
          int a2 = offsets[j + 2] + d2;
          int a3 = offsets[j + 3] + d3;
          counts[a0]++;
          counts[a1]++;
          counts[a2]++;
          counts[a3]++;
          done[counted] = a0;
          done[counted + 1] = a1;
          done[counted + 2] = a2;
          done[counted + 3] = a3;
          counted += 4;
        }
        for (; j < end; j++, p += 2) {
          int v = b[p] - '0';
          if (v < 1 || v > levels[j] || b[p + 1] != ',') {
            ok = false;
            break runs;
          }
          int at = offsets[j] + v;
          counts[at]++;
          done[counted++] = at;
        }
      }
      for (; ok && j < n; j++) { // the last cell, ending the line
        byte c = b[p];
        int sep;
        if (c == ',' || c == '\n' || c == '\r') {
          if (ctool[j] == tool) {
            ok = false;
            break;
          }
          sep = p;
        } else {
          int v = c - '0';
          if (ctool[j] != tool || v < 1 || v > levels[j]) {
            ok = false;
            break;
          }
          sep = p + 1;
          int at = offsets[j] + v;
          counts[at]++;
          done[counted++] = at;
        }
        byte x = b[sep];
        if (j < n - 1) {
          if (x != ',') {
            ok = false;
            break;
          }
        } else if (x == '\r' && b[sep + 1] == '\n') {
          sep++;
        } else if (x != '\n') {
          ok = false;
          break;
        }
        p = sep + 1;
      }
      if (ok && checkIds) {
        int respondentCell = fixed - 1;
        RespondentIds seen = agency.ids[survey];
        if (seen == null) {
          seen = agency.ids[survey] = new RespondentIds();
        }
        long other = seen.add(mix(fnv(FNV_SEED, b, l.starts[respondentCell], l.ends[respondentCell])), lineNo);
        if (other >= 0) {
          problem(Math.max(other, lineNo), respondentCell + 1, duplicateMessage(layout, agency, survey,
              Math.min(other, lineNo)));
          for (int i = 0; i < counted; i++) {
            counts[done[i]]--;
          }
          return p - 1;
        }
      }
      if (!ok) {
        for (int i = 0; i < counted; i++) {
          counts[done[i]]--;
        }
        return -1;
      }
      agency.respondents[survey]++;
      rows++;
      answers += counted;
      return p - 1;
    }

    /** The level of a cell other than a single digit in range: several digits, or a scale code (yes/no). */
    private int level(byte[] b, int j) {
      int s = line.starts[j];
      int e = line.ends[j];
      int v = 0;
      boolean digits = e - s <= 9;
      for (int i = s; i < e && digits; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          digits = false;
        } else {
          v = v * 10 + d;
        }
      }
      if (digits && e > s) {
        return v;
      }
      String t = line.text(b, j);
      if (t == null) {
        return -2;
      }
      AnswerScale scale = cols.slot[j].scale();
      Optional<ScaleLevel> lv = scale.levelForCode(t);
      return lv.map(ScaleLevel::value).orElse(-1);
    }

    private int slowLevel(byte[] b, int j, long lineNo) {
      WideLayout.Slot slot = cols.slot[j];
      String q = slot.question().id();
      int subs = slot.question().subItems().size();
      String what = "answer for " + q + (subs == 1 ? "" : " sub-item " + (slot.subItem() + 1));
      int k = cols.levels[j];
      if (line.isEmpty(j)) {
        problem(lineNo, j + 1, "missing " + what + " (every question of the row's tool needs an answer)");
        return -1;
      }
      int v = level(b, j);
      if (v == -2) {
        problem(lineNo, j + 1, notUtf8(b, j));
        return -1;
      }
      String codes = codes(slot.scale());
      if (v == -1) {
        problem(lineNo, j + 1, what + " is not a level (valid levels 1 - " + k + codes + "): [" + cellText(b, j) + "]");
        return -1;
      }
      if (v < 1 || v > k) {
        problem(lineNo, j + 1, what + " out of range (valid levels 1 - " + k + codes + "): " + cellText(b, j));
        return -1;
      }
      return v;
    }

    private static String codes(AnswerScale scale) {
      List<String> c = scale.levels().stream().flatMap(lv -> lv.code().stream()).toList();
      return c.isEmpty() ? "" : ", or " + String.join("/", c);
    }

    private String cellText(byte[] b, int j) {
      String t = line.text(b, j);
      return t == null ? "bytes " + CsvLine.hex(b, line.starts[j], line.ends[j])
          : t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private String notUtf8(byte[] b, int j) {
      return "not valid UTF-8: bytes [" + CsvLine.hex(b, line.starts[j], line.ends[j]) + "]; save the file as UTF-8";
    }
  }

  static ToolPart survey(WideLayout layout, int index) {
    return layout.surveys.get(index);
  }
}
