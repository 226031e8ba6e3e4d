package io.github.itasdk.rubrics;

import static io.github.itasdk.rubrics.BatchCsvProblemsTest.HEAD;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.HEADER;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.OIT_HEAD;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.R;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.oit;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.batch.BatchSummary;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.ScaleLevel;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The batch reader takes a common row a word at a time and any other row cell by cell; it splits the file
 * into blocks read on several threads and numbers lines once every block is read. None of that may show:
 * the counts do not depend on how a valid row is written, and every problem is at its own line and cell,
 * whatever the block size, the thread count and the row order.
 */
class BatchReadingTest {
  static final String[] AGENCIES = {"A1", "กรม2", "B,3", "C4"};
  static final String[][] SURVEYS = {{"IIT", ""}, {"EIT", "PUBLIC"}, {"EIT", "SURVEY"}};

  /** One respondent row: its cells, and how it is written. */
  static final class Row {
    final List<String> cells = new ArrayList<>();
    boolean crlf;
    /** What is wrong with it, if anything: the expected problem's cell and message start, or null. */
    Integer badCell;
    String badMessage;
    int line;

    String text() {
      List<String> out = new ArrayList<>();
      for (String c : cells) {
        out.add(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
      }
      return String.join(",", out) + (crlf ? "\r\n" : "\n");
    }
  }

  /** Rows of every survey of {@code agencies} agencies, answers at random, grouped by agency and survey or shuffled. */
  static List<Row> rows(Random random, int agencies, int perSurvey, boolean shuffled) {
    List<Row> rows = new ArrayList<>();
    for (int a = 0; a < agencies; a++) {
      for (String[] s : SURVEYS) {
        int n = 1 + random.nextInt(perSurvey);
        for (int r = 0; r < n; r++) {
          Row row = new Row();
          row.cells.addAll(List.of(AGENCIES[a], s[0], s[1], "r" + r + (random.nextInt(4) == 0 ? "-ผู้ตอบ" : "")
              + (random.nextInt(4) == 0 ? "-a-longer-respondent-id" : "")));
          for (String col : HEADER.subList(4, HEADER.size())) {
            boolean mine = col.startsWith(s[0].equals("IIT") ? "i" : "e");
            row.cells.add(mine ? Integer.toString(1 + random.nextInt(scale(col).size())) : "");
          }
          rows.add(row);
        }
      }
    }
    if (shuffled) {
      Collections.shuffle(rows, random);
    }
    return rows;
  }

  static AnswerScale scale(String column) {
    String q = column.contains(".") ? column.substring(0, column.indexOf('.')) : column;
    return R.findScale(R.question(q).scale().orElseThrow()).orElseThrow();
  }

  /** Writes some rows another valid way: a quoted cell, CR LF, a level with a leading zero, a level's code. */
  static void rewrite(Random random, List<Row> rows) {
    for (Row row : rows) {
      switch (random.nextInt(7)) {
        case 0 -> row.crlf = true;
        case 1 -> row.cells.set(3, row.cells.get(3) + "\"q\"");
        case 2 -> {
          int j = answered(random, row);
          row.cells.set(j, "0" + row.cells.get(j));
        }
        case 3 -> {
          int j = answered(random, row);
          ScaleLevel level = scale(HEADER.get(j)).levels().get(Integer.parseInt(row.cells.get(j)) - 1);
          level.code().ifPresent(code -> row.cells.set(j, code));
        }
        default -> { }
      }
    }
  }

  private static int answered(Random random, Row row) {
    while (true) {
      int j = 4 + random.nextInt(HEADER.size() - 4);
      if (!row.cells.get(j).isEmpty()) {
        return j;
      }
    }
  }

  static byte[] file(List<Row> rows) {
    StringBuilder sb = new StringBuilder(HEAD);
    int line = 2;
    for (Row r : rows) {
      r.line = line++;
      sb.append(r.text());
    }
    return utf8(sb.toString());
  }

  static byte[] oitFile() {
    StringBuilder sb = new StringBuilder(OIT_HEAD);
    for (String a : AGENCIES) {
      sb.append(oit(a.contains(",") ? "\"" + a + "\"" : a));
    }
    return utf8(sb.toString());
  }

