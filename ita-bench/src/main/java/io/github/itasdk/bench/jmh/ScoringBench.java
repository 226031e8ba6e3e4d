package io.github.itasdk.bench.jmh;

import io.github.itasdk.bench.Agencies;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end (bytes in memory → every agency's score card) on the generated data at {@code scale}, on
 * 1 and 2 threads; one agency of the same data through the batch scorer; and the single-agency engine on
 * the agency issue 15's target names: 200 IIT and 300 EIT respondents ({@link #ENGINE_IIT},
 * {@link #ENGINE_EIT}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBench {
  /** IIT respondents of the single-agency engine's input (the target's size). */
  public static final int ENGINE_IIT = 200;
  /** EIT respondents of the single-agency engine's input, split evenly over the year's EIT parts. */
  public static final int ENGINE_EIT = 300;

  @Param({"0.05"})
  public double scale;

  @Param({"2566"})
  public int year;

  @Param({"1", "2"})
  public int threads;

  private Rubric rubric;
  private Data data;
  private byte[] oneAgencyResponses;
  private byte[] oneAgencyOit;
  private AssessmentInput single;

  @Setup
  public void setup() throws IOException {
    rubric = Rubrics.forFiscalYear(year);
    data = new Data(rubric, scale);
    oneAgencyResponses = firstAgency(data.responses);
    oneAgencyOit = firstAgency(data.oit);
    single = engineInput(rubric);
  }

  /** @return the single-agency engine's input: 200 IIT and 300 EIT respondents, every answer given */
  static AssessmentInput engineInput(Rubric rubric) {
    return Agencies.input(rubric, ENGINE_IIT, ENGINE_EIT, 1);
  }

  static byte[] firstAgency(byte[] csv) {
    String s = new String(csv, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n")) {
      if (out.length() == 0 || line.startsWith("AG00001,")) {
        out.append(line).append('\n');
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public int endToEnd() {
    return BatchScorer.of(rubric).score(new ByteArrayInputStream(data.responses), new ByteArrayInputStream(data.oit),
        c -> { }, BatchOptions.builder().threads(threads).build()).cards();
  }

  @Benchmark
  public ScoreCard singleAgencyEngine() {
    return ScoringEngine.of(rubric).score(single);
  }

  @Benchmark
  public int oneAgencyThroughTheBatchScorer() {
    return BatchScorer.of(rubric).score(new ByteArrayInputStream(oneAgencyResponses),
        new ByteArrayInputStream(oneAgencyOit), c -> { }, BatchOptions.builder().threads(1).build()).cards();
  }
}
