package io.github.itasdk.bench.jmh;

import io.github.itasdk.bench.Agencies;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.uncertainty.Bootstrap;
import io.github.itasdk.core.uncertainty.BootstrapOptions;
import io.github.itasdk.rubrics.Rubrics;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The cohort bootstrap's work ({@code BootstrapCohort}) on a slice of its agencies, on one thread, timed in
 * the thread's CPU time (a shared machine's waiting for a core is not counted): the agencies' inputs are
 * made first, then each round bootstraps them all. Prints the CPU time per draw all-in (scoring, the
 * per-respondent scores, the draws, the intervals) of each round, and the fastest round; multiply by the
 * cohort's 2.48·10¹⁰ draws and halve for two cores to estimate the full run.
 *
 * <pre>
 * java -cp "ita-bench/target/classes:ita-bench/target/lib/*" io.github.itasdk.bench.jmh.BootstrapCpuTime [rounds] [agencies] [resamples]
 * </pre>
 */
public final class BootstrapCpuTime {
  private BootstrapCpuTime() {}

  /** @param args rounds (default 5), agencies (default 100), resamples (default 10000) */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int agencies = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int resamples = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    Rubric rubric = Rubrics.forFiscalYear(2566);
    BootstrapOptions options = BootstrapOptions.builder().resamples(resamples).seed(1).parallel(false).build();
    List<AssessmentInput> inputs = new ArrayList<>();
    long respondents = 0;
    for (int a = 0; a < agencies; a++) {
      // the cohort's sizes (BootstrapCohort)
      SplittableRandom sizes = new SplittableRandom(a);
      int iit = 20 + sizes.nextInt(200);
      int eit = 30 + sizes.nextInt(300);
      AssessmentInput in = Agencies.input(rubric, iit, eit, a);
      inputs.add(in);
      for (SurveyResponses s : in.surveys()) {
        respondents += s.respondents().size();
      }
    }
    double draws = (double) respondents * resamples;
    Bootstrap bootstrap = Bootstrap.of(rubric);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (AssessmentInput in : inputs) {
        sink += bootstrap.run(in, options).total().orElseThrow().low().unscaledValue().longValue();
      }
      double ns = (cpu.getCurrentThreadCpuTime() - t0) / draws;
      best = Math.min(best, ns);
      System.out.printf(Locale.ROOT, "round %d: %.3f ns CPU per draw all-in%n", r + 1, ns);
    }
    System.out.printf(Locale.ROOT, "RESULT bootstrap_cpu_ns_per_draw=%.3f agencies=%d draws=%.3g (check %d)%n", best,
        agencies, draws, sink);
  }
}