  static Map<String, ScoreCard> cards(byte[] responses, int threads, int block, BatchSummary[] summary) {
    Map<String, ScoreCard> cards = new TreeMap<>();
    summary[0] = BatchScorer.of(R).score(new ByteArrayInputStream(responses), new ByteArrayInputStream(oitFile()),
        c -> cards.put(c.agency().orElseThrow(), c), BatchOptions.builder().threads(threads).blockSize(block)
            .skipUnscorable(true).build());
    return cards;
  }

  @Property(tries = 40)
  void countsDoNotDependOnHowValidRowsAreWrittenOrWhereBlocksEnd(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int agencies, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll @IntRange(min = 64, max = 4096) int block, @ForAll boolean shuffled) {
    Random random = new Random(seed);
    List<Row> rows = rows(random, agencies, 6, shuffled);
    BatchSummary[] plain = new BatchSummary[1];
    Map<String, ScoreCard> expected = cards(file(rows), 1, 1 << 20, plain);
    rewrite(random, rows);
    BatchSummary[] written = new BatchSummary[1];
    assertThat(cards(file(rows), threads, block, written)).isEqualTo(expected);
    assertThat(written[0]).isEqualTo(plain[0]);
    assertThat(plain[0].cards()).isEqualTo(agencies);
  }

  @Property(tries = 60)
  void everyProblemIsAtItsLineWhateverTheBlocksThreadsAndOrder(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int agencies, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll @IntRange(min = 64, max = 4096) int block, @ForAll boolean shuffled) {
    Random random = new Random(seed);
    List<Row> rows = rows(random, agencies, 8, shuffled);
    rewrite(random, rows);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      switch (random.nextInt(8)) {
        case 0 -> {
          int j = answered(random, row);
          row.cells.set(j, "7");
          row.badCell = j + 1;
          row.badMessage = "answer for " + HEADER.get(j) + " out of range (valid levels 1 - " + scale(HEADER.get(j)).size();
        }
        case 1 -> {
          int j = 4 + random.nextInt(HEADER.size() - 4);
          if (row.cells.get(j).isEmpty()) {
            row.cells.set(j, "2");
            row.badCell = j + 1;
            row.badMessage = "a " + row.cells.get(1) + " row leaves the ";
          }
        }
        case 2 -> {
          row.cells.remove(row.cells.size() - 1);
          row.badCell = HEADER.size();
          row.badMessage = "the row ends after " + (HEADER.size() - 1) + " cells";
        }
        case 3 -> { // the id of an earlier valid row of the same agency and survey
          for (int k = i - 1; k >= 0; k--) {
            Row o = rows.get(k);
            if (o.badCell == null && o.cells.subList(0, 3).equals(row.cells.subList(0, 3))) {
              row.cells.set(3, o.cells.get(3));
              row.badCell = 4;
              row.badMessage = "duplicate respondent: agency [" + row.cells.get(0) + "] " + row.cells.get(1)
                  + (row.cells.get(2).isEmpty() ? "" : "/" + row.cells.get(2)) + " already has this respondent id at line ";
              break;
            }
          }
        }
        default -> { }
      }
    }
    byte[] bytes = file(rows);
    Map<String, String> expected = new TreeMap<>();
    for (Row r : rows) {
      if (r.badCell != null) {
        expected.put("responses.csv:" + r.line + ":" + r.badCell, r.badMessage);
      }
    }
    // the first row with an id is the one its duplicates name, whichever thread read which
    for (Row r : rows) {
      if (r.badMessage != null && r.badMessage.startsWith("duplicate")) {
        Row first = rows.stream().filter(o -> o.badCell == null && o.cells.subList(0, 4).equals(r.cells.subList(0, 4)))
            .findFirst().orElseThrow();
        expected.put("responses.csv:" + r.line + ":4", r.badMessage + first.line);
      }
    }
    Statistics.label("problems").collect(expected.isEmpty() ? "none" : expected.size() < 5 ? "a few" : "many");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> BatchScorer.of(R).score(
        new ByteArrayInputStream(bytes), new ByteArrayInputStream(oitFile()), c -> { },
        BatchOptions.builder().threads(threads).blockSize(block).maxProblems(1000).skipUnscorable(true).build()));
    if (expected.isEmpty()) {
      assertThat(e).isNull();
      return;
    }
    assertThat(e).isNotNull();
    Map<String, String> found = new TreeMap<>();
    for (Problem p : e.problems()) {
      found.put(p.location(), p.message());
    }
    assertThat(found.keySet()).isEqualTo(expected.keySet());
    expected.forEach((at, message) -> assertThat(found.get(at)).as(at).startsWith(message));
  }
}
