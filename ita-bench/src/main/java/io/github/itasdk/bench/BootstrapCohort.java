package io.github.itasdk.bench;

import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.uncertainty.Bootstrap;
import io.github.itasdk.core.uncertainty.BootstrapOptions;
import io.github.itasdk.rubrics.Rubrics;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The cohort target (issue 15: at most 15 s on 2 cores; issue 8: under a minute): every agency's intervals
 * for a national cohort (8,300 agencies, respondents drawn per agency around 120 IIT and 180 EIT, as the
 * generator's national file, about 2.5·10¹⁰ draws in all) on all cores. Each agency's input is made,
 * scored and bootstrapped, then dropped (memory stays flat); the time to make the inputs is measured apart
 * and subtracted. On a shared machine compare CPU time ({@code /usr/bin/time}) beside the wall time.
 *
 * <pre>
 * java -cp "ita-bench/target/classes:ita-bench/target/lib/*" io.github.itasdk.bench.BootstrapCohort [agencies] [resamples]
 * </pre>
 */
public final class BootstrapCohort {
  private BootstrapCohort() {}

  /** @param args agencies (default 8300), resamples (default 10000) */
  public static void main(String[] args) {
    int agencies = args.length > 0 ? Integer.parseInt(args[0]) : 8300;
    int resamples = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Rubric rubric = Rubrics.forFiscalYear(2566);
    BootstrapOptions options = BootstrapOptions.builder().resamples(resamples).seed(1).parallel(false).build();
    AtomicLong making = new AtomicLong();
    AtomicLong closeCalls = new AtomicLong();
    long start = System.nanoTime();
    IntStream.range(0, agencies).parallel().forEach(a -> {
      SplittableRandom sizes = new SplittableRandom(a);
      int iit = 20 + sizes.nextInt(200);
      int eit = 30 + sizes.nextInt(300);
      long t0 = System.nanoTime();
      AssessmentInput in = Agencies.input(rubric, iit, eit, a);
      making.addAndGet(System.nanoTime() - t0);
      var u = Bootstrap.of(rubric).run(in, options);
      if (u.probabilityRatingDiffers().orElse(0.0) > 1 - options.level()) {
        closeCalls.incrementAndGet();
      }
    });
    double wall = (System.nanoTime() - start) / 1e9;
    double make = making.get() / 1e9 / Runtime.getRuntime().availableProcessors();
    System.out.printf("%d agencies, %d resamples each, %d threads: %.1f s wall, of which about %.1f s making inputs "
        + "(CPU time / cores); bootstrap ≈ %.1f s; %d too close to call%n", agencies, resamples,
        Runtime.getRuntime().availableProcessors(), wall, make, wall - make, closeCalls.get());
  }
}
