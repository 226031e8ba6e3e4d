package io.github.itasdk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.itasdk.core.batch.AnswerCounts;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.batch.BatchSummary;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The processes the side-by-side harness ({@code bench/harness.sh}) times, one mode per process so that
 * each is measured cold, JVM start included. Each prints one {@code RESULT} line on stdout.
 *
 * <pre>
 * Harness sdk      RESPONSES OIT --rubric 2566 [--threads N] [--out cards.jsonl] [--means means.tsv]
 *                  [--stop-after read]   (ends the process once both files are read and counted)
 *                  [--thread-cpu true]   (prints the CPU time of each thread at the end: JIT, GC, readers…)
 *                  [--block BYTES]       (the block size of the reading; default BatchOptions' default)
 * Harness duckdb   RESPONSES     --rubric 2566 [--threads N] [--means means.tsv]
 * Harness floor    RESPONSES
 * Harness agg      RESPONSES     --rubric 2566
 * Harness compare  SDK.tsv DUCKDB.tsv
 * </pre>
 */
public final class Harness {
  private Harness() {}

  public static void main(String[] args) throws Exception {
    // the logging binding named, as ./ita does: otherwise slf4j's service lookup opens every jar on the class
    // path (~6 ms of every cold process)
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.nop.NOPServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN"); // no "SLF4J(I): Attempting to load provider" line
    }
    Map<String, String> opt = new HashMap<>();
    List<String> pos = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        opt.put(args[i], args[++i]);
      } else {
        pos.add(args[i]);
      }
    }
    java.util.function.Supplier<Rubric> rubricOf = () -> Rubrics.forFiscalYear(
        Integer.parseInt(opt.getOrDefault("--rubric", "2566")));
    int threads = Integer.parseInt(opt.getOrDefault("--threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
    switch (pos.get(0)) {
      case "sdk" -> sdk(rubricOf.get(), Path.of(pos.get(1)), Path.of(pos.get(2)), threads, opt.get("--out"), opt.get("--means"),
          "read".equals(opt.get("--stop-after")), "true".equals(opt.get("--thread-cpu")),
          Integer.parseInt(opt.getOrDefault("--block", Integer.toString(BatchOptions.defaults().blockSize()))));
      case "duckdb" -> duckdb(rubricOf.get(), Path.of(pos.get(1)), threads, opt.get("--means"));
      case "floor" -> floor(Path.of(pos.get(1)));
      case "agg" -> Aggregation.main(rubricOf.get(), Path.of(pos.get(1)));
      case "compare" -> compare(Path.of(pos.get(1)), Path.of(pos.get(2)));
      default -> throw new IllegalArgumentException("unknown mode " + pos.get(0));
    }
  }

  static void sdk(Rubric rubric, Path responses, Path oit, int threads, String out, String means, boolean readOnly,
      boolean threadCpu, int blockSize) throws IOException {
    Map<String, Long> threads0 = readOnly ? threadCpu() : Map.of();
    long t0 = System.nanoTime();
    long cpu0 = cpuMillis();
    long sinceStart = millisSinceStart();
    // the mapper only when the cards are written: the plain sdk row times the SDK, not a mapper it does not use
    ObjectMapper json = out == null ? null
        : new ObjectMapper().registerModule(new Jdk8Module()).disable(SerializationFeature.INDENT_OUTPUT);
    BatchOptions.Builder o = BatchOptions.builder().threads(threads).blockSize(blockSize)
        .responsesName(responses.getFileName().toString())
        .oitName(oit.getFileName().toString());
    PrintWriter meansOut = means == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(means)));
    long[] cards = {0};
    long[] phase = {0};
    long[] read = {0, 0}; // wall nanos and process CPU millis when both files were read and counted
    o.onCounts(c -> {
      if (read[0] == 0) {
        read[0] = System.nanoTime();
        read[1] = cpuMillis();
        if (readOnly) { // --stop-after read: time reading and counting alone, then end the process
          System.out.printf(Locale.ROOT, "RESULT sdk-read counted_s=%.3f counted_cpu_s=%.2f before_s=%.3f "
              + "before_cpu_s=%.2f rss_kb=%d%n", (read[0] - t0) / 1e9, (read[1] - cpu0) / 1e3, sinceStart / 1e3,
              cpu0 / 1e3, peakRssKb());
          Map<String, Long> now = threadCpu();
          long live = 0;
          StringBuilder sb = new StringBuilder();
          for (var e : now.entrySet()) {
            long d = e.getValue() - threads0.getOrDefault(e.getKey(), 0L);
            live += d;
            if (d > 0) {
              sb.append(e.getKey()).append('=').append(d).append(' ');
            }
          }
          System.out.println("read-phase CPU ms by thread: " + sb + "ended threads=" + (read[1] - cpu0 - live));
          System.out.flush();
          System.exit(0);
        }
      }
      if (meansOut != null) {
        writeMeans(rubric, c, meansOut);
      }
    });
    o.onProgress(p -> {
      if (p.agencies() > 0 && phase[0] == 0) {
        phase[0] = System.nanoTime();
      }
    });
    BatchSummary s;
    try (InputStream r = Files.newInputStream(responses); InputStream oi = Files.newInputStream(oit);
        OutputStream cardOut = out == null ? OutputStream.nullOutputStream()
            : new java.io.BufferedOutputStream(Files.newOutputStream(Path.of(out)), 1 << 20)) {
      s = BatchScorer.of(rubric).score(r, oi, card -> {
        if (out == null) { // the cards are only counted (as the table says); --out writes them as JSON lines
          cards[0]++;
          return;
        }
        try {
          cardOut.write(json.writeValueAsBytes(card));
          cardOut.write('\n');
          cards[0]++;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }, o.build());
    }
    if (meansOut != null) {
      meansOut.close();
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    // one line written at once, without a Formatter: printf (interpreted, a write per field on the unbuffered
    // System.out) cost this timed process a few milliseconds after its last card
    System.out.println("RESULT sdk rows=" + s.rows() + " answers=" + s.answers() + " agencies=" + s.agencies()
        + " cards=" + cards[0] + " inner_s=" + fixed(sec, 3) + " read_s=" + fixed((phase[0] - t0) / 1e9, 3)
        + " counted_s=" + fixed((read[0] - t0) / 1e9, 3) + " counted_cpu_s=" + fixed((read[1] - cpu0) / 1e3, 2)
        + " before_s=" + fixed(sinceStart / 1e3, 3) + " before_cpu_s=" + fixed(cpu0 / 1e3, 2) + " rss_kb="
        + peakRssKb());
    if (threadCpu) { // where the process's CPU went: JIT compiler, GC, readers, scorers (threads that ended: the rest)
      Map<String, Long> now = threadCpu();
      long live = now.values().stream().mapToLong(Long::longValue).sum();
      System.out.println("CPU ms by thread: " + now + " ended=" + (cpuMillis() - live));
    }
  }

  private static void writeMeans(Rubric rubric, AnswerCounts c, PrintWriter out) {
    List<String> header = BatchScorer.of(rubric).header();
    int fixed = header.get(2).equals("part") ? 4 : 3;
    for (String col : header.subList(fixed, header.size())) {
      String q = col.contains(".") ? col.substring(0, col.indexOf('.')) : col;
      if (rubric.toolOf(q).orElseThrow() != c.survey().tool()) {
        continue;
      }
      int k = rubric.findScale(rubric.question(q).scale().orElseThrow()).orElseThrow().size();
      long sum = 0;
      for (int level = 1; level <= k; level++) {
        sum += level * c.count(col, level);
      }
      out.printf(Locale.ROOT, "%s\t%s\t%s\t%.17g%n", c.agency(), c.survey(), col, (double) sum / c.respondents());
    }
  }

  static void duckdb(Rubric rubric, Path responses, int threads, String means) throws Exception {
    long t0 = System.nanoTime();
    List<String> header = BatchScorer.of(rubric).header();
    int fixed = header.get(2).equals("part") ? 4 : 3;
    StringBuilder types = new StringBuilder("{");
    for (int i = 0; i < header.size(); i++) {
      types.append(i == 0 ? "" : ", ").append('\'').append(header.get(i)).append("': '")
          .append(i < fixed ? "VARCHAR" : "UTINYINT").append('\'');
    }
    types.append('}');
    StringBuilder avgs = new StringBuilder();
    for (String col : header.subList(fixed, header.size())) {
      avgs.append(", avg(\"").append(col).append("\") AS \"").append(col).append('"');
    }
    String part = fixed == 4 ? "part" : "''";
    double load;
    double group;
    long groups = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET threads = " + threads);
      long t1 = System.nanoTime();
      st.execute("CREATE TABLE r AS SELECT * FROM read_csv('" + responses.toAbsolutePath() + "', header = true, "
          + "delim = ',', quote = '\"', columns = " + types + ")");
      load = (System.nanoTime() - t1) / 1e9;
      long t2 = System.nanoTime();
      st.execute("CREATE TABLE m AS SELECT agency, tool, " + part + " AS part, count(*) AS n" + avgs
          + " FROM r GROUP BY ALL");
      group = (System.nanoTime() - t2) / 1e9;
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM m")) {
        rs.next();
        groups = rs.getLong(1);
      }
      double inner = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "RESULT duckdb groups=%d load_s=%.3f groupby_s=%.3f inner_s=%.3f rss_kb=%d%n",
          groups, load, group, inner, peakRssKb());
      if (means != null) {
        try (ResultSet rs = st.executeQuery("SELECT * FROM m"); PrintWriter out = new PrintWriter(
            Files.newBufferedWriter(Path.of(means)))) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            String survey = rs.getString(2) + (rs.getString(3) == null || rs.getString(3).isEmpty() ? ""
                : "/" + rs.getString(3));
            for (int i = 5; i <= md.getColumnCount(); i++) {
              double v = rs.getDouble(i);
              if (!rs.wasNull()) {
                out.printf(Locale.ROOT, "%s\t%s\t%s\t%.17g%n", rs.getString(1), survey, md.getColumnName(i), v);
              }
            }
          }
        }
      }
    }
  }

  static void floor(Path file) throws IOException {
    long t0 = System.nanoTime();
    long sum = 0;
    long n = 0;
    byte[] buf = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
        for (int i = 0; i < r; i += 64) {
          sum += buf[i];
        }
      }
    }
    System.out.printf(Locale.ROOT, "RESULT floor bytes=%d check=%d inner_s=%.3f rss_kb=%d%n", n, sum,
        (System.nanoTime() - t0) / 1e9, peakRssKb());
  }

  static void compare(Path sdk, Path duck) throws IOException {
    Map<String, Double> a = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(sdk)) {
      String line;
      while ((line = r.readLine()) != null) {
        int t = line.lastIndexOf('\t');
        a.put(line.substring(0, t), Double.parseDouble(line.substring(t + 1)));
      }
    }
    long n = 0;
    long bad = 0;
    double worst = 0;
    try (BufferedReader r = Files.newBufferedReader(duck)) {
      String line;
      while ((line = r.readLine()) != null) {
        int t = line.lastIndexOf('\t');
        Double mine = a.remove(line.substring(0, t));
        double theirs = Double.parseDouble(line.substring(t + 1));
        n++;
        if (mine == null || Math.abs(mine - theirs) > 1e-9) {
          if (bad++ < 5) {
            System.err.println("differs: " + line + " sdk=" + mine);
          }
        } else {
          worst = Math.max(worst, Math.abs(mine - theirs));
        }
      }
    }
    bad += a.size();
    System.out.printf(Locale.ROOT, "RESULT compare means=%d differing=%d only_sdk=%d max_abs_diff=%.3g%n", n, bad,
        a.size(), worst);
    if (bad > 0) {
      System.exit(1);
    }
  }

  /**
   * @return this process's CPU time so far (user + system, all threads), in milliseconds at the kernel's
   *     10 ms tick; -1 where /proc is missing. Read from /proc, so no management classes load in the timed run.
   */
  static long cpuMillis() {
    try {
      String st = Files.readString(Path.of("/proc/self/stat"));
      String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime (fields 14, 15) in 1/100 s
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** @return CPU milliseconds per thread name (digits dropped) of this process so far, from /proc */
  static Map<String, Long> threadCpu() {
    Map<String, Long> m = new java.util.TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : (Iterable<Path>) tasks::iterator) {
        String st = Files.readString(t.resolve("stat"));
        String comm = st.substring(st.indexOf('(') + 1, st.lastIndexOf(')')).replaceAll("[0-9]+", "#");
        String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
        m.merge(comm, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
      }
    } catch (IOException | RuntimeException e) {
      m.put("unreadable", -1L);
    }
    return m;
  }

  /** @return milliseconds since this process started (10 ms resolution); -1 where /proc is missing */
  static long millisSinceStart() {
    try {
      String st = Files.readString(Path.of("/proc/self/stat"));
      String[] f = st.substring(st.lastIndexOf(')') + 2).split(" ");
      double up = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
      return Math.round(up * 1000) - Long.parseLong(f[19]) * 10; // starttime (field 22) in 1/100 s since boot
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * @return {@code v} with {@code decimals} digits after the point, rounded half up: what {@code %.Nf} of
   *     {@link Locale#ROOT} writes, but where {@code v} times 10^N is within a rounding error of a tie
   */
  static String fixed(double v, int decimals) {
    long scale = decimals == 2 ? 100 : decimals == 3 ? 1000 : (long) Math.pow(10, decimals);
    long n = Math.round(Math.abs(v) * scale);
    StringBuilder frac = new StringBuilder(Long.toString(n % scale));
    while (frac.length() < decimals) {
      frac.insert(0, '0');
    }
    return (v < 0 && n != 0 ? "-" : "") + n / scale + "." + frac;
  }

  /** @return this process's peak resident set size (VmHWM), in KiB; -1 where /proc is missing */
  static long peakRssKb() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.substring("VmHWM:".length(), l.length() - " kB".length()).strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
