package io.github.itasdk.cli;


import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.UnreadableInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchProgress;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.uncertainty.Bootstrap;
import io.github.itasdk.core.uncertainty.BootstrapOptions;
import io.github.itasdk.core.uncertainty.Uncertainty;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.Cohort;
import io.github.itasdk.report.Comparison;
import io.github.itasdk.report.ReportOptions;
import io.github.itasdk.report.io.CohortCsv;
import io.github.itasdk.report.office.Docx;
import io.github.itasdk.report.office.Pdf;
import io.github.itasdk.report.render.Html;
import io.github.itasdk.report.render.Language;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ita} command. Every subcommand prints its help with {@code --help}; errors go to stderr
 * with every problem and a non-zero exit code (1 invalid input, 2 usage, 3 file not readable or writable,
 * 4 internal error).
 *
 * <pre>
 * ./ita score examples/thakub-sao-2566.json --rerate 2564
 * ./ita rubric 2566
 * ./ita sample-size 1234
 * </pre>
 */
public final class Main {
  static final int OK = 0;
  static final int INVALID = 1;
  static final int USAGE = 2;
  static final int IO = 3;
  static final int INTERNAL = 4;

  private final PrintStream out;
  private final PrintStream err;
  private final InputStream stdin;
  private final Map<String, Command> commands = new LinkedHashMap<>();
  /** The shipped rubrics plus this command line's {@code --rubric-file}s. */
  private RubricChoice rubrics = RubricChoice.shipped();

  interface Command {
    String usage();

    int run(Args args) throws IOException;
  }

