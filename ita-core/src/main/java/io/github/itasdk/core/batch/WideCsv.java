package io.github.itasdk.core.batch;

import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ScaleLevel;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
    final boolean[] toolPresent = new boolean[ToolKind.values().length];
    /** Per tool (ordinal): the common row of that tool, ending with LF [0] or CR LF [1]; null when absent. */
    final RowShape[][] shapes = new RowShape[ToolKind.values().length][];

    Columns(int fixed, int count) {
      this.fixed = fixed;
      this.count = count;
      tool = new int[count];
      offset = new int[count];
      levels = new int[count];
      slot = new WideLayout.Slot[count];
    }

    private Columns shapes() {
      for (int t = 0; t < shapes.length; t++) {
        if (toolPresent[t]) {
          shapes[t] = new RowShape[] {new RowShape(this, t, false), new RowShape(this, t, true)};
        }
      }
      return this;
    }
  }

  /**
   * The answer cells of the common row of one tool, as bytes: a one-digit level and a comma for each cell
   * of the tool, a lone comma for each (empty) cell of the other tool, the last separator a line break.
   * Such a row has a fixed length and its digits fixed places, so it is checked eight bytes at a time
   * against per-word masks and counted without looking for a single comma. Any other row (a quote, a code
   * such as yes, two digits, a cell of the other tool filled, a cut row) fails the check and is read cell
   * by cell, which reports what is wrong.
   */
  static final class RowShape {
    /** Bytes from the first answer cell to the line feed, inclusive. */
    final int length;
    /** Words to read from the first answer cell: at most seven bytes past the line feed. */
    final int words;
    /**
     * Per word, {@value #STRIDE} longs at {@code STRIDE * word}: the expected bytes ('0' where a digit goes),
     * the bytes that must match exactly (0x80 in a digit's byte: it must be below 0x80 after the xor),
     * 0x80 in each digit's byte, 0x80 + the highest level in each digit's byte (0 elsewhere), and the
     * number of answered cells up to the end of the word.
     */
    final long[] masks;
    private static final int STRIDE = 5;
    /** Per answered cell: its digit's place in its word (a shift: 8 × byte) in the high half, its counter in the low. */
    final long[] cells;

    RowShape(Columns c, int tool, boolean crlf) {
      int len = 0;
      for (int j = c.fixed; j < c.count; j++) {
        len += c.tool[j] == tool ? 2 : 1;
      }
      length = crlf ? len + 1 : len;
      words = (length + 7) >>> 3;
      masks = new long[STRIDE * words];
      List<Long> plan = new ArrayList<>();
      int i = 0;
      for (int j = c.fixed; j < c.count; j++) {
        if (c.tool[j] == tool) {
          set(i, '0', 0x80, 0x80, 0x80 | Math.min(9, c.levels[j]));
          plan.add((long) ((i & 7) << 3) << 32 | c.offset[j]);
          masks[STRIDE * (i >>> 3) + 4]++;
          i++;
        }
        boolean last = j == c.count - 1;
        if (last && crlf) {
          set(i++, '\r', 0xFF, 0, 0);
        }
        set(i++, last ? '\n' : ',', 0xFF, 0, 0);
      }
      for (int k = 1; k < words; k++) {
        masks[STRIDE * k + 4] += masks[STRIDE * (k - 1) + 4];
      }
      cells = new long[plan.size()]; // a loop: the reading links no lambda and compiles no stream
      for (int k = 0; k < cells.length; k++) {
        cells[k] = plan.get(k);
      }
    }

    private void set(int i, long... bytes) {
      int shift = (i & 7) << 3;
      for (int m = 0; m < bytes.length; m++) {
        masks[STRIDE * (i >>> 3) + m] |= bytes[m] << shift;
      }
    }

    /**
     * Counts the row's levels into {@code counts} when the bytes from {@code p} are this row shape: every
     * separator in place, every digit a level of its question. A row that is not is left uncounted.
     *
     * @param b holds at least {@code 8 * words} bytes from p
     * @return true when the row was counted
     */
    boolean count(byte[] b, int p, int[] counts) {
      long[] m = masks;
      long[] plan = cells;
      int c = 0;
      for (int k = 0, q = p; k < m.length; k += STRIDE, q += 8) {
        long x = (long) LONGS.get(b, q) ^ m[k];
        long h = m[k + 2];
        long one = h >>> 7;
        long d = x & (one * 0xFF);
        // a digit byte d passes when 1 <= d <= max: (d | 0x80) - 1 and (0x80 + max) - d keep the high bit
        if (((x & m[k + 1]) | ((((d | h) - one) & (m[k + 3] - d) & h) ^ h)) != 0) {
          uncount(b, p, k / STRIDE, counts);
          return false;
        }
        for (int end = (int) m[k + 4]; c < end; c++) {
          long e = plan[c];
          counts[(int) e + (int) ((x >>> (e >>> 32)) & 0xF)]++;
        }
      }
      return true;
    }

    /** Takes back the counts of the first {@code words} words of a row that {@link #count} counted. */
    void uncount(byte[] b, int p, int words, int[] counts) {
      long[] m = masks;
      long[] plan = cells;
      int c = 0;
      for (int k = 0, q = p; k < STRIDE * words; k += STRIDE, q += 8) {
        long x = (long) LONGS.get(b, q) ^ m[k];
        for (int end = (int) m[k + 4]; c < end; c++) {
          long e = plan[c];
          counts[(int) e + (int) ((x >>> (e >>> 32)) & 0xF)]--;
        }
      }
    }
  }

  /** Checks the header line; every problem is reported at its cell. @return the columns, or null */
  static Columns header(WideLayout layout, CsvLine line, byte[] b, int from, int limit, String name,
      CsvProblems problems, long at) {
    line.split(b, from, limit);
    if (line.error != null) {
      problems.add(0, name, at, line.errorCell, line.error);
      return null;
    }
    List<String> fixed = layout.fixedColumns();
    int n = line.count;
    boolean ok = true;
    List<String> names = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      String t = line.text(b, j);
      if (t == null) {
        problems.add(0, name, at, j + 1, "not valid UTF-8: bytes [" + CsvLine.hex(b, line.starts[j], line.ends[j])
            + "]; save the file as UTF-8");
        ok = false;
        t = "";
      }
      names.add(t);
    }
    if (n == 1 && names.get(0).isEmpty()) {
      problems.add(0, name, at, 1, "empty header line: expected " + String.join(",", fixed) + ",<answer columns>");
      return null;
    }
    for (int j = 0; j < fixed.size(); j++) {
      if (j >= n || !names.get(j).equals(fixed.get(j))) {
        problems.add(0, name, at, j + 1, "expected column [" + fixed.get(j) + "] here"
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
        problems.add(0, name, at, j + 1, unknownColumn(layout, col));
        ok = false;
        continue;
      }
      if (!seen.add(col)) {
        problems.add(0, name, at, j + 1, "duplicate column [" + col + "]");
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
      List<String> missing = new ArrayList<>();
      for (WideLayout.Slot s : e.getValue()) {
        if (!seen.contains(s.column())) {
          missing.add(s.column());
        }
      }
      if (!missing.isEmpty()) {
        problems.add(0, name, at, n + 1, "missing columns for " + e.getKey() + " questions: " + missing
            + " (a file that answers a tool has a column for each of its questions and sub-items)");
        ok = false;
      }
    }
    if (ok && !c.toolPresent[ToolKind.IIT.ordinal()] && !c.toolPresent[ToolKind.EIT.ordinal()]) {
      problems.add(0, name, at, n + 1, "no answer columns: " + layout.columnsHint());
      ok = false;
    }
    return ok ? c.shapes() : null;
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

  /**
   * The counts of one agency: per survey, one counter per question, sub-item and level. While a reader counts
   * the agency's rows they are that reader's arrays, reused from agency to agency; when it moves on to
   * another agency they are kept outside the heap ({@link Kept}), so that the collector never copies them
   * (the national file's 8,300 agencies hold ~12 MB of counters, which a young collection during the reading
   * copied into fresh pages of the old generation while both readers waited). An agency whose rows come back
   * after other agencies' rows (a file not in agency order) takes its counters back onto the heap, in arrays
   * of its own, and keeps them there: such a file costs what it did before.
   */
  static final class AgencyCounts {
    final String id;
    private final WideLayout layout;
    /**
     * Per survey, the counters while they are on the heap: the reader's while it reads this agency's rows, or
     * the agency's own; null while they are {@linkplain #kept kept} (or before the agency's first row).
     */
    int[][] counts;
    /** Where the counters are kept outside the heap, from {@link #keptAt}; null when they are not. */
    private IntBuffer kept;
    private int keptAt;
    final long[] respondents;
    /** Per survey, the respondent ids seen; null when the duplicate check is off. */
    final RespondentIds[] ids;

    AgencyCounts(String id, WideLayout layout, boolean checkIds) {
      this.id = id;
      this.layout = layout;
      respondents = new long[layout.surveys.size()];
      ids = checkIds ? new RespondentIds[layout.surveys.size()] : null;
    }

    /**
     * @return the counters of survey {@code s} once the rows are read: the agency's own array, or a copy of
     *     the kept counters (zeros when the agency had no row of its own)
     */
    int[] counts(int s) {
      if (counts != null) {
        return counts[s];
      }
      int[] c = new int[layout.surveyLength[s]];
      if (kept != null) {
        kept.get(keptAt + layout.surveyStart[s], c, 0, c.length);
      }
      return c;
    }

    /** @return counter {@code i} of survey {@code s} once the rows are read */
    int count(int s, int i) {
      if (counts != null) {
        return counts[s][i];
      }
      return kept == null ? 0 : kept.get(keptAt + layout.surveyStart[s] + i);
    }

    /** Writes the reader's counters {@code from} (this agency's) to {@code store} and zeroes them. */
    void keep(int[][] from, Kept store) {
      if (kept == null) {
        kept = store.room(layout.countersPerAgency);
        keptAt = store.take(layout.countersPerAgency);
      }
      for (int s = 0; s < from.length; s++) {
        kept.put(keptAt + layout.surveyStart[s], from[s], 0, from[s].length);
        Arrays.fill(from[s], 0);
      }
      counts = null;
    }

    /** Takes the counters back onto the heap, in arrays of the agency's own (kept there from now on). */
    void own() {
      if (counts != null) {
        return;
      }
      int[][] own = new int[layout.surveys.size()][];
      for (int s = 0; s < own.length; s++) {
        own[s] = counts(s);
      }
      counts = own;
      kept = null;
    }

    /** Adds another thread's counts of the same agency; a respondent both saw goes to {@code repeats}. */
    void merge(AgencyCounts o, List<Repeat> repeats) {
      own();
      for (int s = 0; s < counts.length; s++) {
        if (ids != null && o.ids[s] != null) {
          if (ids[s] == null) {
            ids[s] = o.ids[s];
          } else {
            int survey = s;
            ids[s].merge(o.ids[s], (fingerprint, line) -> repeats.add(new Repeat(id, survey, fingerprint, line)));
          }
        }
        int[] mine = counts[s];
        int[] theirs = o.counts(s);
        for (int i = 0; i < mine.length; i++) {
          mine[i] += theirs[i];
        }
        respondents[s] += o.respondents[s];
      }
    }
  }

  /**
   * One reader's counters of the agencies it is not reading: direct buffers outside the heap, each agency's
   * counters one after another, a buffer the size of a block of the reading (1 MiB by default, at most
   * {@link #MAX_BYTES}) or of one agency's counters when they are more (the small blocks of tests thus start
   * a buffer for nearly every agency).
   */
  static final class Kept {
    static final int MAX_BYTES = 1 << 20;
    private final int ints;
    private IntBuffer buffer;
    private int used;

    Kept(int ints) {
      this.ints = ints;
    }

    /** @return the buffer that {@link #take} then gives {@code n} counters in */
    IntBuffer room(int n) {
      if (buffer == null || used + n > buffer.capacity()) {
        buffer = ByteBuffer.allocateDirect(Math.max(ints, n) * Integer.BYTES).order(ByteOrder.nativeOrder())
            .asIntBuffer();
        used = 0;
      }
      return buffer;
    }

    /** @return where {@code n} counters start in the buffer {@link #room} gave */
    int take(int n) {
      int at = used;
      used += n;
      return at;
    }
  }

  /**
   * A respondent id seen again at {@code line} in an agency's survey. It is reported once every thread's
   * respondents are merged, naming the first line the id was seen on, whichever thread saw it.
   */
  record Repeat(String agency, int survey, long fingerprint, long line) {}

  /** Reports each repeat, naming the first line of its id in {@code counts} (every thread's, merged). */
  static void reportRepeats(List<Repeat> repeats, java.util.Map<String, AgencyCounts> counts, CsvProblems problems,
      String name, WideLayout layout) {
    for (Repeat r : repeats) {
      long first = counts.get(r.agency).ids[r.survey].lineOf(r.fingerprint);
      problems.add(0, name, r.line, layout.fixedColumns().size(), "duplicate respondent: agency [" + r.agency + "] "
          + layout.surveys.get(r.survey) + " already has this respondent id at line ", first);
    }
  }

  /** Agency counts in agency-id order (a class, not a lambda: a batch run spins no classes for it). */
  private static final class ById implements java.util.Comparator<AgencyCounts> {
    @Override
    public int compare(AgencyCounts a, AgencyCounts b) {
      return a.id.compareTo(b.id);
    }
  }

  static final java.util.Comparator<AgencyCounts> BY_ID = new ById();

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
  }

  static long fnv(long h, byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x100000001b3L;
    }
    return h;
  }

  /**
   * A 64-bit fingerprint of the bytes {@code [s, e)}, eight at a time; the same for the same bytes whichever
   * path read the row. {@code b} may be read up to eight bytes past {@code e} when it is long enough.
   */
  static long fingerprint(byte[] b, int s, int e) {
    long h = (e - s) * 0x9E3779B97F4A7C15L;
    int i = s;
    for (; i + 8 <= e; i += 8) {
      h = mix(h ^ (long) LONGS.get(b, i));
    }
    long tail = 0;
    if (i + 8 <= b.length) {
      tail = (long) LONGS.get(b, i) & ((1L << ((e - i) << 3)) - 1);
    } else {
      for (int k = e - 1; k >= i; k--) {
        tail = (tail << 8) | (b[k] & 0xFF);
      }
    }
    return mix(h ^ tail);
  }

  /**
   * @param bit a word with one bit set, the top bit of a byte (as {@link #bytesEqual} gives)
   * @return the index of that byte, 0 - 7 (a multiply: C1 compiles no intrinsic for numberOfTrailingZeros)
   */
  static int byteIndex(long bit) {
    return (int) (((bit >>> 7) * 0x0001020304050607L) >>> 56);
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

  /** Parses rows into counts. One per thread; the tables are merged when every block is done. */
  static final class Rows {
    private final WideLayout layout;
    private final Columns cols;
    private final String name;
    private final CsvProblems problems;
    private final boolean checkIds;
    private final CsvLine line;
    private final CsvBlocks.Lines lines;
    final AgencyTable agencies = new AgencyTable();
    /** The agencies of {@link #agencies} as first seen; sorted by id once the rows end ({@link #finish}). */
    final List<AgencyCounts> order = new ArrayList<>();
    /** Respondent ids this thread saw again: reported once the threads' respondents are merged. */
    final List<Repeat> repeats = new ArrayList<>();
    long rows;
    long answers;
    private final int eitSurvey0;
    private int curTool;
    private AgencyCounts curAgency;
    /** The cells before the respondent id of the last line read by the fast path, as words; see rememberPrefix. */
    private final long[] prefixWords = new long[4];
    private final long[] prefixMasks = new long[4];
    private int prefixWordCount;
    private int prefixLength;
    private int prefixSurvey;
    private int prefixTool;
    private AgencyCounts prefixAgency;
    /** The respondents of the agency survey being read, and which it is (null: none). */
    private final RespondentIds.Run run = new RespondentIds.Run();
    private AgencyCounts runAgency;
    private int runSurvey;
    /** The counters of the agency whose rows are being read ({@link #opened}): reused from agency to agency. */
    private final int[][] reading;
    private AgencyCounts opened;
    private final Kept kept;
    /** Which row shape matched last: 0 for LF, 1 for CR LF line ends. */
    private int crlf;
    /** Problems found in the block being read. */
    private int blockProblems;

    /**
     * @param blockSize the reading's block size: the bytes of each buffer the counters are {@linkplain Kept kept}
     *     in, up to 1 MiB
     */
    Rows(WideLayout layout, Columns cols, String name, CsvProblems problems, boolean checkIds, CsvBlocks.Lines lines,
        int blockSize) {
      this.lines = lines;
      this.layout = layout;
      this.cols = cols;
      this.name = name;
      this.problems = problems;
      this.checkIds = checkIds;
      this.line = new CsvLine(cols.count + 1);
      this.eitSurvey0 = layout.survey(ToolKind.EIT, layout.partColumn ? Part.PUBLIC : null);
      kept = new Kept(Math.min(blockSize, Kept.MAX_BYTES) / Integer.BYTES);
      reading = new int[layout.surveys.size()][];
      for (int s = 0; s < reading.length; s++) {
        reading[s] = new int[layout.surveyLength[s]];
      }
    }

    /**
     * Makes {@code a} the agency whose rows are counted: the agency read before keeps its counters outside the
     * heap (unless they are its own), and {@code a} counts in this reader's arrays, or in its own when its
     * counters were kept before (its rows came back after other agencies' rows).
     */
    private void open(AgencyCounts a) {
      AgencyCounts before = opened;
      if (before != null && before.counts == reading) {
        before.keep(reading, kept);
      }
      if (a.counts == null) {
        if (a.kept == null) { // its first row
          a.counts = reading;
        } else {
          a.own();
        }
      }
      opened = a;
    }

    /**
     * Reads the rows of a block (of a {@linkplain CsvBlocks#deferred deferred} stream) and reports its lines.
     * It stops after the row that brings the block's problems to the cap, never because of problems found
     * elsewhere: which problems are reported does not depend on how the threads were timed (see
     * {@link CsvProblems}).
     */
    void block(CsvBlocks.Block blk) {
      byte[] b = blk.buf;
      int pos = blk.start;
      long lineNo = blk.firstLine;
      int end = blk.end;
      blockProblems = 0;
      int cap = problems.max();
      while (pos < end) {
        if (blockProblems >= cap) {
          lineNo += CsvBlocks.lineBreaks(b, pos, end);
          break;
        }
        int nl = fast(b, pos, lineNo);
        if (nl < 0) {
          nl = line.split(b, pos, end);
          row(b, lineNo);
        }
        pos = nl + 1;
        lineNo++;
      }
      lines.block(blk.seq, lineNo - CsvBlocks.line(blk.seq, 0));
    }

    private void problem(long lineNo, int cell, String message) {
      blockProblems++;
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
      if (checkIds && duplicate(agency, survey, b, rs, re, lineNo)) {
        return;
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
      // (most rows find their agency in the fast path's remembered prefix, without coming here)
      long ah = fnv(FNV_SEED, b, as, ae);
      AgencyCounts agency = agencies.get(b, as, ae, ah);
      if (agency == null) {
        String id = l.text(b, 0);
        if (id == null) {
          report(report, lineNo, 1, notUtf8(b, 0));
          return -1;
        }
        agency = new AgencyCounts(id, layout, checkIds);
        agencies.put(b, as, ae, ah, agency);
        order.add(agency);
      }
      if (agency != opened) {
        open(agency);
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
     * The fast path for the common row: fixed cells without quotes (the agency, tool and part cells the same
     * bytes as the row before, most of the time: then they are not looked at again), a respondent id of
     * ASCII bytes, and answer cells of its tool's {@link RowShape}, checked before anything is counted.
     * Anything else leaves the row to {@link #row}, which reports problems.
     *
     * @return the index of the line break ending the row, or -1 to take the general path
     */
    private int fast(byte[] b, int pos, long lineNo) {
      int survey;
      int tool;
      AgencyCounts agency;
      int p;
      if (samePrefix(b, pos)) {
        survey = prefixSurvey;
        tool = prefixTool;
        agency = prefixAgency;
        p = pos + prefixLength;
        if (agency != opened) { // a row of another agency read by the general path came in between
          open(agency);
        }
      } else {
        if (!fixedCells(b, pos)) {
          return -1;
        }
        line.error = null;
        survey = prefix(b, lineNo, false);
        if (survey < 0) {
          return -1;
        }
        tool = curTool;
        agency = curAgency;
        p = line.starts[cols.fixed - 1];
        rememberPrefix(b, pos, p, survey, tool, agency);
      }
      // the respondent id: up to the first comma, with no quote, line break or non-ASCII byte before it
      int rs = p;
      while (true) {
        long w = (long) LONGS.get(b, p);
        long comma = bytesEqual(w, COMMAS);
        long any = comma | bytesEqual(w, QUOTES) | bytesEqual(w, NEWLINES) | bytesEqual(w, RETURNS)
            | (w & 0x8080808080808080L);
        if (any != 0) {
          long first = any & -any;
          if ((first & comma) == 0) {
            return -1;
          }
          p += byteIndex(first);
          break;
        }
        p += 8;
      }
      int re = p++;
      if (re == rs) {
        return -1;
      }
      // the answers: counted when the row has its tool's shape (with LF or CR LF line ends)
      RowShape[] shapes = cols.shapes[tool];
      RowShape shape = shapes[crlf];
      int[] counts = agency.counts[survey];
      if (p + (shape.words << 3) > b.length || !shape.count(b, p, counts)) {
        shape = shapes[crlf ^ 1];
        if (p + (shape.words << 3) > b.length || !shape.count(b, p, counts)) {
          return -1;
        }
        crlf ^= 1;
      }
      int lineEnd = p + shape.length - 1;
      if (checkIds && duplicate(agency, survey, b, rs, re, lineNo)) {
        shape.uncount(b, p, shape.words, counts);
        return lineEnd;
      }
      agency.respondents[survey]++;
      rows++;
      answers += shape.cells.length;
      return lineEnd;
    }

    /**
     * Finds the fixed cells of the line at {@code pos} into {@link #line}, eight bytes at a time.
     *
     * @return false when a fixed cell holds a quote or a line break (the general path reads it)
     */
    private boolean fixedCells(byte[] b, int p) {
      CsvLine l = line;
      for (int k = 0; k < cols.fixed; k++) {
        l.starts[k] = p;
        while (true) {
          long w = (long) LONGS.get(b, p);
          long comma = bytesEqual(w, COMMAS);
          long any = comma | bytesEqual(w, QUOTES) | bytesEqual(w, NEWLINES) | bytesEqual(w, RETURNS);
          if (any != 0) {
            long first = any & -any;
            if ((first & comma) == 0) {
              return false;
            }
            p += byteIndex(first);
            break;
          }
          p += 8;
        }
        l.ends[k] = p++;
      }
      return true;
    }

    /** @return true when the line at {@code pos} starts with the bytes of {@link #rememberPrefix} */
    private boolean samePrefix(byte[] b, int pos) {
      long[] words = prefixWords;
      long[] masks = prefixMasks;
      int n = prefixWordCount;
      if (n == 0) {
        return false;
      }
      for (int k = 0; k < n; k++, pos += 8) {
        if ((((long) LONGS.get(b, pos) ^ words[k]) & masks[k]) != 0) {
          return false;
        }
      }
      return true;
    }

    /**
     * Keeps the bytes {@code [from, to)} of a line whose cells before the respondent were found valid (they
     * end with the comma before the respondent id), and what they meant: a line starting with the same
     * bytes has the same agency, tool and part.
     */
    private void rememberPrefix(byte[] b, int from, int to, int survey, int tool, AgencyCounts agency) {
      int length = to - from;
      int n = (length + 7) >>> 3;
      if (n > prefixWords.length) {
        prefixWordCount = 0; // a long agency id: such rows take the slower way through prefix()
        return;
      }
      for (int k = 0; k < n; k++) {
        int rest = length - (k << 3);
        long mask = rest >= 8 ? -1L : (1L << (rest << 3)) - 1;
        prefixMasks[k] = mask;
        prefixWords[k] = (long) LONGS.get(b, from + (k << 3)) & mask;
      }
      prefixWordCount = n;
      prefixLength = length;
      prefixSurvey = survey;
      prefixTool = tool;
      prefixAgency = agency;
    }

    /** Records the respondent {@code [rs, re)}; @return true when it was seen before (a {@link Repeat}) */
    private boolean duplicate(AgencyCounts agency, int survey, byte[] b, int rs, int re, long lineNo) {
      long fp = fingerprint(b, rs, re);
      long other;
      if (agency == runAgency && survey == runSurvey) {
        other = run.add(fp, lineNo);
      } else if (agency.ids[survey] == null) {
        finish();
        runAgency = agency;
        runSurvey = survey;
        other = run.add(fp, lineNo);
      } else {
        other = agency.ids[survey].add(fp, lineNo); // the agency's rows came back after other agencies' rows
      }
      if (other >= 0) {
        repeats.add(new Repeat(agency.id, survey, fp, Math.max(other, lineNo)));
        return true;
      }
      return false;
    }

    /** Leaves the respondents of the agency survey being read with that agency. */
    private void finish() {
      if (runAgency != null) {
        runAgency.ids[runSurvey] = run.finish();
        runAgency = null;
      }
    }

    /**
     * Call when the rows end, on the thread that read them: keeps the last agency's counters, finishes its
     * last survey's respondents and sorts
     * {@link #order} (so each reader sorts its own, in parallel; nearly free when the file comes in agency
     * order, as exports do).
     */
    void end() {
      if (opened != null && opened.counts == reading) {
        opened.keep(reading, kept);
      }
      opened = null;
      finish();
      order.sort(BY_ID);
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
