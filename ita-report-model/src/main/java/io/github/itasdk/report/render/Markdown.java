package io.github.itasdk.report.render;

import static io.github.itasdk.report.render.Text.md;
import static io.github.itasdk.report.render.Text.num;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.core.uncertainty.RatingChance;
import io.github.itasdk.core.uncertainty.SamplePlan;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.CloseCall;
import io.github.itasdk.report.Cohort;
import io.github.itasdk.report.CohortUncertainty;
import io.github.itasdk.report.ComparedCard;
import io.github.itasdk.report.Comparison;
import io.github.itasdk.report.DeltaRow;
import io.github.itasdk.report.IndicatorStats;
import io.github.itasdk.report.PolicyDifference;
import io.github.itasdk.report.RatingCount;
import io.github.itasdk.report.Stats;
import io.github.itasdk.report.internal.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders reports as Markdown (CommonMark with GitHub tables). The analysis report is in Thai only unless
 * another {@link Language} is asked for, and so are comparisons and cohorts.
 * Every piece of caller and rubric text is escaped, so an agency name cannot inject Markdown or HTML.
 *
 * <pre>{@code
 * String md = Markdown.render(AnalysisReport.of(card, rubric));
 * }</pre>
 */
public final class Markdown {
  /** How many of the largest question gains the report lists (the JSON has them all). */
  public static final int TOP_GAINS = 10;

  private final StringBuilder out = new StringBuilder(8192);
  private final Language lang;

  private Markdown(Language lang) {
    this.lang = lang;
  }

  /**
   * @param report the report
   * @return its Markdown, in Thai
   */
  public static String render(AnalysisReport report) {
    return render(report, Language.TH);
  }

  /**
   * @param report the report
   * @param language Thai only, English only, or both side by side
   * @return its Markdown
   */
  public static String render(AnalysisReport report, Language language) {
    Markdown m = new Markdown(language);
    m.report(report, language);
    return m.out.toString();
  }

  /**
   * @param report the report
   * @param out where to write its Markdown
   * @throws java.io.UncheckedIOException when the appendable fails
   */
  public static void render(AnalysisReport report, Appendable out) {
    Text.append(out, render(report));
  }

  /**
   * @param comparison a comparison
   * @return its Markdown in Thai: the two cards, their ratings under both policies, and the deltas
   */
  public static String render(Comparison comparison) {
    return render(comparison, Language.TH);
  }

  /**
   * @param comparison a comparison
   * @param language Thai only, English only, or both side by side
   * @return its Markdown: the two cards, their ratings under both policies, and the deltas
   */
  public static String render(Comparison comparison, Language language) {
    Markdown m = new Markdown(language);
    m.comparison(comparison);
    return m.out.toString();
  }

  /**
   * @param cohort a cohort
   * @return its Markdown in Thai: shares, rating distribution, indicator statistics, policy differences
   */
  public static String render(Cohort cohort) {
    return render(cohort, Language.TH);
  }

  /**
   * @param cohort a cohort
   * @param language Thai only, English only, or both side by side
   * @return its Markdown: shares, rating distribution, indicator statistics, policy differences
   */
  public static String render(Cohort cohort, Language language) {
    Markdown m = new Markdown(language);
    m.cohort(cohort);
    return m.out.toString();
  }

  private Markdown line(String s) {
    out.append(s).append('\n');
    return this;
  }

  private Markdown blank() {
    out.append('\n');
    return this;
  }

  private void row(List<String> cells) {
    line("| " + String.join(" | ", cells) + " |");
  }

  private void head(List<String> cells) {
    row(cells);
    line("|" + cells.stream().map(c -> "---").collect(Collectors.joining("|")) + "|");
  }

  private String l(Label label) {
    return md(lang.pick(label));
  }

  // ------------------------------------------------------------------ analysis report

