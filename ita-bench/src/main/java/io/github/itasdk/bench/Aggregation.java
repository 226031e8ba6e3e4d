package io.github.itasdk.bench;

import io.github.itasdk.core.engine.BatchScorer;
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
    public int rows;
    public int[] slot;
    public byte[][] levels;

    ToolColumns(int slots, int columns, int[] offset, int length) {
      this.slots = slots;
      this.length = length;
      this.offset = offset;
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
    Map<ToolKind, int[]> lengths = new HashMap<>();
    List<ToolKind> toolOfCol = new ArrayList<>();
    for (String col : header.subList(fixed, header.size())) {
      String q = col.contains(".") ? col.substring(0, col.indexOf('.')) : col;
      ToolKind t = rubric.toolOf(q).orElseThrow();
      int k = rubric.findScale(rubric.question(q).scale().orElseThrow()).orElseThrow().size();
      colsOf.computeIfAbsent(t, x -> new ArrayList<>()).add(lengths.computeIfAbsent(t, x -> new int[1])[0]);
      lengths.get(t)[0] += k + 1;
      toolOfCol.add(t);
    }
    int parts = fixed == 4 ? 2 : 1;
    Map<ToolKind, ToolColumns> out = new HashMap<>();
    for (ToolKind t : colsOf.keySet()) {
      int[] off = colsOf.get(t).stream().mapToInt(Integer::intValue).toArray();
      out.put(t, new ToolColumns(t == ToolKind.EIT ? parts : 1, off.length, off, lengths.get(t)[0]));
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

  /** The SDK's counting: one counter per survey slot, column and level. @return the counters */
  public static int[] count(ToolColumns t, int agencies) {
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
    double bestCount = Double.MAX_VALUE;
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
      if (i >= 3) {
        bestCount = Math.min(bestCount, (t1 - t0) / 1e9);
        bestSum = Math.min(bestSum, (t2 - t1) / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "RESULT agg answers=%d count_s=%.4f sum_s=%.4f check=%d%n", answers, bestCount,
        bestSum, check);
  }
}
