package io.github.itasdk.bench.jmh;

import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * {@link ScoringBench#singleAgencyEngine}'s work timed in the scoring thread's CPU time instead of wall
 * time: on a machine shared with other busy processes, wall time counts the time the thread waited for
 * a core, CPU time does not (it still counts the slower caches of a busy machine). Prints the CPU time
 * per score of each round of {@code calls} scores, and the fastest round.
 *
 * <pre>
 * java -cp "ita-bench/target/classes:ita-bench/target/lib/*" io.github.itasdk.bench.jmh.EngineCpuTime [rounds] [calls]
 * </pre>
 */
public final class EngineCpuTime {
  private EngineCpuTime() {}

  /** @param args rounds (default 20), calls per round (default 1000) */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Rubric rubric = Rubrics.forFiscalYear(2566);
    AssessmentInput single = ScoringBench.engineInput(rubric);
    ScoringEngine engine = ScoringEngine.of(rubric);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    int sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < calls; i++) {
        sink += engine.score(single).indicators().size();
      }
      double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / calls;
      best = Math.min(best, ms);
      System.out.printf(Locale.ROOT, "round %d: %.3f ms CPU per score%n", r + 1, ms);
    }
    System.out.printf(Locale.ROOT, "RESULT singleAgencyEngine_cpu_ms=%.3f respondents=%s (check %d)%n", best,
        single.surveys().stream().map(s -> s.toolPart() + ":" + s.respondents().size()).toList(), sink);
  }
}
