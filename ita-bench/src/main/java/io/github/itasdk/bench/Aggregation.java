package io.github.itasdk.bench;

import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aggregation alone: the answers already parsed into columns (one byte per answer, one column per
 * question and sub-item, rows of each tool apart), counted the way the SDK counts them (one counter per
 * agency, survey, question, sub-item and level) against a plain sum over the same bytes.
 */
public final class Aggregation {
  /** The answers of one tool: per row its survey slot (agency × parts + part), per column the levels. */
  public static final class ToolColumns {
    public final int slots;
    public final int length;
    public final int[] offset;
    public final int[] levelsOf;
    public int rows;
    public int[] slot;
    public byte[][] levels;

    ToolColumns(int slots, int columns, int[] offset, int[] levelsOf, int length) {
      this.slots = slots;
      this.length = length;
      this.offset = offset;
      this.levelsOf = levelsOf;
      this.slot = new int[1024];
      this.levels = new byte[columns][1024];
    }

    void add(int s, byte[] row) {
      if (rows == slot.length) {
        slot = java.util.Arrays.copyOf(slot, rows * 2);
        for (int j = 0; j < levels.length; j++) {
          levels[j] = java.util.Arrays.copyOf(levels[j], rows * 2);
        }
      }
      slot[rows] = s;
      for (int j = 0; j < levels.length; j++) {
        levels[j][rows] = row[j];
      }
      rows++;
    }

    public long answers() {
      return (long) rows * levels.length;
    }
  }

  private Aggregation() {}

