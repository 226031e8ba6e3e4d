package io.github.itasdk.bench;

import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.SubItem;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.rubrics.Rubrics;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a made-up national dataset for a rubric: at scale 1, 8,300 agencies with 1.0 M IIT and 1.5 M
 * EIT respondents (sizes drawn per agency from a skewed distribution, every survey answered at least
 * once), answers drawn around an agency-level integrity score with per-question difficulty and
 * respondent leniency, and one OIT row per agency and item. Deterministic for a seed.
 *
 * <pre>
 * java -cp ... io.github.itasdk.bench.Generator --rubric 2566 --scale 1 --seed 2566 --out bench/data
 * </pre>
 */
public final class Generator {
  static final int AGENCIES = 8_300;
  static final int IIT = 1_000_000;
  static final int EIT = 1_500_000;

  /** What was written. */
  public record Written(int agencies, long iitRows, long eitRows, long answers, long oitRows) {}

  private final Rubric rubric;
  private final SplittableRandom random;
  private final double scale;

  private Generator(Rubric rubric, double scale, long seed) {
    this.rubric = rubric;
    this.scale = scale;
    this.random = new SplittableRandom(seed);
  }

  /** One answer column: where its question sits in the tool, its levels and polarity. */
  private record Col(ToolKind tool, int question, int levels, boolean negative) {}

