package io.github.itasdk.report.fuzz;

import io.github.itasdk.report.fuzz.Mutations.ByteEdit;
import io.github.itasdk.report.fuzz.Mutations.ByteKind;
import io.github.itasdk.report.fuzz.Mutations.CsvEdit;
import io.github.itasdk.report.fuzz.Mutations.CsvKind;
import io.github.itasdk.report.fuzz.Mutations.Edit;
import io.github.itasdk.report.fuzz.Mutations.Kind;
import io.github.itasdk.rubrics.Rubrics;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the input contract (issue 12) with hostile variants of the bundled examples: structural
 * edits (keys removed, duplicated, renamed; types swapped; ids of the wrong level; unknown parts),
 * values (extreme exponents, long decimals, 84.994999…, -0, NaN, RTL and zero-width text, 1 MB
 * strings, deep nesting) and bytes (truncation, invalid UTF-8, BOM, CR/LF variants, TIS-620). Every
 * case must end in a valid card with a byte-identical round trip and rendered reports, or in a typed
 * error whose every problem has a location — within a hang bound.
 *
 * <p>{@code mvn verify} runs a slice; the full run (100,000 JSON and 10,000 CSV cases) is
 * {@code mvn -o -B -Pfuzz verify -pl ita-report-model -am} and prints its counts.
 */
class FuzzTest {
  static final Pipeline.Counts JSON_SLICE = new Pipeline.Counts();
  static final Pipeline.Counts CSV_SLICE = new Pipeline.Counts();
  static final Pipeline.Counts JSON_FULL = new Pipeline.Counts();
  static final Pipeline.Counts CSV_FULL = new Pipeline.Counts();

  @AfterContainer
  static void printCounts() {
    System.out.println("ita fuzz slice, JSON: " + JSON_SLICE);
    System.out.println("ita fuzz slice, CSV:  " + CSV_SLICE);
    if ("full".equals(System.getProperty("ita.fuzz"))) {
      System.out.println("ita fuzz full run, JSON: " + JSON_FULL);
      System.out.println("ita fuzz full run, CSV:  " + CSV_FULL);
    }
  }

  // ------------------------------------------------------------------ the slice (mvn verify)

  @Property(tries = 1500, shrinking = ShrinkingMode.FULL)
  void aHostileJsonDocumentEndsInACardOrALocatedError(@ForAll("jsonCases") JsonCase c) {
    json(c, JSON_SLICE);
  }

  @Property(tries = 500, shrinking = ShrinkingMode.FULL)
  void aHostileCsvExportEndsInCardsOrLocatedErrors(@ForAll("csvCases") CsvCase c) {
    csv(c, CSV_SLICE);
  }

  // ------------------------------------------------------------------ the full run (-Pfuzz)

  @Property(tries = 100_000, shrinking = ShrinkingMode.FULL)
  @AddLifecycleHook(FullRunOnly.class)
  void fullRunJson(@ForAll("jsonCases") JsonCase c) {
    json(c, JSON_FULL);
  }

  @Property(tries = 10_000, shrinking = ShrinkingMode.FULL)
  @AddLifecycleHook(FullRunOnly.class)
  void fullRunCsv(@ForAll("csvCases") CsvCase c) {
    csv(c, CSV_FULL);
  }

  // ------------------------------------------------------------------

  record JsonCase(int seed, List<Edit> edits, List<ByteEdit> bytes) {}

  record CsvCase(List<CsvEdit> edits, List<ByteEdit> bytes, boolean bytesOnOit, int threads) {}

  static void json(JsonCase c, Pipeline.Counts counts) {
    Pipeline.Outcome o = Pipeline.json(Mutations.json(c.seed(), c.edits(), c.bytes()));
    counts.add(o);
    Statistics.label("outcome").collect(o);
  }

  static void csv(CsvCase c, Pipeline.Counts counts) {
    byte[][] files = Mutations.csv(c.edits(), c.bytes(), c.bytesOnOit());
    Pipeline.Outcome o = Pipeline.csv(files[0], files[1], Rubrics.forFiscalYear(2566), c.threads());
    counts.add(o);
    Statistics.label("outcome").collect(o);
  }

  private static Arbitrary<Integer> small() {
    return Arbitraries.integers().between(0, 1_000_000);
  }

  @Provide
  Arbitrary<JsonCase> jsonCases() {
    Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(Kind.class), small(), small()).as(Edit::new);
    Arbitrary<ByteEdit> byteEdit = Combinators.combine(Arbitraries.of(ByteKind.class), small(), small()).as(ByteEdit::new);
    return Combinators.combine(Arbitraries.integers().between(0, Mutations.SEEDS.size() - 1),
        edit.list().ofMinSize(0).ofMaxSize(3),
        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<ByteEdit>of())), Tuple.of(1, byteEdit.list().ofSize(1))))
        .as(JsonCase::new);
  }

  @Provide
  Arbitrary<CsvCase> csvCases() {
    Arbitrary<CsvEdit> edit = Combinators.combine(Arbitraries.of(CsvKind.class), Arbitraries.of(false, true), small(),
        small(), small()).as(CsvEdit::new);
    Arbitrary<ByteEdit> byteEdit = Combinators.combine(Arbitraries.of(ByteKind.class), small(), small()).as(ByteEdit::new);
    return Combinators.combine(edit.list().ofMinSize(0).ofMaxSize(3),
        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<ByteEdit>of())), Tuple.of(1, byteEdit.list().ofSize(1))),
        Arbitraries.of(false, true), Arbitraries.integers().between(1, 2)).as(CsvCase::new);
  }
}
