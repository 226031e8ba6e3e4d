package io.github.itasdk.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link RespondentIds}: however the respondents of one agency survey are recorded (a thread's reusable
 * run left as a list, whose lines may or may not follow each other; a table when the agency comes back;
 * several threads' lists and tables merged), every id seen twice is reported once per repeat, naming the
 * first line it was seen on, exactly as one set of all ids in line order would.
 */
class RespondentIdsTest {
  /** One row: the id (a fingerprint from a small range, so that repeats happen; never 0, which the table stores as 1) and the thread reading it. */
  record Seen(long id, int thread, boolean gap) {}

  @Provide
  Arbitrary<List<Seen>> rows() {
    return Combinators.combine(Arbitraries.longs().between(2, 62), Arbitraries.integers().between(0, 2),
        Arbitraries.of(false, false, false, true)).as(Seen::new).list().ofMaxSize(200);
  }

  @Property(tries = 300)
  void everyRepeatIsFoundOnceAndItsIdNamesItsFirstLine(@ForAll("rows") List<Seen> rows) {
    // the reference: ids in line order; each repeat is a later line of an id seen before
    Map<Long, Long> firstLine = new HashMap<>();
    List<Long> expected = new ArrayList<>();
    long line = 1;
    long[] lines = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      line += rows.get(i).gap() ? 3 : 1;
      lines[i] = line;
      if (firstLine.putIfAbsent(rows.get(i).id(), line) != null) {
        expected.add(line);
      }
    }
    // three threads: each reads its rows in line order, in runs (a run ends where another agency's row would
    // stand: every fifth row); its first run stays a list, later rows go to a table, as WideCsv.Rows does
    Map<Long, Long> repeats = new HashMap<>(); // later line -> id
    RespondentIds[] left = new RespondentIds[3];
    RespondentIds.Run[] runs = {new RespondentIds.Run(), new RespondentIds.Run(), new RespondentIds.Run()};
    boolean[] inRun = new boolean[3];
    for (int i = 0; i < rows.size(); i++) {
      Seen s = rows.get(i);
      int t = s.thread();
      long other;
      if (left[t] == null) {
        other = runs[t].add(s.id(), lines[i]);
        inRun[t] = true;
        if (i % 5 == 4) {
          left[t] = runs[t].finish();
          inRun[t] = false;
        }
      } else {
        other = left[t].add(s.id(), lines[i]);
      }
      if (other >= 0) {
        assertThat(other).as("a thread sees its lines in order").isLessThan(lines[i]);
        repeats.put(lines[i], s.id());
      }
    }
    RespondentIds all = null;
    for (int t = 0; t < 3; t++) {
      RespondentIds ids = inRun[t] ? runs[t].finish() : left[t];
      if (ids == null) {
        continue;
      }
      if (all == null) {
        all = ids;
      } else {
        all.merge(ids, (fingerprint, later) -> assertThat(repeats.put(later, fingerprint)).as("reported once").isNull());
      }
    }
    assertThat(repeats.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    for (Map.Entry<Long, Long> r : repeats.entrySet()) {
      assertThat(all.lineOf(r.getValue())).as("first line of the id at line " + r.getKey())
          .isEqualTo(firstLine.get(r.getValue()));
    }
    Statistics.label("repeats").collect(expected.isEmpty() ? "none" : expected.size() < 10 ? "some" : "many");
  }

  /**
   * A thread's run reused for many agency surveys: fingerprints that share their slot (multiples of the
   * table's size apart, so that probes pass other entries), surveys large enough to grow the table, buffers
   * small enough that lists spill into new ones. Each survey's repeats are exactly those of a set, and each
   * list left behind holds its survey's ids with their first lines, whatever came before it.
   */
  @Property(tries = 200)
  void aReusedRunForgetsEverySurveyBeforeTheNext(@ForAll("surveys") List<List<Integer>> surveys) {
    RespondentIds.Run run = new RespondentIds.Run(64);
    long line = 1;
    List<RespondentIds> left = new ArrayList<>();
    List<Map<Long, Long>> firsts = new ArrayList<>();
    for (List<Integer> survey : surveys) {
      Map<Long, Long> first = new HashMap<>();
      for (int id : survey) {
        long fp = (long) id * 1024 + (id % 3); // many share a slot of the 1,024-slot table
        long other = run.add(fp, line);
        Long expected = first.putIfAbsent(fp, line);
        assertThat(other).as("line " + line).isEqualTo(expected == null ? -1 : expected);
        line++;
      }
      left.add(run.finish());
      firsts.add(first);
      line += 2; // the next survey's rows do not follow on
    }
    for (int s = 0; s < left.size(); s++) {
      assertThat(left.get(s).size()).isEqualTo(firsts.get(s).size());
      for (Map.Entry<Long, Long> e : firsts.get(s).entrySet()) {
        assertThat(left.get(s).lineOf(e.getKey())).isEqualTo(e.getValue());
      }
      assertThat(left.get(s).lineOf(7L * 1024 * 1024 + 5)).isEqualTo(-1);
    }
  }

  @Provide
  Arbitrary<List<List<Integer>>> surveys() {
    Arbitrary<List<Integer>> small = Arbitraries.integers().between(1, 40).list().ofMaxSize(30);
    Arbitrary<List<Integer>> large = Arbitraries.integers().between(1, 3000).list().ofMinSize(200).ofMaxSize(1500);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, small), net.jqwik.api.Tuple.of(1, large)).list().ofMaxSize(12);
  }
}