  private void report(AnalysisReport r, Language lang) {
    for (Doc.Block block : ReportDoc.of(r, lang)) {
      if (block instanceof Doc.Heading h) {
        line("#".repeat(h.level()) + " " + md(h.text())).blank();
      } else if (block instanceof Doc.Para p) {
        line(p.style() == Doc.Style.NOTE ? "> " + md(p.text())
            : p.style() == Doc.Style.MUTED ? "_" + md(p.text()) + "_" : md(p.text())).blank();
      } else if (block instanceof Doc.Table t) {
        head(t.head().stream().map(x -> x.isEmpty() ? " " : md(x)).toList());
        for (List<Doc.Cell> cells : t.rows()) {
          row(cells.stream().map(c -> {
            String v = c.lines().stream().map(Text::md).collect(Collectors.joining("<br>"));
            return c.strong() && !v.isEmpty() ? "**" + v + "**" : v;
          }).toList());
        }
        blank();
      } else if (block instanceof Doc.Bullets bs) {
        for (Doc.Item i : bs.items()) {
          line("- " + (i.strong() ? "**" + md(i.text()) + "**" : md(i.text())));
          i.sub().forEach(x -> line("  - " + md(x)));
        }
        blank();
      }
    }
  }

  // ------------------------------------------------------------------ comparison and cohort

  private static final java.util.regex.Pattern YEAR_ID = java.util.regex.Pattern.compile("ITA-(\\d{4})(/.*)?");

  private static Label w(String key) {
    return Words.label(key);
  }

  /** A rubric or rating policy id: in Thai its year in words when the id names one, else the id. */
  private static Label named(String key, String id) {
    java.util.regex.Matcher m = YEAR_ID.matcher(id);
    return m.matches() ? Label.of(Words.format(key, m.group(1)).th(), id) : Label.of(id, id);
  }

  private String policy(String id) {
    return l(named("policy_of_year", id));
  }

  private String member(String agency, int fiscalYear) {
    return md(agency) + " " + l(Words.format("fy", fiscalYear));
  }

  private String ratings(ComparedCard c) {
    return c.ratings().stream().map(pr -> policy(pr.policy()) + ": " + pr.rating().map(rt -> l(rt.label()))
        .orElse(pr.candidates().stream().map(rt -> l(rt.label())).collect(Collectors.joining(" / "))))
        .collect(Collectors.joining("; "));
  }

  /** The comparison's caveats, in Thai made from its fields; the model's English sentences otherwise. */
  private List<String> notes(Comparison c) {
    List<String> th = new ArrayList<>();
    if (c.first().agency().isPresent() && c.second().agency().isPresent()
        && !c.first().agency().get().strip().equals(c.second().agency().get().strip())) {
      th.add(Words.format("cmp_other_agencies", c.first().agency().get(), c.second().agency().get()).th());
    }
    if (!c.sameRubric()) {
      th.add(Words.format("cmp_other_rubrics", named("rubric_of_year", c.first().rubric()),
          named("rubric_of_year", c.second().rubric())).th());
    }
    return switch (lang) {
      case TH -> th;
      case EN -> c.notes();
      case TH_EN -> th.size() != c.notes().size() ? c.notes()
          : java.util.stream.IntStream.range(0, th.size()).mapToObj(i -> Label.of(th.get(i), c.notes().get(i)).toString())
              .toList();
    };
  }

  private void comparison(Comparison c) {
    line("# " + l(w("cmp_title"))).blank();
    head(List.of(" ", l(w("cmp_first")), l(w("cmp_second"))));
    row(List.of(l(Text.AGENCY), c.first().agency().map(Text::md).orElse("–"), c.second().agency().map(Text::md).orElse("–")));
    row(List.of(l(Text.RUBRIC), l(named("rubric_of_year", c.first().rubric())),
        l(named("rubric_of_year", c.second().rubric()))));
    row(List.of(l(Text.RATING), ratings(c.first()), ratings(c.second())));
    blank();
    head(List.of("", l(Text.NAME), l(w("cmp_first")), l(w("cmp_second")), l(w("cmp_change"))));
    List<DeltaRow> rows = new ArrayList<>();
    rows.add(c.total());
    rows.addAll(c.tools());
    rows.addAll(c.indicators());
    for (DeltaRow d : rows) {
      // in Thai only an indicator's number is shown: the other ids are codes, and the name says it all
      String id = lang != Language.TH || d.id().chars().allMatch(Character::isDigit) ? md(d.id()) : "";
      row(List.of(id, l(d.name()), num(d.first()), num(d.second()),
          d.delta().map(x -> (x.signum() > 0 ? "+" : "") + num(x)).orElse("–")));
    }
    blank();
    notes(c).forEach(n -> line("> " + md(n)));
  }

  /** Why a member's rating differs under another policy: in Thai from the two ratings, else the model's text. */
  private String difference(PolicyDifference d) {
    if (lang == Language.EN) {
      return md(d.difference());
    }
    Rating own = d.own();
    Rating other = d.other();
    String th = own.meetsTarget() != other.meetsTarget()
        ? Words.format("coh_target_only", named("policy_of_year", own.meetsTarget() ? own.policy() : other.policy())).th()
        : w("coh_top_only").th();
    return md(lang == Language.TH ? th : Label.of(th, d.difference()).toString());
  }

