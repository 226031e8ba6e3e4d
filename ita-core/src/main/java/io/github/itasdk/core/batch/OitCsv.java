package io.github.itasdk.core.batch;

import io.github.itasdk.core.Scores;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.rubric.Question;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the OIT CSV: header {@code agency,item,value}; a value is a score 0–100 (a decimal with a dot, at
 * most {@value Scores#MAX_DECIMALS} digits after it, as {@link Scores#scoreProblem} states for every input),
 * {@code yes} / {@code no}, or {@code excluded:<reason>}. Kept compactly per agency until scoring.
 */
final class OitCsv {
  static final List<String> HEADER = List.of("agency", "item", "value");
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}(\\.\\d+)?");
  private static final String EXCLUDED = "excluded:";

  /** One agency's OIT rows: per rubric item, a BigDecimal score, a Boolean answer or a String reason. */
  static final class AgencyOit {
    final Object[] values;
    final long[] lines;

    AgencyOit(int items) {
      values = new Object[items];
      lines = new long[items];
    }

    List<OitAssessment> assessments(WideLayout layout) {
      List<OitAssessment> out = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        String item = layout.oitItems.get(i).id();
        if (v instanceof BigDecimal d) {
          out.add(OitAssessment.scored(item, d));
        } else if (v instanceof Boolean yes) {
          out.add(OitAssessment.answered(item, yes));
        } else if (v instanceof String reason) {
          out.add(OitAssessment.excluded(item, reason));
        }
      }
      return out;
    }
  }

  private OitCsv() {}

  /** Reads every row; problems go to {@code problems} at {@code name:line:cell}. @return rows per agency */
  static Map<String, AgencyOit> read(InputStream in, String name, WideLayout layout, CsvProblems problems,
      int blockSize, long[] rowCount) {
    Map<String, AgencyOit> out = new HashMap<>();
    Map<String, BigDecimal> scores = new HashMap<>();
    CsvBlocks blocks = new CsvBlocks(in, name, blockSize);
    CsvLine line = new CsvLine(HEADER.size() + 1);
    boolean header = true;
    CsvBlocks.Block blk;
    while ((blk = blocks.next(null)) != null && !problems.full()) {
      byte[] b = blk.buf;
      long lineNo = blk.firstLine;
      for (int pos = blk.start; pos < blk.end && !problems.full(); lineNo++) {
        int nl = line.split(b, pos, blk.end);
        pos = nl + 1;
        if (line.error != null) {
          problems.add(1, name, lineNo, line.errorCell, line.error);
          if (header) {
            return out;
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
            return out;
          }
          for (int j = 0; j < HEADER.size(); j++) {
            if (j >= cells.length || !cells[j].equals(HEADER.get(j))) {
              problems.add(1, name, lineNo, j + 1, "expected column [" + HEADER.get(j) + "] here"
                  + (j < cells.length ? ", found [" + cells[j] + "]" : "") + ": the OIT header is agency,item,value");
              return out;
            }
          }
          if (line.count > HEADER.size()) {
            problems.add(1, name, lineNo, HEADER.size() + 1, "unknown column after agency,item,value");
            return out;
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
      return out;
    }
    tail(blocks, name, 1, problems);
    return out;
  }

  private static void row(String[] c, long lineNo, String name, WideLayout layout, CsvProblems problems,
      Map<String, AgencyOit> out, Map<String, BigDecimal> scores) {
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
    } else if (v.length() <= Scores.MAX_NUMBER_CHARS && SCORE.matcher(v).matches()) {
      BigDecimal d = scores.size() < 10_000 ? scores.computeIfAbsent(v, BigDecimal::new) : new BigDecimal(v);
      Optional<String> wrong = Scores.scoreProblem(d);
      if (wrong.isPresent()) {
        problems.add(1, name, lineNo, 3, "score of " + item.id() + " " + wrong.get());
        return;
      }
      value = d;
    } else if (v.length() > Scores.MAX_NUMBER_CHARS && SCORE.matcher(v).matches()) {
      problems.add(1, name, lineNo, 3, "score of " + item.id() + " longer than " + Scores.MAX_NUMBER_CHARS
          + " characters (at most " + Scores.MAX_DECIMALS + " digits after the decimal point): "
          + v.substring(0, 20) + "…");
      return;
    } else {
      problems.add(1, name, lineNo, 3, "OIT value of " + item.id() + " is not a score 0 - 100, yes, no or "
          + "excluded:<reason>: [" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "]");
      return;
    }
    AgencyOit a = out.computeIfAbsent(c[0], k -> new AgencyOit(layout.oitItems.size()));
    if (a.values[idx] != null) {
      problems.add(1, name, lineNo, 2, "duplicate OIT row for agency [" + c[0] + "] item [" + item.id()
          + "] (first at line " + a.lines[idx] + ")");
      return;
    }
    a.values[idx] = value;
    a.lines[idx] = lineNo;
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
