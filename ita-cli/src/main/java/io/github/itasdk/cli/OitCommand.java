package io.github.itasdk.cli;

import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.oit.OitCheck;
import io.github.itasdk.core.oit.OitSelfCheck;
import io.github.itasdk.core.oit.WebAddress;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.oit.OitReview;
import io.github.itasdk.report.oit.OitReviewText;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** {@code ita oit check}: the OIT self-check of one input, optionally resolving its URLs. */
final class OitCommand implements Main.Command {
  private final Main main;
  private final PrintStream out;

  OitCommand(Main main, PrintStream out) {
    this.main = main;
    this.out = out;
  }

  @Override
  public String usage() {
    return """
        oit check FILE [--lang th|en] [--format text|json] [--check-links]   what an assessor would object to in the OIT answers
          --lang th         Thai (default); en: English
          --format text     readable text (default); json: the review (findings, scores, fix order, plans)
          --threshold N     the threshold the plans aim at besides the rating levels (default: the
                            rubric's target score, 85)
          --check-links     also request each URL (off by default): reachable, redirected off the main
                            website, 404, timeout, TLS error …
          --timeout S       seconds per request (default 10, with --check-links)
          --concurrency N   requests at a time (default 4, with --check-links)
        """;
  }

  @Override
  public int run(Args args) throws IOException {
    args.only("--lang", "--format", "--threshold", "--check-links", "--timeout", "--concurrency");
    List<String> pos = args.positionals();
    if (pos.size() != 2 || !pos.get(0).equals("check")) {
      throw new Main.UsageException("give: oit check FILE");
    }
    String file = pos.get(1);
    String lang = args.option("--lang", "th");
    if (!lang.equals("th") && !lang.equals("en")) {
      throw new Main.UsageException("unknown language [" + lang + "] (valid: th, en)");
    }
    String format = args.option("--format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new Main.UsageException("unknown format [" + format + "] (valid: text, json)");
    }
    String thresholdText = args.option("--threshold", null);
    BigDecimal given = thresholdText == null ? null : Args.score(thresholdText, "--threshold");
    boolean links = args.flag("--check-links");
    int timeout = whole(args.option("--timeout", "10"), "--timeout");
    int concurrency = whole(args.option("--concurrency", "4"), "--concurrency");
    AssessmentInput in = main.readInput(file);
    Rubric rubric = main.rubricOf(file, in);
    OitCheck check;
    try {
      check = OitSelfCheck.of(rubric).check(in);
    } catch (io.github.itasdk.core.InvalidInputException e) {
      throw Main.inFile(file, e);
    }
    BigDecimal threshold = given != null ? given : rubric.ratingPolicy().target();
    OitReview review = OitReview.of(check, rubric, threshold);
    List<LinkChecker.Result> results = List.of();
    if (links) {
      List<String> urls = in.oit().stream().flatMap(a -> a.evidence().stream()).flatMap(e -> e.urls().stream()).toList();
      results = LinkChecker.of(Duration.ofSeconds(timeout), concurrency, 5)
          .check(urls, in.agency().flatMap(Agency::website).map(WebAddress::of));
    }
    if (format.equals("json")) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("review", review);
      if (links) {
        doc.put("links", results);
        doc.put("linkSummary", LinkChecker.summary(results));
      }
      out.println(ItaJson.write(doc));
    } else {
      out.print(OitReviewText.render(review, rubric, lang.equals("th") ? OitReviewText.Language.THAI
          : OitReviewText.Language.ENGLISH));
      if (links) {
        out.print(linkText(results, lang));
      }
    }
    return Main.OK;
  }

  /** The self-check of an input as a section of its analysis report. */
  static io.github.itasdk.report.ExtraSection section(String file, Rubric rubric, AssessmentInput in, BigDecimal threshold) {
    OitCheck check;
    try {
      check = OitSelfCheck.of(rubric).check(in);
    } catch (io.github.itasdk.core.InvalidInputException e) {
      throw Main.inFile(file, e);
    }
    return OitReviewText.section(OitReview.of(check, rubric, threshold != null ? threshold : rubric.ratingPolicy().target()),
        rubric);
  }

  private static int whole(String text, String option) {
    try {
      int v = Integer.parseInt(text.strip());
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new Main.UsageException(option + " must be a whole number 1 or more, got [" + text + "]");
  }

  static String linkText(List<LinkChecker.Result> results, String lang) {
    ResourceBundle b = ResourceBundle.getBundle("io.github.itasdk.cli.LinkCheck",
        lang.equals("th") ? Locale.forLanguageTag("th") : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    StringBuilder sb = new StringBuilder("\n").append(f(b, "title", Integer.toString(results.size()))).append('\n');
    LinkChecker.summary(results).forEach((o, n) -> {
      if (n > 0) {
        sb.append("  ").append(f(b, "count", b.getString(o.name()), Integer.toString(n))).append('\n');
      }
    });
    for (LinkChecker.Result r : results) {
      if (r.outcome() != LinkChecker.Outcome.REACHABLE) {
        String extra = (r.status() == 0 ? "" : f(b, "status", Integer.toString(r.status())))
            + (r.redirects().isEmpty() ? "" : f(b, "via", String.join(" → ", r.redirects())));
        sb.append("  ").append(f(b, "line", r.url(), b.getString(r.outcome().name()), extra)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String f(ResourceBundle b, String key, Object... args) {
    return new MessageFormat(b.getString(key), Locale.ROOT).format(args);
  }

  @Override
  public String toString() {
    return "oit";
  }
}