  private void cohort(Cohort c) {
    line("# " + l(w("coh_title"))).blank();
    line("- " + l(w("coh_size")) + ": " + c.size() + " (" + c.fiscalYears().stream()
        .map(y -> l(Words.format("fy", y))).collect(Collectors.joining(", ")) + ")");
    line("- " + l(w("coh_at_or_above")) + " " + num(c.threshold()) + ": "
        + c.atOrAboveThreshold() + " (" + num(c.shareAtOrAboveThreshold()) + " %), "
        + l(w("coh_target")) + " " + num(c.targetShare()) + " % — "
        + l(w(c.meetsTargetShare() ? "coh_met" : "coh_not_met")));
    Stats t = c.totals();
    line("- " + l(Text.TOTAL) + ": " + l(Words.format("coh_totals", t.n(), num(t.mean()), num(t.median()), num(t.min()),
        num(t.max())))).blank();
    head(List.of(l(w("coh_policy")), l(Text.RATING), l(w("coh_count"))));
    for (RatingCount rc : c.ratingDistribution()) {
      row(List.of(policy(rc.policy()), l(rc.label()), Integer.toString(rc.count())));
    }
    if (c.undeterminedRatings() > 0) {
      row(List.of("", l(w("coh_undetermined")), Integer.toString(c.undeterminedRatings())));
    }
    blank();
    head(List.of(l(Text.INDICATOR), l(Text.NAME), l(w("coh_n")), l(Text.MEAN), l(w("coh_median")), l(w("coh_min")),
        l(w("coh_max"))));
    for (IndicatorStats s : c.indicators()) {
      row(List.of(Integer.toString(s.number()), l(s.name()), Integer.toString(s.stats().n()), num(s.stats().mean()),
          num(s.stats().median()), num(s.stats().min()), num(s.stats().max())));
    }
    blank();
    if (!c.policyDifferences().isEmpty()) {
      head(List.of(l(Text.AGENCY), l(Text.TOTAL), l(w("coh_own")), l(w("coh_other")), l(w("coh_difference"))));
      for (PolicyDifference d : c.policyDifferences()) {
        row(List.of(member(d.agency(), d.fiscalYear()), num(d.total()), l(d.own().label()),
            policy(d.other().policy()) + " " + l(d.other().label()), difference(d)));
      }
      blank();
    }
    c.uncertainty().ifPresent(this::closeCalls);
  }

  private void closeCalls(CohortUncertainty u) {
    String level = Text.percent(u.level());
    String bar = Text.pct(BigDecimal.ONE.subtract(u.level()));
    line("## " + l(Text.TOO_CLOSE) + " (" + level + " %)").blank();
    line(l(Words.format("coh_differs", bar)) + ": " + u.tooCloseToCall().size() + " / " + u.withInterval()).blank();
    if (!u.tooCloseToCall().isEmpty()) {
      head(List.of(l(Text.AGENCY), l(Text.TOTAL), l(Words.format("coh_interval", level)),
          l(Text.RATING), l(w("coh_p_differs")), l(w("coh_levels"))));
      for (CloseCall cc : u.tooCloseToCall()) {
        row(List.of(member(cc.agency(), cc.fiscalYear()), num(cc.total()),
            cc.interval().map(i -> num(i.low()) + " – " + num(i.high())).orElse("–"),
            cc.rating().map(rt -> l(rt.label())).orElse("–"), cc.probabilityRatingDiffers().map(Text::pct).orElse("–"),
            cc.ratings().stream().map(rc -> l(rc.label()) + " " + Text.pct(rc.probability()))
                .collect(Collectors.joining(", "))));
      }
      blank();
    }
    if (!u.noInterval().isEmpty()) {
      line("### " + l(Text.NO_INTERVAL_PUBLISHED) + ": " + u.noInterval().size()).blank();
      // the reason is the core's English sentence; in Thai the heading already says why
      u.noInterval().forEach(cc -> line("- " + member(cc.agency(), cc.fiscalYear()) + " (" + num(cc.total()) + ")"
          + (lang == Language.TH ? "" : ": " + md(cc.reason().orElse("")))));
      blank();
    }
  }
}
