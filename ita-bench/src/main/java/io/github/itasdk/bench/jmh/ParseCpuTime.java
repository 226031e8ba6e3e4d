package io.github.itasdk.bench.jmh;

import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The batch scorer's reading alone (both files, every check, counting; no agency finished) on one thread,
 * timed in that thread's CPU time, so that a busy shared machine disturbs it less than wall time. The
 * generated data at {@code scale} (default 0.05: 415 agencies, about 11 MB) sits in memory; reading stops
 * where the per-agency counts are handed on. Prints each round and the fastest; run it with the JVM
 * flags of the process under study (e.g. {@code -XX:TieredStopAtLevel=1} for C1 only).
 *
 * <pre>
 * java [flags] -cp "ita-bench/target/classes:ita-bench/target/lib/*" io.github.itasdk.bench.jmh.ParseCpuTime [rounds] [scale]
 * </pre>
 */
public final class ParseCpuTime {
  private ParseCpuTime() {}

  /** Ends a run once reading is done. */
  private static final class Read extends RuntimeException {
    Read() {
      super(null, null, false, false);
    }
  }

  /** @param args rounds (default 30), scale (default 0.05) */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    double scale = args.length > 1 ? Double.parseDouble(args[1]) : 0.05;
    Rubric rubric = Rubrics.forFiscalYear(2566);
    Data data = new Data(rubric, scale);
    BatchScorer scorer = BatchScorer.of(rubric);
    BatchOptions options = BatchOptions.builder().threads(1).onCounts(c -> {
      throw new Read();
    }).build();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double first = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      try {
        scorer.score(new ByteArrayInputStream(data.responses), new ByteArrayInputStream(data.oit), c -> { }, options);
        throw new IllegalStateException("reading did not end at the counts");
      } catch (Read done) {
        // the counts were handed on: reading is over
      }
      double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6;
      first = r == 0 ? ms : first;
      best = Math.min(best, ms);
      System.out.printf(Locale.ROOT, "round %d: %.1f ms CPU (%.0f MB/s)%n", r + 1, ms,
          (data.responses.length + data.oit.length) / 1e3 / ms);
    }
    System.out.printf(Locale.ROOT, "RESULT parse_cpu_ms first=%.1f best=%.1f bytes=%d best_mb_s=%.0f%n", first, best,
        data.responses.length + data.oit.length, (data.responses.length + data.oit.length) / 1e3 / best);
  }
}