  public static void main(String[] args) throws IOException {
    int year = 2566;
    double scale = 1;
    long seed = 2566;
    Path out = Path.of("bench", "data");
    boolean ifMissing = false;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rubric" -> year = Integer.parseInt(args[i + 1]);
        case "--scale" -> scale = Double.parseDouble(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        case "--if-missing" -> ifMissing = Boolean.parseBoolean(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + " (valid: --rubric YEAR --scale X --seed N --out DIR --if-missing true)");
      }
    }
    Files.createDirectories(out);
    Path responses = out.resolve(fileName("responses", year, scale, seed));
    Path oit = out.resolve(fileName("oit", year, scale, seed));
    if (ifMissing && Files.exists(responses) && Files.exists(oit)) {
      System.out.println(responses);
      System.out.println(oit);
      return;
    }
    long t0 = System.nanoTime();
    Written w;
    try (OutputStream r = new BufferedOutputStream(Files.newOutputStream(responses), 1 << 20);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(oit), 1 << 20)) {
      w = write(Rubrics.forFiscalYear(year), scale, seed, r, o);
    }
    System.err.printf("wrote %s (%,d bytes) and %s in %.1f s: %s%n", responses, Files.size(responses), oit,
        (System.nanoTime() - t0) / 1e9, w);
    System.out.println(responses);
    System.out.println(oit);
  }

  static String fileName(String what, int year, double scale, long seed) {
    return what + "-" + year + "-scale" + (scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale))
        + "-seed" + seed + ".csv";
  }

  /**
   * @param rubric the rubric
   * @param scale 1 for the national size; 0.001 gives 8 agencies and 2,500 respondents
   * @param seed the seed
   * @param responses receives the wide responses CSV
   * @param oit receives the OIT CSV
   * @return what was written
   */
  public static Written write(Rubric rubric, double scale, long seed, OutputStream responses, OutputStream oit)
      throws IOException {
    return new Generator(rubric, scale, seed).run(responses, oit);
  }

  private Written run(OutputStream responses, OutputStream oit) throws IOException {
    int agencies = Math.max(1, (int) Math.round(AGENCIES * scale));
    long[] iit = sizes(agencies, Math.round(IIT * scale));
    long[] eit = sizes(agencies, Math.round(EIT * scale));
    BatchScorer scorer = BatchScorer.of(rubric);
    List<String> header = scorer.header();
    boolean parts = header.get(2).equals("part");
    int fixed = parts ? 4 : 3;
    List<Col> cols = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    for (String c : header.subList(fixed, header.size())) {
      int dot = c.indexOf('.');
      Question q = rubric.question(dot < 0 ? c : c.substring(0, dot));
      SubItem s = q.subItems().get(dot < 0 ? 0 : Integer.parseInt(c.substring(dot + 1)) - 1);
      AnswerScale scale = rubric.findScale(q.scale().orElseThrow()).orElseThrow();
      int qi = questions.indexOf(q);
      if (qi < 0) {
        qi = questions.size();
        questions.add(q);
      }
      cols.add(new Col(rubric.toolOf(q.id()).orElseThrow(), qi, scale.size(), s.polarity() == Polarity.NEGATIVE));
    }
    double[] difficulty = new double[questions.size()];
    for (int i = 0; i < difficulty.length; i++) {
      difficulty[i] = (random.nextDouble() - 0.5) * 0.2;
    }
    Row row = new Row(responses);
    row.ascii(String.join(",", header));
    row.end();
    long iitRows = 0;
    long eitRows = 0;
    long answers = 0;
    int iitCols = (int) cols.stream().filter(c -> c.tool() == ToolKind.IIT).count();
    int eitCols = cols.size() - iitCols;
    Tool eitTool = rubric.tool(ToolKind.EIT);
    long serial = 0;
    for (int a = 0; a < agencies; a++) {
      String id = String.format("AG%05d", a + 1);
      double integrity = 0.55 + 0.43 * Math.sqrt(random.nextDouble());
      for (long r = 0; r < iit[a]; r++) {
        respondent(row, id, "IIT", "", "i" + serial++, cols, ToolKind.IIT, integrity, difficulty, parts);
      }
      iitRows += iit[a];
      long pub = eitTool.hasParts() ? Math.max(1, Math.min(eit[a] - 1, Math.round(eit[a] * (0.4 + 0.3 * random.nextDouble()))))
          : eit[a];
      for (long r = 0; r < eit[a]; r++) {
        String part = !eitTool.hasParts() ? "" : r < pub ? Part.PUBLIC.name() : Part.SURVEY.name();
        respondent(row, id, "EIT", part, "e" + serial++, cols, ToolKind.EIT, integrity, difficulty, parts);
      }
      eitRows += eit[a];
      answers += iit[a] * iitCols + eit[a] * eitCols;
    }
    row.flush();
    long oitRows = oit(oit, agencies);
    return new Written(agencies, iitRows, eitRows, answers, oitRows);
  }

  /** Respondents per agency: skewed sizes adding up to about {@code total}, every agency at least 2. */
  private long[] sizes(int agencies, long total) {
    double[] w = new double[agencies];
    double sum = 0;
    for (int i = 0; i < agencies; i++) {
      double u = random.nextDouble();
      w[i] = Math.exp(1.1 * Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * random.nextDouble()));
      sum += w[i];
    }
    long[] n = new long[agencies];
    for (int i = 0; i < agencies; i++) {
      n[i] = Math.max(2, Math.round(total * w[i] / sum));
    }
    return n;
  }

  private void respondent(Row row, String agency, String tool, String part, String id, List<Col> cols, ToolKind kind,
      double integrity, double[] difficulty, boolean parts) throws IOException {
    row.ascii(agency);
    row.comma();
    row.ascii(tool);
    row.comma();
    if (parts) {
      row.ascii(part);
      row.comma();
    }
    row.ascii(id);
    double leniency = (random.nextDouble() - 0.5) * 0.3;
    for (Col c : cols) {
      row.comma();
      if (c.tool() != kind) {
        continue;
      }
      double x = integrity + leniency + difficulty[c.question()] + (random.nextDouble() - 0.5) * 0.5;
      int level = 1 + (int) Math.round(Math.max(0, Math.min(1, x)) * (c.levels() - 1));
      row.digit(c.negative() ? c.levels() + 1 - level : level);
    }
    row.end();
  }

  private long oit(OutputStream out, int agencies) throws IOException {
    Row row = new Row(out);
    row.ascii("agency,item,value");
    row.end();
    long n = 0;
    for (int a = 0; a < agencies; a++) {
      String id = String.format("AG%05d", a + 1);
      double quality = 0.5 + 0.5 * Math.sqrt(random.nextDouble());
      for (Group g : rubric.groups()) {
        boolean excludedOne = false;
        for (Question item : g.items()) {
          row.ascii(id);
          row.comma();
          row.ascii(item.id());
          row.comma();
          double u = random.nextDouble();
          if (!excludedOne && g.items().size() > 1 && rubric.mayExclude(item.id()) && u < 0.003) {
            excludedOne = true;
            row.utf8("\"excluded:มติคณะรัฐมนตรี งดจัดกิจกรรม\"");
          } else if (u < 0.1) {
            row.ascii(Integer.toString(random.nextInt(101)));
          } else {
            row.ascii(random.nextDouble() < quality ? "yes" : "no");
          }
          row.end();
          n++;
        }
      }
    }
    row.flush();
    return n;
  }

  /** A byte buffer for one line at a time, written through to the stream. */
  private static final class Row {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int len;

    Row(OutputStream out) {
      this.out = out;
    }

    void ascii(String s) throws IOException {
      room(s.length());
      for (int i = 0; i < s.length(); i++) {
        buf[len++] = (byte) s.charAt(i);
      }
    }

    void utf8(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      room(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
    }

    void comma() throws IOException {
      room(1);
      buf[len++] = ',';
    }

    void digit(int d) throws IOException {
      room(1);
      buf[len++] = (byte) ('0' + d);
    }

    void end() throws IOException {
      room(1);
      buf[len++] = '\n';
    }

    private void room(int n) throws IOException {
      if (len + n > buf.length) {
        flush();
      }
    }

    void flush() throws IOException {
      out.write(buf, 0, len);
      len = 0;
      out.flush();
    }
  }
}