  /** Loads the file into columns per tool (IIT, EIT). Not timed. */
  public static Map<ToolKind, ToolColumns> load(Rubric rubric, Path file) throws IOException {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
      return load(rubric, in);
    }
  }

  public static Map<ToolKind, ToolColumns> load(Rubric rubric, InputStream in) throws IOException {
    List<String> header = BatchScorer.of(rubric).header();
    int fixed = header.get(2).equals("part") ? 4 : 3;
    Map<ToolKind, List<Integer>> colsOf = new HashMap<>();
    Map<ToolKind, List<Integer>> kOf = new HashMap<>();
    Map<ToolKind, int[]> lengths = new HashMap<>();
    List<ToolKind> toolOfCol = new ArrayList<>();
    for (String col : header.subList(fixed, header.size())) {
      String q = col.contains(".") ? col.substring(0, col.indexOf('.')) : col;
      ToolKind t = rubric.toolOf(q).orElseThrow();
      int k = rubric.findScale(rubric.question(q).scale().orElseThrow()).orElseThrow().size();
      colsOf.computeIfAbsent(t, x -> new ArrayList<>()).add(lengths.computeIfAbsent(t, x -> new int[1])[0]);
      kOf.computeIfAbsent(t, x -> new ArrayList<>()).add(k);
      lengths.get(t)[0] += k + 1;
      toolOfCol.add(t);
    }
    int parts = fixed == 4 ? 2 : 1;
    Map<ToolKind, ToolColumns> out = new HashMap<>();
    for (ToolKind t : colsOf.keySet()) {
      int[] off = colsOf.get(t).stream().mapToInt(Integer::intValue).toArray();
      int[] ks = kOf.get(t).stream().mapToInt(Integer::intValue).toArray();
      out.put(t, new ToolColumns(t == ToolKind.EIT ? parts : 1, off.length, off, ks, lengths.get(t)[0]));
    }
    Map<String, Integer> agencies = new HashMap<>();
    byte[] iitRow = new byte[out.get(ToolKind.IIT).levels.length];
    byte[] eitRow = new byte[out.get(ToolKind.EIT).levels.length];
    StringBuilder cell = new StringBuilder();
    List<String> cells = new ArrayList<>();
    boolean first = true;
    int c;
    while ((c = in.read()) >= 0) {
      if (c == ',' || c == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
        if (c == '\n') {
          if (!first) {
            int a = agencies.computeIfAbsent(cells.get(0), k -> agencies.size());
            boolean iit = cells.get(1).equals("IIT");
            int part = fixed == 4 && cells.get(2).equals("SURVEY") ? 1 : 0;
            byte[] row = iit ? iitRow : eitRow;
            int ii = 0;
            int ei = 0;
            for (int j = fixed; j < cells.size(); j++) {
              if (toolOfCol.get(j - fixed) == ToolKind.IIT) {
                if (iit) {
                  row[ii++] = (byte) Integer.parseInt(cells.get(j));
                }
              } else if (!iit) {
                row[ei++] = (byte) Integer.parseInt(cells.get(j));
              }
            }
            ToolColumns tc = out.get(iit ? ToolKind.IIT : ToolKind.EIT);
            tc.add(a * tc.slots + part, row);
          }
          first = false;
          cells.clear();
        }
      } else {
        cell.append((char) c);
      }
    }
    return out;
  }

  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
      long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /** How many bytes of the word equal {@code level}: eight comparisons in a few instructions. */
  private static int equal(long word, int level) {
    long x = word ^ (level * ONES);
    return Long.bitCount(~(((x & LOW7) + LOW7) | x | LOW7));
  }

  /**
   * The SDK's counters (one per survey slot, column and level) filled from columns: rows of one agency
   * come together in an export, so each column is taken a run of equal slots at a time and the levels
   * of a run are counted eight bytes at a word (no store per answer).
   *
   * @return the counters
   */
  public static int[] count(ToolColumns t, int agencies) {
    int[] counts = new int[agencies * t.slots * t.length];
    int[] slot = t.slot;
    int n = t.rows;
    int[] runs = new int[n + 1];
    int nr = 0;
    for (int r = 0; r < n; r++) {
      if (r == 0 || slot[r] != slot[r - 1]) {
        runs[nr++] = r;
      }
    }
    runs[nr] = n;
    int len = t.length;
    long[] c = new long[16];
    for (int j = 0; j < t.levels.length; j++) {
      byte[] col = t.levels[j];
      int off = t.offset[j];
      int k = t.levelsOf[j];
      for (int q = 0; q < nr; q++) {
        int from = runs[q];
        int to = runs[q + 1];
        int i = from;
        if (k == 4) {
          long c1 = 0;
          long c2 = 0;
          long c3 = 0;
          for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(col, i);
            c1 += equal(w, 1);
            c2 += equal(w, 2);
            c3 += equal(w, 3);
          }
          c[1] += c1;
          c[2] += c2;
          c[3] += c3;
          c[4] += (i - from) - c1 - c2 - c3;
        } else if (k == 2) {
          long c1 = 0;
          for (; i + 8 <= to; i += 8) {
            c1 += equal((long) LONGS.get(col, i), 1);
          }
          c[1] += c1;
          c[2] += (i - from) - c1;
        }
        for (; i < to; i++) {
          c[col[i]]++;
        }
        int base = slot[from] * len + off;
        for (int level = 1; level <= k; level++) {
          counts[base + level] += (int) c[level];
          c[level] = 0;
        }
      }
    }
    return counts;
  }

  /** The plain per-answer counting loop, for comparison. @return the counters */
  public static int[] countEachAnswer(ToolColumns t, int agencies) {
    int[] counts = new int[agencies * t.slots * t.length];
    int[] slot = t.slot;
    int len = t.length;
    for (int j = 0; j < t.levels.length; j++) {
      byte[] col = t.levels[j];
      int off = t.offset[j];
      for (int r = 0; r < t.rows; r++) {
        counts[slot[r] * len + off + col[r]]++;
      }
    }
    return counts;
  }

  /** The floor: a plain sum over the same answers. */
  public static long sum(ToolColumns t) {
    long s = 0;
    for (byte[] col : t.levels) {
      int rows = t.rows;
      for (int r = 0; r < rows; r++) {
        s += col[r];
      }
    }
    return s;
  }

  static void main(Rubric rubric, Path file) throws IOException {
    Map<ToolKind, ToolColumns> cols = load(rubric, file);
    int agencies = 0;
    long answers = 0;
    for (ToolColumns t : cols.values()) {
      for (int r = 0; r < t.rows; r++) {
        agencies = Math.max(agencies, t.slot[r] / t.slots + 1);
      }
      answers += t.answers();
    }
    for (ToolColumns t : cols.values()) {
      if (!java.util.Arrays.equals(count(t, agencies), countEachAnswer(t, agencies))) {
        throw new IllegalStateException("word-at-a-time counting differs from counting each answer");
      }
    }
    double bestCount = Double.MAX_VALUE;
    double bestEach = Double.MAX_VALUE;
    double bestSum = Double.MAX_VALUE;
    long check = 0;
    for (int i = 0; i < 8; i++) {
      long t0 = System.nanoTime();
      for (ToolColumns t : cols.values()) {
        check += count(t, agencies)[1];
      }
      long t1 = System.nanoTime();
      for (ToolColumns t : cols.values()) {
        check += sum(t);
      }
      long t2 = System.nanoTime();
      for (ToolColumns t : cols.values()) {
        check += countEachAnswer(t, agencies)[1];
      }
      long t3 = System.nanoTime();
      if (i >= 3) {
        bestCount = Math.min(bestCount, (t1 - t0) / 1e9);
        bestSum = Math.min(bestSum, (t2 - t1) / 1e9);
        bestEach = Math.min(bestEach, (t3 - t2) / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "RESULT agg answers=%d count_s=%.4f count_each_s=%.4f sum_s=%.4f check=%d%n",
        answers, bestCount, bestEach, bestSum, check);
  }
}
