package io.github.itasdk.report.render;

import static io.github.itasdk.report.render.Text.both;
import static io.github.itasdk.report.render.Text.md;
import static io.github.itasdk.report.render.Text.num;

import io.github.itasdk.core.Label;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders reports as Markdown (CommonMark with GitHub tables). The analysis report is in Thai only unless
 * another {@link Language} is asked for; comparisons and cohorts are Thai with English labels side by side.
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

  private Markdown() {}

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
    Markdown m = new Markdown();
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
   * @return its Markdown: the two cards, their ratings under both policies, and the deltas
   */
  public static String render(Comparison comparison) {
    Markdown m = new Markdown();
    m.comparison(comparison);
    return m.out.toString();
  }

  /**
   * @param cohort a cohort
   * @return its Markdown: shares, rating distribution, indicator statistics, policy differences
   */
  public static String render(Cohort cohort) {
    Markdown m = new Markdown();
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

  private static String l(Label label) {
    return md(both(label));
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

  private static String ratings(ComparedCard c) {
    return c.ratings().stream().map(pr -> md(pr.policy()) + ": " + pr.rating().map(rt -> l(rt.label()))
        .orElse(pr.candidates().stream().map(rt -> l(rt.label())).collect(Collectors.joining(" / "))))
        .collect(Collectors.joining("; "));
  }

  private void comparison(Comparison c) {
    line("# " + l(Label.of("การเปรียบเทียบผลการประเมิน ITA", "ITA comparison"))).blank();
    head(List.of(" ", l(Label.of("ครั้งที่ 1", "first")), l(Label.of("ครั้งที่ 2", "second"))));
    row(List.of(l(Text.AGENCY), c.first().agency().map(Text::md).orElse("–"), c.second().agency().map(Text::md).orElse("–")));
    row(List.of(l(Text.RUBRIC), md(c.first().rubric()), md(c.second().rubric())));
    row(List.of(l(Text.RATING), ratings(c.first()), ratings(c.second())));
    blank();
    head(List.of("", l(Text.NAME), l(Label.of("ครั้งที่ 1", "first")), l(Label.of("ครั้งที่ 2", "second")),
        l(Label.of("ผลต่าง", "change"))));
    List<DeltaRow> rows = new ArrayList<>();
    rows.add(c.total());
    rows.addAll(c.tools());
    rows.addAll(c.indicators());
    for (DeltaRow d : rows) {
      row(List.of(md(d.id()), l(d.name()), num(d.first()), num(d.second()),
          d.delta().map(x -> (x.signum() > 0 ? "+" : "") + num(x)).orElse("–")));
    }
    blank();
    c.notes().forEach(n -> line("> " + md(n)));
  }

  private void cohort(Cohort c) {
    line("# " + l(Label.of("สถิติกลุ่มหน่วยงาน", "Cohort statistics"))).blank();
    line("- " + l(Label.of("จำนวนหน่วยงาน", "agency-years")) + ": " + c.size() + " (FY" + c.fiscalYears().stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(", FY")) + ")");
    line("- " + l(Label.of("คะแนนรวมตั้งแต่เกณฑ์", "total at or above")) + " " + num(c.threshold()) + ": "
        + c.atOrAboveThreshold() + " (" + num(c.shareAtOrAboveThreshold()) + " %), "
        + l(Label.of("ค่าเป้าหมาย", "target")) + " " + num(c.targetShare()) + " % — "
        + l(c.meetsTargetShare() ? Label.of("บรรลุ", "met") : Label.of("ไม่บรรลุ", "not met")));
    line("- " + l(Text.TOTAL) + ": " + c.totals()).blank();
    head(List.of(l(Label.of("นโยบาย", "Policy")), l(Text.RATING), l(Label.of("จำนวน", "Count"))));
    for (RatingCount rc : c.ratingDistribution()) {
      row(List.of(md(rc.policy()), l(rc.label()), Integer.toString(rc.count())));
    }
    if (c.undeterminedRatings() > 0) {
      row(List.of("", l(Label.of("ยังระบุไม่ได้", "undetermined")), Integer.toString(c.undeterminedRatings())));
    }
    blank();
    head(List.of(l(Text.INDICATOR), l(Text.NAME), "n", l(Text.MEAN), "median", "min", "max"));
    for (IndicatorStats s : c.indicators()) {
      row(List.of(Integer.toString(s.number()), l(s.name()), Integer.toString(s.stats().n()), num(s.stats().mean()),
          num(s.stats().median()), num(s.stats().min()), num(s.stats().max())));
    }
    blank();
    if (!c.policyDifferences().isEmpty()) {
      head(List.of(l(Text.AGENCY), l(Text.TOTAL), l(Label.of("ระดับ (ปีของตน)", "own year's rating")),
          l(Label.of("ระดับ (นโยบายอื่น)", "other policy's rating")), l(Label.of("ความต่าง", "difference"))));
      for (PolicyDifference d : c.policyDifferences()) {
        row(List.of(md(d.agency()) + " FY" + d.fiscalYear(), num(d.total()), l(d.own().label()),
            md(d.other().policy()) + " " + l(d.other().label()), md(d.difference())));
      }
      blank();
    }
    c.uncertainty().ifPresent(this::closeCalls);
  }

  private void closeCalls(CohortUncertainty u) {
    String level = Text.percent(u.level());
    String bar = Text.pct(BigDecimal.ONE.subtract(u.level()));
    line("## " + l(Text.TOO_CLOSE) + " (" + level + " %)").blank();
    line(l(Label.of("ระดับต่างจากค่าประมาณในการสุ่มซ้ำมากกว่า " + bar, "rating differs in more than " + bar
        + " of the resamples")) + ": " + u.tooCloseToCall().size() + " / " + u.withInterval()).blank();
    if (!u.tooCloseToCall().isEmpty()) {
      head(List.of(l(Text.AGENCY), l(Text.TOTAL), l(Label.of("ช่วง " + level + " %", level + " % interval")),
          l(Text.RATING), l(Label.of("ความน่าจะเป็นที่ระดับต่าง", "P(rating differs)")),
          l(Label.of("ระดับที่เป็นไปได้", "levels reached"))));
      for (CloseCall cc : u.tooCloseToCall()) {
        row(List.of(md(cc.agency()) + " FY" + cc.fiscalYear(), num(cc.total()),
            cc.interval().map(i -> num(i.low()) + " – " + num(i.high())).orElse("–"),
            cc.rating().map(rt -> l(rt.label())).orElse("–"), cc.probabilityRatingDiffers().map(Text::pct).orElse("–"),
            cc.ratings().stream().map(rc -> md(rc.label().toString()) + " " + Text.pct(rc.probability()))
                .collect(Collectors.joining(", "))));
      }
      blank();
    }
    if (!u.noInterval().isEmpty()) {
      line("### " + l(Text.NO_INTERVAL_PUBLISHED) + ": " + u.noInterval().size()).blank();
      u.noInterval().forEach(cc -> line("- " + md(cc.agency()) + " FY" + cc.fiscalYear() + " (" + num(cc.total())
          + "): " + md(cc.reason().orElse(""))));
      blank();
    }
  }
}