  Main(PrintStream out, PrintStream err, InputStream stdin) {
    this.out = out;
    this.err = err;
    this.stdin = stdin;
    commands.put("score", new ScoreCommand());
    commands.put("report", new ReportCommand());
    commands.put("plan", new PlanCommand(this));
    commands.put("compare", new CompareCommand());
    commands.put("cohort", new CohortCommand());
    commands.put("batch", new BatchCommand());
    commands.put("oit", new OitCommand(this, out));
    commands.put("rubrics", new RubricsCommand());
    commands.put("rubric", new RubricCommand());
    commands.put("sample-size", new SampleSizeCommand());
    commands.put("jshell", new JshellCommand());
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param argv the arguments
   */
  public static void main(String[] argv) {
    // the command's logging binding, named: otherwise slf4j's service lookup opens every jar on the class path
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN"); // no "SLF4J(I): Attempting to load provider" line
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err, System.in).run(argv));
  }

  int run(String... commandLine) {
    String[] argv = verbose(commandLine);
    if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
      (argv.length == 0 ? err : out).print(help());
      return argv.length == 0 ? USAGE : OK;
    }
    Command c = commands.get(argv[0]);
    if (c == null) {
      err.println("ita: unknown command [" + argv[0] + "] (commands: " + String.join(", ", commands.keySet()) + ")");
      return USAGE;
    }
    try {
      Args args = new Args(java.util.Arrays.copyOfRange(argv, 1, argv.length));
      if (args.flag("--help") || args.flag("-h")) {
        out.print(c.usage());
        return OK;
      }
      rubrics = RubricChoice.of(args);
      int status = c.run(args);
      out.flush();
      if (out.checkError()) {
        err.println("ita " + argv[0] + ": could not write to standard output (closed or full)");
        return IO;
      }
      return status;
    } catch (UsageException e) {
      err.println("ita " + argv[0] + ": " + e.getMessage());
      err.print(c.usage());
      return USAGE;
    } catch (InvalidInputException e) {
      err.println("ita " + argv[0] + ": " + e.getMessage());
      return INVALID;
    } catch (NoSuchFileException e) {
      err.println("ita " + argv[0] + ": no such file: " + e.getFile());
      return IO;
    } catch (java.nio.file.AccessDeniedException e) {
      err.println("ita " + argv[0] + ": permission denied: " + e.getFile());
      return IO;
    } catch (IOException | UncheckedIOException e) {
      err.println("ita " + argv[0] + ": " + e.getMessage());
      return IO;
    } catch (UnreadableInputException e) {
      err.println("ita " + argv[0] + ": " + e.getMessage());
      return IO;
    } catch (ItaException e) {
      err.println("ita " + argv[0] + ": " + e.getMessage());
      return INVALID;
    } catch (IllegalArgumentException e) {
      err.println("ita " + argv[0] + ": " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      err.println("ita " + argv[0] + ": internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "); please report it with the command line");
      return INTERNAL;
    }
  }

  /**
   * Takes {@code --verbose} (anywhere on the line) out of the arguments and, when it was there, turns on the
   * SDK's DEBUG logging (slf4j-simple reads the property when the first logger is made).
   */
  static String[] verbose(String[] argv) {
    List<String> rest = new ArrayList<>(List.of(argv));
    if (rest.removeIf("--verbose"::equals)) {
      System.setProperty("org.slf4j.simpleLogger.log.io.github.itasdk", "debug");
    }
    return rest.toArray(String[]::new);
  }

  String help() {
    StringBuilder sb = new StringBuilder("""
        ita — score Thailand's Integrity and Transparency Assessment (ITA)

        Usage: ./ita [--verbose] <command> [options]   (./ita <command> --help for details)
        --verbose   log the SDK's phases, counts and timings on stderr (never respondent data)

        Commands:
        """);
    commands.forEach((name, c) -> sb.append("  ").append(c.usage().lines().findFirst().orElse(name)).append('\n'));
    sb.append("""

        Every command also takes --rubric-file FILE: a rubric of your own for a year the SDK does not ship
        (docs/rubric-format.md), validated like the shipped years; check one with ./ita rubric check FILE.
        """);
    return sb.toString();
  }

  // ------------------------------------------------------------------ score

  final class ScoreCommand implements Command {
    @Override
    public String usage() {
      return """
          score FILE... [--format text|json] [--rerate YEAR] [--ci]   score input JSON files (- for stdin)
            --format text   a readable table per file (default; md is accepted as the same)
            --format json   the score card as JSON (one document per file; several files → a JSON array);
                            with --rerate or --ci: {"card": …, "ratedUnder": [cards], "uncertainty": …}
            --rerate YEAR   also rate the card under that year's policy (e.g. 2564 for the letter grades)
            --ci            bootstrap intervals from the raw answers (none for published figures only)
            --level 0.95    interval level (with --ci)
            --resamples N   bootstrap resamples, default 10000 (with --ci)
            --seed N        bootstrap seed, default 1: the same seed gives the same numbers (with --ci)
          """;
    }

    @Override
    public int run(Args args) throws IOException {
      args.only("--format", "--rerate", "--ci", "--level", "--resamples", "--seed");
      String format = Formats.choose(args.option("--format", null), null, List.of(Formats.TEXT, "json"), Formats.TEXT);
      List<Rubric> rerate = new ArrayList<>();
      for (String y : args.options("--rerate")) {
        rerate.add(shippedYear(y, "--rerate"));
      }
      List<String> files = args.positionals();
      if (files.isEmpty()) {
        throw new UsageException("give at least one input file (or - for stdin)");
      }
      BootstrapOptions ci = bootstrapOptions(args);
      List<Object> cards = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int status = OK;
      for (String f : files) {
        try {
          AssessmentInput in = readInput(f);
          Rubric rubric = rubricOf(f, in);
          ScoreCard card = scored(f, rubric, in);
          Uncertainty u = ci == null ? null : Bootstrap.of(rubric).run(in, ci);
          List<ScoreCard> others = rerate.stream().map(r -> card.ratedUnder(r.ratingPolicy())).toList();
          if (format.equals("json")) {
            if (u == null && others.isEmpty()) {
              cards.add(card);
            } else {
              Map<String, Object> result = new LinkedHashMap<>();
              result.put("card", card);
              if (!others.isEmpty()) {
                result.put("ratedUnder", others);
              }
              if (u != null) {
                result.put("uncertainty", u);
              }
              cards.add(result);
            }
          } else {
            if (files.size() > 1) {
              text.append("== ").append(f).append('\n');
            }
            text.append(CardText.render(card, rubric, others)).append('\n');
            if (u != null) {
              text.append(CardText.render(u)).append('\n');
            }
          }
        } catch (InvalidInputException e) {
          err.println("ita score: " + e.getMessage());
          status = INVALID;
        }
      }
      if (status != OK) {
        return status; // never a partial result: nothing on stdout unless every file was scored
      }
      if (format.equals("json")) {
        out.println(ItaJson.write(files.size() == 1 ? cards.get(0) : cards));
      } else {
        out.print(text);
      }
      return status;
    }
  }

  // ------------------------------------------------------------------ report, compare, cohort

  final class ReportCommand implements Command {
    @Override
    public String usage() {
      return """
          report FILE [--format text|html|pdf|docx|json] [-o OUT] [--threshold N] [--ci]   the analysis report of one input
            --format text   Markdown (default; md is the same); html: a standalone page with the chart, prints on A4;
                            pdf: that page printed by headless Chromium; docx: an editable Word document;
                            json: the report model. Without --format, the name of -o picks it (.md .html .pdf .docx .json)
            -o OUT          write to OUT instead of standard output (pdf and docx need it)
            --chromium PATH the Chromium or Chrome that prints the PDF (default: $ITA_CHROMIUM, else chromium on PATH)
            --threshold N   the score an indicator must reach (default: the rubric's target score, 85;
                            DIW's report uses 95)
            --ci            add the uncertainty section (bootstrap; --level, --resamples, --seed as for score)
            --plan PLAN     the agency's plan document (measures, limitations, sign-off; see ./ita plan --help)
            --previous IN   last year's input: the change of the total and the follow-up of last year's measures
            --previous-plan last year's plan document (its measures are listed in the follow-up)
            --lang th       th (default: Thai only), en, or th+en (both side by side)
            --oit-check     add the OIT self-check's findings as a section (see: oit check)
          """;
    }

    @Override
    public int run(Args args) throws IOException {
      args.only("--format", "-o", "--threshold", "--ci", "--level", "--resamples", "--seed", "--plan", "--previous",
          "--previous-plan", "--lang", "--oit-check", "--chromium");
      List<String> pos = args.positionals();
      if (pos.size() != 1) {
        throw new UsageException("give one input file (or - for stdin)");
      }
      String outFile = args.option("-o", null);
      String format = Formats.choose(args.option("--format", null), outFile,
          List.of(Formats.TEXT, "html", "pdf", "docx", "json"), Formats.TEXT);
      if ((format.equals("pdf") || format.equals("docx")) && outFile == null) {
        throw new UsageException("--format " + format + " writes a file: give -o FILE." + format);
      }
      // find Chromium before any work: without it the command says how to install it and writes nothing
      Pdf printer = !format.equals("pdf") ? null : args.option("--chromium", null) != null
          ? Pdf.withChromium(Path.of(args.option("--chromium", null))) : Pdf.find();
      String thresholdText = args.option("--threshold", null);
      BigDecimal threshold = thresholdText == null ? null : Args.score(thresholdText, "--threshold");
      AssessmentInput in = readInput(pos.get(0));
      Rubric rubric = rubricOf(pos.get(0), in);
      ScoreCard card = scored(pos.get(0), rubric, in);
      ReportOptions.Builder options = ReportOptions.builder().threshold(java.util.Optional.ofNullable(threshold));
      BootstrapOptions ci = bootstrapOptions(args);
      if (ci != null) {
        options.uncertainty(Bootstrap.of(rubric).run(in, ci));
      }
      if (args.flag("--oit-check")) {
        options.addExtraSections(OitCommand.section(pos.get(0), rubric, in, threshold));
      }
      PlanCommand plans = new PlanCommand(Main.this);
      plans.applyReportOptions(args, options);
      AnalysisReport report = AnalysisReport.of(card, rubric, options.build());
      Language lang = PlanCommand.language(args);
      switch (format) {
        case "pdf" -> emitFile(outFile, printer.printHtml(Html.render(report, lang)));
        case "docx" -> emitFile(outFile, Docx.render(report, lang));
        case "html" -> emit(args, Html.render(report, lang));
        case "json" -> emit(args, ItaJson.write(report));
        default -> emit(args, Markdown.render(report, lang));
      }
      return OK;
    }
  }

  final class CompareCommand implements Command {
    @Override
    public String usage() {
      return """
          compare FIRST SECOND [--format text|json] [-o OUT] [--lang th]  compare two inputs of one agency (any years)
            --lang th       th (default: Thai only), en, or th+en (both side by side); not for json
          """;
    }

    @Override
    public int run(Args args) throws IOException {
      args.only("--format", "-o", "--lang");
      Language lang = PlanCommand.language(args);
      List<String> pos = args.positionals();
      if (pos.size() != 2) {
        throw new UsageException("give two input files");
      }
      AssessmentInput a = readInput(pos.get(0));
      AssessmentInput b = readInput(pos.get(1));
      Rubric ra = rubricOf(pos.get(0), a);
      Rubric rb = rubricOf(pos.get(1), b);
      Comparison c = Comparison.of(scored(pos.get(0), ra, a), ra, scored(pos.get(1), rb, b), rb);
      String format = Formats.choose(args.option("--format", null), args.option("-o", null),
          List.of(Formats.TEXT, "json"), Formats.TEXT);
      emit(args, format.equals("json") ? ItaJson.write(c) : Markdown.render(c, lang));
      return OK;
    }
  }

  final class CohortCommand implements Command {
    @Override
    public String usage() {
      return """
          cohort CSV [--target N] [--format text|json] [-o OUT] [--lang th]   statistics of published indicator scores
            CSV             header agency,fiscalYear,ind1,…,ind10[,rating] (see docs/report-model.md)
            --target N      the share of agencies (%) that should reach the target score (default: the
                            national target of the newest year in the CSV, from its rubric; FY2566: 100)
            --lang th       th (default: Thai only), en, or th+en (both side by side); not for json
          """;
    }

    @Override
    public int run(Args args) throws IOException {
      args.only("--target", "--format", "-o", "--lang");
      Language lang = PlanCommand.language(args);
      List<String> pos = args.positionals();
      if (pos.size() != 1) {
        throw new UsageException("give one CSV file");
      }
      String targetText = args.option("--target", null);
      BigDecimal target = targetText == null ? null : Args.score(targetText, "--target");
      Cohort cohort;
      try (var reader = pos.get(0).equals("-") ? new java.io.BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
          : Files.newBufferedReader(inputFile(pos.get(0)), StandardCharsets.UTF_8)) {
        cohort = target == null ? CohortCsv.read(reader, rubrics.all()) : CohortCsv.read(reader, rubrics.all(), target);
      } catch (InvalidInputException e) {
        throw inFile(pos.get(0), e);
      }
      String format = Formats.choose(args.option("--format", null), args.option("-o", null),
          List.of(Formats.TEXT, "json"), Formats.TEXT);
      emit(args, format.equals("json") ? ItaJson.write(cohort) : Markdown.render(cohort, lang));
      return OK;
    }
  }

  final class BatchCommand implements Command {
    @Override
    public String usage() {
      return """
          batch RESPONSES.csv [OIT.csv] --rubric YEAR [-o cards.jsonl] [--summary]   score every agency of a national export
            RESPONSES.csv   the wide CSV, one row per respondent (docs/batch.md)
            OIT.csv         agency,item,value with value 0-100, yes/no or excluded:<reason>
            --rubric YEAR   the rubric year of the export (B.E. or C.E.)
            -o FILE         write the score cards as JSON lines (one card per line); without -o they go to
                            standard output, unless --summary is given alone
            --summary       print the cohort summary (Markdown) at the end
            --lang th       with --summary: th (default: Thai only), en, or th+en (both side by side)
            --threads N     threads (default: the machine's cores)
            --target N      with --summary: the share of agencies (%) that should reach the target score
                            (default: the rubric's national target; FY2566: 100)
          A progress line (rows/s, agencies done) goes to stderr.
          """;
    }

    @Override
    public int run(Args args) throws IOException {
      args.only("--rubric", "-o", "--summary", "--threads", "--target", "--lang");
      Language lang = PlanCommand.language(args);
      List<String> pos = args.positionals();
      if (pos.isEmpty() || pos.size() > 2) {
        throw new UsageException("give the responses CSV and, optionally, the OIT CSV");
      }
      String year = args.option("--rubric", null);
      if (year == null && rubrics.files().size() == 1) {
        year = Integer.toString(rubrics.files().get(0).fiscalYear());
      }
      if (year == null) {
        throw new UsageException("--rubric YEAR is required (e.g. --rubric 2566)");
      }
      Rubric rubric = shippedYear(year, "--rubric");
      boolean summary = args.flag("--summary");
      String targetText = args.option("--target", null);
      BigDecimal target = targetText == null ? rubric.ratingPolicy().targetShare().percent()
          : Args.score(targetText, "--target");
      String outFile = args.option("-o", null);
      Path responsesFile = inputFile(pos.get(0));
      Path oitFile = pos.size() == 2 ? inputFile(pos.get(1)) : null;
      BatchOptions.Builder options = BatchOptions.builder()
          .responsesName(Path.of(pos.get(0)).getFileName().toString())
          .onProgress(new ProgressLine(err));
      if (pos.size() == 2) {
        options.oitName(Path.of(pos.get(1)).getFileName().toString());
      }
      String threads = args.option("--threads", null);
      if (threads != null) {
        options.threads(Args.integer(threads, "--threads"));
      }
      List<ScoreCard> kept = new ArrayList<>();
      BatchOptions batchOptions = options.build();
      io.github.itasdk.core.batch.BatchSummary[] result = {null};
      Output.Body run = sink -> {
        PrintStream cards = sink == null ? null : new PrintStream(sink, false, StandardCharsets.UTF_8);
        try (InputStream responses = new java.io.BufferedInputStream(Files.newInputStream(responsesFile), 1 << 16);
             InputStream oit = oitFile == null ? null : new java.io.BufferedInputStream(Files.newInputStream(oitFile), 1 << 16)) {
          result[0] = BatchScorer.of(rubric).score(responses, oit, card -> {
            if (cards != null) {
              cards.println(ItaJson.writeLine(card));
            }
            if (summary) {
              // the summary needs tools and indicators only: drop question figures to keep memory small
              kept.add(card.withoutDetail());
            }
          }, batchOptions);
        }
        if (cards != null) {
          cards.flush();
          if (cards.checkError()) {
            throw new IOException("could not write every card" + (outFile == null ? "" : " to " + outFile));
          }
        }
      };
      if (outFile != null) {
        Output.write(Path.of(outFile), run); // cards land in the file only when every agency was scored
      } else {
        run.writeTo(summary ? null : out);
      }
      err.printf("%nita batch: %d agencies scored from %d rows (%d answers)%s%n", result[0].cards(), result[0].rows(),
          result[0].answers(), outFile == null ? "" : "; cards in " + outFile);
      if (summary) {
        out.print(kept.isEmpty() ? lang.pick(io.github.itasdk.core.Label.of("ไม่มีหน่วยงานในไฟล์", "No agencies in the input")) + "\n"
            : Markdown.render(Cohort.of(kept, rubrics.all(), target), lang));
      }
      return OK;
    }
  }

  /** Prints rows/s and agencies done on one stderr line, at most every half second. */
  static final class ProgressLine implements java.util.function.Consumer<BatchProgress> {
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long last;

    ProgressLine(PrintStream err) {
      this.err = err;
    }

    @Override
    public synchronized void accept(BatchProgress p) {
      long now = System.nanoTime();
      if (now - last < 500_000_000L && p.agenciesScored() < p.agencies()) {
        return;
      }
      last = now;
      double s = Math.max(1e-9, (now - start) / 1e9);
      err.printf("\rita batch: %,d rows (%,.0f rows/s), %,d MB read, %d/%d agencies scored   ", p.rows(), p.rows() / s,
          p.bytesRead() >> 20, p.agenciesScored(), p.agencies());
    }
  }

  /** A shipped year given on the command line; any other is a usage error (exit 2). */
  Rubric shippedYear(String text, String what) {
    int year = Args.integer(text, what);
    try {
      return rubrics.forFiscalYear(year); // shipped, or from --rubric-file
    } catch (ItaException e) {
      throw new UsageException(what + ": " + e.getMessage());
    }
  }

  /** The bootstrap settings of --ci [--level] [--resamples] [--seed], or null without --ci. */
  static BootstrapOptions bootstrapOptions(Args args) {
    if (!args.flag("--ci")) {
      return null;
    }
    try {
      return BootstrapOptions.builder()
          .level(Args.decimal(args.option("--level", "0.95"), "--level"))
          .resamples(Args.integer(args.option("--resamples", "10000"), "--resamples"))
          .seed(Args.integer(args.option("--seed", "1"), "--seed")).build();
    } catch (ItaException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Writes a binary file (PDF, Word) all or nothing, through {@link Output}. */
  private void emitFile(String file, byte[] bytes) throws IOException {
    Output.write(Path.of(file), o -> o.write(bytes));
    err.println("ita: wrote " + file);
  }

  void emit(Args args, String text) throws IOException {
    String file = args.option("-o", null);
    if (file == null) {
      out.print(text);
      if (!text.endsWith("\n")) {
        out.println();
      }
    } else {
      Output.write(Path.of(file), text);
      err.println("ita: wrote " + file);
    }
  }

  /** Reads an input file (or - for stdin); every problem's location starts with the file's name. */
  AssessmentInput readInput(String file) throws IOException {
    List<String> unknown = new ArrayList<>();
    java.util.function.Function<String, java.util.Optional<Rubric>> lookup = id -> {
      var found = rubrics.find(id);
      if (found.isEmpty()) {
        unknown.add(id);
      }
      return found;
    };
    try {
      if (file.equals("-")) {
        return ItaJson.readInput(stdin, lookup);
      }
      try (InputStream in = Files.newInputStream(inputFile(file))) {
        return ItaJson.readInput(in, lookup);
      }
    } catch (InvalidInputException e) {
      if (!unknown.isEmpty()) { // without its rubric nothing else can be checked: say only that
        throw inFile(file, new InvalidInputException(List.of(new Problem("$.rubric", rubrics.noRubric(unknown.get(0))))));
      }
      throw inFile(file, e);
    }
  }

  /** @return the path of an input file @throws IOException (exit 3) when it is a directory */
  static Path inputFile(String file) throws IOException {
    Path p = Path.of(file);
    if (Files.isDirectory(p)) {
      throw new IOException(file + " is a directory: give the path of an input file");
    }
    return p;
  }

  static InvalidInputException inFile(String file, InvalidInputException e) {
    String name = file.equals("-") ? "stdin" : file;
    return new InvalidInputException(e.problems().stream()
        .map(p -> new Problem(name + ": " + p.location(), p.message())).toList());
  }

  /** The rubric the input names (shipped or from --rubric-file); an unknown one is an input error at $.rubric. */
  Rubric rubricOf(String file, AssessmentInput in) {
    try {
      return rubrics.forId(in.rubric());
    } catch (ItaException e) {
      throw inFile(file, new InvalidInputException(List.of(new Problem("$.rubric", rubrics.noRubric(in.rubric())))));
    }
  }

  static ScoreCard scored(String file, Rubric rubric, AssessmentInput in) {
    try {
      return ScoringEngine.of(rubric).score(in);
    } catch (InvalidInputException e) {
      throw inFile(file, e);
    }
  }

  // ------------------------------------------------------------------ rubrics

  final class RubricsCommand implements Command {
    @Override
    public String usage() {
      return "rubrics                                          the shipped rubric years and what is provisional\n";
    }

    @Override
    public int run(Args args) {
      args.only();
      args.noPositionals();
      for (Rubric r : rubrics.all()) {
        out.printf("%s  FY%d (%d)  %s%n", r.id(), r.fiscalYear(), r.fiscalYearCE(), r.title().en());
        out.printf("    tools %s; weights %s; rating %s%s%n", toolsLine(r), r.weighting().weights(),
            r.ratingPolicy().id(), r.ratingPolicy().provenance().isProvisional() ? " (provisional)" : "");
        out.printf("    provisional: %d of %d questions/items%s%n", r.provisionalQuestions().size(),
            r.questionsById().size(), r.weighting().provenance().isProvisional() ? "; weights inferred" : "");
      }
      return OK;
    }
  }

  static String toolsLine(Rubric r) {
    List<String> parts = new ArrayList<>();
    for (Tool t : r.tools()) {
      int n = t.indicators().stream().mapToInt(i -> i.allQuestions().size()).sum();
      parts.add(t.tool() + (t.hasParts() ? "×" + t.parts().size() + " parts" : "") + " " + n);
    }
    return String.join(", ", parts);
  }

  final class RubricCommand implements Command {
    @Override
    public String usage() {
      return """
          rubric YEAR [--format text|json] · rubric check FILE...   one rubric's structure · check rubric files
            YEAR            B.E. or C.E.; a shipped year, or one from --rubric-file FILE
            --format json   the whole rubric as JSON, as the SDK reads it
            check FILE...   validate rubric files (docs/rubric-format.md) as the shipped years are validated:
                            every problem with its path; exit 1 when a file is not valid
          """;
    }

    @Override
    public int run(Args args) throws IOException {
      args.only("--format");
      List<String> pos = args.positionals();
      if (!pos.isEmpty() && pos.get(0).equals("check")) {
        return RubricCheck.run(pos.subList(1, pos.size()), out, err);
      }
      if (pos.size() != 1) {
        throw new UsageException("give one year, e.g. 2566");
      }
      Rubric r = shippedYear(pos.get(0), "YEAR");
      if (args.option("--format", "text").equals("json")) {
        out.println(ItaJson.write(r));
        return OK;
      }
      out.printf("%s — %s%n%s%n", r.id(), r.title().th(), r.title().en());
      out.printf("Weights: %s (%s)%n", r.weighting().weights(), r.weighting().provenance().status());
      out.printf("Rating: %s%n", r.ratingPolicy().bands());
      for (Tool t : r.tools()) {
        out.printf("%n%s %s%s%n", t.tool(), t.label(), t.hasParts() ? " parts " + t.parts() : "");
        for (Indicator ind : t.indicators()) {
          out.printf("  %d %s%n", ind.number(), ind.name());
          for (Question q : ind.questions()) {
            out.printf("    %s%n", q);
          }
          for (Group g : ind.groups()) {
            out.printf("    %s %s (weight %s)%n", g.id(), g.name(), g.weight().toPlainString());
            for (Question q : g.items()) {
              out.printf("      %s%n", q);
            }
          }
        }
      }
      if (!r.themes().isEmpty()) {
        out.printf("%nAnalysis themes:%n");
        r.themes().forEach(t -> out.printf("  %s%n", t));
      }
      return OK;
    }
  }

  final class SampleSizeCommand implements Command {
    @Override
    public String usage() {
      return """
          sample-size N [--rubric YEAR]                    minimum respondents for a stakeholder group of N
          """;
    }

    @Override
    public int run(Args args) {
      args.only("--rubric");
      List<String> pos = args.positionals();
      if (pos.size() != 1) {
        throw new UsageException("give the group size N, e.g. 1234");
      }
      int n = Args.integer(pos.get(0), "N");
      if (n < 0) {
        throw new UsageException("N must be 0 or more, got [" + n + "]");
      }
      String year = args.option("--rubric", null);
      Rubric r = year == null ? Rubrics.latest() : shippedYear(year, "--rubric");
      out.printf("%d (minimum sample for a group of %d under %s; %s)%n", r.sampleRule().minimumSample(n), n, r.id(),
          r.sampleRule().provenance().isProvisional() ? "FY2564 rule applied as the default" : "manual §4.2/§5.2");
      return OK;
    }
  }

  // ------------------------------------------------------------------ jshell

  final class JshellCommand implements Command {
    @Override
    public String usage() {
      return """
          jshell [SCRIPT.jsh...]                           jshell with the SDK on the class path, packages imported
            A script (or a session on standard input) in which a snippet throws or does not compile exits 1.
          """;
    }

    @Override
    public int run(Args args) throws IOException {
      args.only();
      if (!args.options(RubricChoice.OPTION).isEmpty()) {
        throw new UsageException(RubricChoice.OPTION + ": in jshell, load it with Rubrics.load(Path.of(\"FILE\"))");
      }
      List<String> cmd = jshellCommand(args.positionals());
      try {
        boolean interactive = args.positionals().isEmpty() && stdin == System.in && System.console() != null;
        return JshellRun.run(cmd, interactive, stdin, out, err);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return INVALID;
      }
    }
  }

  /** The jshell command line: the SDK's class path, its packages imported, then the scripts. */
  static List<String> jshellCommand(List<String> scripts) throws IOException {
    Path imports = Files.createTempFile("ita-imports", ".jsh");
    try (InputStream in = Main.class.getResourceAsStream("imports.jsh")) {
      Files.write(imports, in.readAllBytes());
    }
    imports.toFile().deleteOnExit();
    List<String> cmd = new ArrayList<>(List.of(jshellExecutable(), "-J-Dfile.encoding=UTF-8", "-R-Dfile.encoding=UTF-8",
        "--class-path", System.getProperty("java.class.path"), "--startup", "DEFAULT", "--startup", imports.toString()));
    cmd.addAll(scripts);
    return cmd;
  }

  static String jshellExecutable() {
    Path home = Path.of(System.getProperty("java.home"), "bin", "jshell");
    return Files.isExecutable(home) ? home.toString() : "jshell";
  }

  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
