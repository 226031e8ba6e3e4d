package io.github.itasdk.bench.jmh;

import io.github.itasdk.bench.Agencies;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.uncertainty.Bootstrap;
import io.github.itasdk.core.uncertainty.BootstrapOptions;
import io.github.itasdk.core.uncertainty.Uncertainty;
import io.github.itasdk.rubrics.Rubrics;
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
 * Issue 8's target: 10,000 resamples for an agency with 200 IIT and 300 EIT respondents on the FY2566
 * rubric, on one core ({@code parallel(false)}), in under 50 ms. Includes scoring the point estimate and
 * building the per-respondent score vectors, as a caller pays for them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class BootstrapBench {
  @Param({"10000"})
  public int resamples;

  private Rubric rubric;
  private AssessmentInput input;
  private BootstrapOptions options;

  @Setup
  public void setup() {
    rubric = Rubrics.forFiscalYear(2566);
    input = Agencies.input(rubric, 200, 300, 42);
    options = BootstrapOptions.builder().resamples(resamples).seed(1).parallel(false).build();
  }

  @Benchmark
  public Uncertainty oneAgencyOneCore() {
    return Bootstrap.of(rubric).run(input, options);
  }
}
