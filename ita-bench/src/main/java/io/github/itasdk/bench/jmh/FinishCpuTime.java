package io.github.itasdk.bench.jmh;

import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The batch scorer's finishing alone (counts and OIT values → one score card per agency), timed in the CPU
 * time of the pool thread that finishes the agencies, so that a busy shared machine disturbs it less than
 * wall time. One batch run per round on one thread (the calling thread reads, the pool's one thread
 * finishes): the first round shows the cost while the JIT compiles, the later ones the steady state. Run it
 * with the JVM flags of the process under study ({@code -XX:TieredStopAtLevel=1
 * -XX:CompileThresholdScaling=0.3} for the harness's C1-only batch process). The data: the two CSV files
 * given (the harness's national files), or the generated data at {@code scale} in memory.
 *
 * <pre>
 * java [flags] -cp "ita-bench/target/classes:ita-bench/target/lib/*" io.github.itasdk.bench.jmh.FinishCpuTime \
 *     [rounds] [scale | responses.csv oit.csv]
 * </pre>
 */
public final class FinishCpuTime {
  private FinishCpuTime() {}

  /** @param args rounds (default 5), then a scale (default 0.1) or the responses and OIT files */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Rubric rubric = Rubrics.forFiscalYear(2566);
    byte[] responses;
    byte[] oit;
    if (args.length > 2) {
      responses = Files.readAllBytes(Path.of(args[1]));
      oit = Files.readAllBytes(Path.of(args[2]));
    } else {
      Data data = new Data(rubric, args.length > 1 ? Double.parseDouble(args[1]) : 0.1);
      responses = data.responses;
      oit = data.oit;
    }
    BatchScorer scorer = BatchScorer.of(rubric);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double first = 0;
    for (int r = 0; r < rounds; r++) {
      long[] finished = {-1, 0}; // pool CPU nanos when the last card was delivered, agencies
      BatchOptions options = BatchOptions.builder().threads(1).onProgress(p -> {
        if (p.agencies() > 0 && p.agenciesScored() == p.agencies()) { // the pool's thread is still alive
          finished[0] = poolCpu(cpu);
          finished[1] = p.agencies();
        }
      }).build();
      long[] cards = {0};
      scorer.score(new ByteArrayInputStream(responses), new ByteArrayInputStream(oit), c -> cards[0]++, options);
      if (finished[0] < 0 || cards[0] != finished[1]) {
        throw new IllegalStateException("the pool's CPU time was not read at the last card");
      }
      double us = finished[0] / 1e3 / cards[0];
      first = r == 0 ? us : first;
      best = Math.min(best, us);
      System.out.printf(Locale.ROOT, "round %d: %d agencies, %.1f µs CPU per agency (%.0f ms)%n", r + 1, cards[0],
          us, finished[0] / 1e6);
    }
    System.out.printf(Locale.ROOT, "RESULT finish_cpu_us first=%.1f best=%.1f%n", first, best);
  }

  /** @return the CPU time of the batch scorer's pool threads, in nanoseconds */
  private static long poolCpu(ThreadMXBean cpu) {
    long sum = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("ita-batch-score")) {
        sum += cpu.getThreadCpuTime(t.getId());
      }
    }
    return sum;
  }
}
