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
import io.github.itasdk.report.Finding;
import io.github.itasdk.report.IndicatorDetail;
import io.github.itasdk.report.IndicatorRow;
import io.github.itasdk.report.IndicatorStats;
import io.github.itasdk.report.Measure;
import io.github.itasdk.report.PolicyDifference;
import io.github.itasdk.report.QuestionRow;
import io.github.itasdk.report.RatingCount;
import io.github.itasdk.report.ReportHeader;
import io.github.itasdk.report.ThemeSection;
import io.github.itasdk.report.ToolRow;
import io.github.itasdk.report.UncertaintySection;
import io.github.itasdk.report.plan.Gain;
import io.github.itasdk.report.plan.ImprovementPlan;
import io.github.itasdk.report.plan.LevelPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders reports as Markdown (CommonMark with GitHub tables): Thai with English labels side by side.
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
   * @return its Markdown
   */
  public static String render(AnalysisReport report) {
    Markdown m = new Markdown();
    m.report(report);
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

  private void report(AnalysisReport r) {
    ReportHeader h = r.header();
    line("# " + l(Text.TITLE)).blank();
    head(List.of(" ", " "));
    row(List.of(l(Text.AGENCY), h.agency().map(Text::md).orElse("–")));
    row(List.of(l(Text.YEAR), "พ.ศ. " + h.fiscalYear() + " (FY" + h.fiscalYearCE() + ")"));
    row(List.of(l(Text.RUBRIC), md(h.rubric()) + " — " + l(h.title())));
    row(List.of(l(Text.TOTAL), "**" + num(h.total()) + "**"));
    r.uncertainty().ifPresent(u -> row(List.of(l(Text.TOTAL_INTERVAL), Text.totalInterval(u).orElse(l(Text.NO_INTERVAL)))));
    row(List.of(l(Text.RATING), "**" + md(Text.rating(r)) + "**"));
    row(List.of(l(Text.THRESHOLD), num(h.threshold()) + " — " + l(h.meetsThreshold()
        ? Label.of("ผ่านเกณฑ์", "meets") : Label.of("ไม่ผ่านเกณฑ์", "misses"))));
    row(List.of(l(Text.PUBLISHABLE), h.publishable() ? l(Label.of("ประกาศผลได้", "publishable"))
        : l(Label.of("ไม่ประกาศผล", "not publishable")) + ": " + h.unpublishableReasons().stream().map(Text::md)
            .collect(Collectors.joining("; "))));
    blank();
    if (!h.provisional().isEmpty()) {
      line("> **" + l(Text.PROVISIONAL) + ":** " + h.provisional().stream().map(p -> md(p.element()))
          .collect(Collectors.joining(", "))).blank();
    }
    if (!h.warnings().isEmpty()) {
      line("**" + l(Text.WARNINGS) + "**").blank();
      h.warnings().forEach(w -> line("- " + md(w)));
      blank();
    }
    List<Part> parts = Text.parts(r);
    tools(r, parts);
    indicators(r, parts);
    r.uncertainty().ifPresent(this::uncertainty);
    details(r, parts);
    findings(Text.WEAKNESSES, r.weaknesses(), r);
    findings(Text.STRENGTHS, r.strengths(), r);
    themes(r);
    plan(r.plan());
    measures(r);
    line("## " + l(Text.LIMITATIONS)).blank();
    if (r.limitations().isEmpty()) {
      line("_" + l(Text.NOT_SUPPLIED) + "_").blank();
    } else {
      r.limitations().forEach(x -> line("- " + md(x)));
      blank();
    }
  }

  private List<String> partHeads(List<Part> parts) {
    return parts.stream().map(p -> l(p.label())).toList();
  }

  private void tools(AnalysisReport r, List<Part> parts) {
    line("## " + l(Text.TOOLS)).blank();
    List<String> head = new ArrayList<>(List.of(l(Text.TOOL), l(Text.WEIGHT), l(Text.SCORE)));
    head.addAll(partHeads(parts));
    head(head);
    for (ToolRow t : r.tools()) {
      List<String> cells = new ArrayList<>(List.of(l(t.label()), num(t.weight()), num(t.score())));
      parts.forEach(p -> cells.add(Text.part(t.parts(), p)));
      row(cells);
    }
    blank();
  }

  private void indicators(AnalysisReport r, List<Part> parts) {
    line("## " + l(Text.INDICATORS)).blank();
    List<String> head = new ArrayList<>(List.of(l(Text.INDICATOR), l(Text.NAME), l(Text.TOOL), l(Text.SCORE)));
    head.addAll(partHeads(parts));
    head.add(l(Text.RESULT) + " (≥ " + num(r.header().threshold()) + ")");
    head(head);
    for (IndicatorRow i : r.indicators()) {
      List<String> cells = new ArrayList<>(List.of(Integer.toString(i.number()), l(i.name()), i.tool().name(),
          num(i.score())));
      parts.forEach(p -> cells.add(Text.part(i.parts(), p)));
      cells.add(i.verdict().map(v -> i.meetsThreshold().orElse(false) ? l(v) : "**" + l(v) + "**").orElse("–"));
      row(cells);
    }
    blank();
  }

  private void uncertainty(UncertaintySection u) {
    line("## " + l(Text.UNCERTAINTY)).blank();
    if (!u.available()) {
      line("**" + l(Text.NO_INTERVAL) + ":** " + md(u.reason().orElse(""))).blank();
      List<String> rest = Text.otherNotes(u);
      rest.forEach(n -> line("- " + md(n)));
      if (!rest.isEmpty()) {
        blank();
      }
      return;
    }
    line(l(Text.INTERVAL_LEVEL) + " " + Text.percent(u.level()) + " % · " + l(Text.RESAMPLES) + " " + u.resamples()
        + " · " + l(Text.SEED) + " " + u.seed()).blank();
    head(List.of(l(Text.FIGURE), l(Text.SCORE), l(Text.LOW), l(Text.HIGH), l(Text.SE)));
    for (Interval i : Text.intervals(u)) {
      row(List.of(Text.figure(i, Text::md), num(i.estimate()), num(i.low()), num(i.high()), num(i.standardError())));
    }
    blank();
    head(List.of(l(Text.EVENT), l(Text.PROBABILITY)));
    u.probabilityMeetsTarget().ifPresent(p -> row(List.of(l(Label.of("คะแนนรวมตั้งแต่ " + num(u.target()),
        "total ≥ " + num(u.target()))), Text.pct(p))));
    u.probabilityRatingDiffers().ifPresent(p -> row(List.of(l(Text.prefixed("ระดับต่างจาก ", "rating other than ",
        u.rating().map(rt -> rt.label()).orElse(Label.of("?", "?")))), Text.pct(p))));
    for (RatingChance c : u.ratings()) {
      row(List.of(l(Text.prefixed("ระดับ ", "rated ", c.label())), Text.pct(c.probability())));
    }
    blank();
    if (!u.planning().isEmpty()) {
      String hw = num(u.targetHalfWidth().setScale(2, java.math.RoundingMode.HALF_UP));
      line("### " + l(Text.SAMPLE_PLAN) + " (±" + hw + ")").blank();
      head(List.of(l(Text.TOOL), l(Text.NOW), l(Label.of("ผู้ตอบที่ต้องการสำหรับ ±" + hw, "needed for ±" + hw)),
          l(Text.MINIMUM)));
      for (SamplePlan sp : u.planning()) {
        row(List.of(md(sp.tool().name() + sp.part().map(p -> " — " + both(p.label())).orElse("")),
            Integer.toString(sp.current()), Integer.toString(sp.needed()),
            sp.minimum().map(m -> Integer.toString(m)).orElse("–")));
      }
      blank();
    }
    if (!u.notes().isEmpty()) {
      line("**" + l(Text.NOTES) + "**").blank();
      u.notes().forEach(n -> line("- " + md(n)));
      blank();
    }
  }

  private void details(AnalysisReport r, List<Part> parts) {
    line("## " + l(Text.QUESTIONS)).blank();
    boolean any = r.details().stream().anyMatch(d -> d.questions().stream().anyMatch(q -> !q.figures().isEmpty()));
    if (!any) {
      line("_" + l(Text.NO_QUESTION_FIGURES) + "_").blank();
      return;
    }
    for (IndicatorDetail d : r.details()) {
      line("### " + l(Text.INDICATOR) + " " + d.number() + " " + l(d.name()) + " — " + num(d.score())).blank();
      if (d.questions().stream().allMatch(q -> q.figures().isEmpty())) {
        line("_" + l(Text.NO_QUESTION_FIGURES) + "_").blank();
        continue;
      }
      boolean split = d.questions().stream().anyMatch(q -> !q.parts().isEmpty());
      boolean oit = !d.groups().isEmpty();
      List<String> head = new ArrayList<>(List.of("#", l(Text.QUESTION)));
      if (oit) {
        head.add(l(Text.GROUP));
      }
      if (split) {
        head.addAll(partHeads(parts));
        head.add(l(Text.MEAN));
      } else {
        head.add(l(Text.SCORE));
      }
      head(head);
      for (QuestionRow q : d.questions()) {
        List<String> cells = new ArrayList<>(List.of(md(q.id()), md(q.text().preferThai())));
        if (oit) {
          cells.add(q.group().map(Text::md).orElse(""));
        }
        if (split) {
          parts.forEach(p -> cells.add(Text.part(q.parts(), p)));
        }
        cells.add(q.excluded().map(e -> l(Label.of("ไม่นำมาคิดคะแนน", "excluded")) + ": " + md(e)).orElse(num(q.score())));
        row(cells);
      }
      blank();
    }
  }

  private static String figures(QuestionRow q) {
    List<String> fs = new ArrayList<>();
    q.score().ifPresent(s -> fs.add(num(s)));
    q.parts().forEach(p -> fs.add(p.part() + " " + num(p.score())));
    return String.join(", ", fs);
  }

  private void findings(Label title, List<Finding> findings, AnalysisReport r) {
    line("## " + l(title)).blank();
    if (findings.isEmpty()) {
      line("_" + l(Text.NONE) + "_").blank();
      return;
    }
    for (Finding f : findings) {
      line("- **" + l(Text.INDICATOR) + " " + f.indicator() + " " + l(f.name()) + ": " + num(f.score()) + "**");
      if (f.questions().isEmpty()) {
        line("  - _" + l(Label.of("ไม่มีคะแนนรายข้อต่ำกว่าเกณฑ์ในข้อมูล", "no question figure below the threshold on the card"))
            + "_");
      }
      f.questions().forEach(q -> line("  - " + md(q.id()) + " " + md(q.text().preferThai()) + " — " + figures(q)));
    }
    blank();
  }

  private void themes(AnalysisReport r) {
    line("## " + l(Text.THEMES)).blank();
    if (r.themes().isEmpty()) {
      line("_" + l(Label.of("เกณฑ์ปีนี้ไม่ได้กำหนดประเด็น", "the rubric defines no themes")) + "_").blank();
      return;
    }
    for (ThemeSection t : r.themes()) {
      line("### " + l(Text.THEME) + " " + t.number() + " " + l(t.name())).blank();
      line(t.questions().stream().map(q -> md(q.id()) + " " + (q.figures().isEmpty() ? "–"
          : q.score().map(s -> num(s)).orElse(figures(q)))).collect(Collectors.joining(" · ")));
      blank();
      line(l(Text.BELOW) + ": " + (t.belowThreshold().isEmpty() ? l(Text.NONE)
          : t.belowThreshold().stream().map(Text::md).collect(Collectors.joining(", ")))).blank();
    }
  }

  private void plan(ImprovementPlan p) {
    line("## " + l(Text.PLAN)).blank();
    line(l(Text.START) + ": **" + num(p.startTotal()) + "**").blank();
    if (!p.questionGains().isEmpty()) {
      line("### " + l(Text.GAINS) + " (" + Math.min(TOP_GAINS, p.questionGains().size()) + " / "
          + p.questionGains().size() + ")").blank();
      head(List.of("#", l(Text.QUESTION), l(Text.SCORE), l(Text.GAIN), l(Text.EXACT)));
      int k = 0;
      for (Gain g : p.questionGains().subList(0, Math.min(TOP_GAINS, p.questionGains().size()))) {
        row(List.of(Integer.toString(++k), md(g.key()), num(g.score()), "+" + num(g.gain()), md(g.exactGain())));
      }
      blank();
    }
    line("### " + l(Text.INDICATOR_GAINS)).blank();
    head(List.of(l(Text.INDICATOR), l(Text.SCORE), l(Text.GAIN), l(Text.EXACT)));
    p.indicatorGains().forEach(g -> row(List.of(md(g.id()), num(g.score()), "+" + num(g.gain()), md(g.exactGain()))));
    blank();
    levels(Text.OIT_PLANS, p.oitPlans());
    levels(Text.INDICATOR_PLANS, p.indicatorPlans());
    if (!p.notPlanned().isEmpty()) {
      line(l(Text.NOT_PLANNED) + ": " + p.notPlanned().size() + " (" + p.notPlanned().stream().limit(12)
          .map(Text::md).collect(Collectors.joining(", ")) + (p.notPlanned().size() > 12 ? ", …" : "") + ")").blank();
    }
    p.notes().forEach(n -> line("> " + md(n)));
    if (!p.notes().isEmpty()) {
      blank();
    }
  }

  private void levels(Label title, List<LevelPlan> plans) {
    line("### " + l(title)).blank();
    head(List.of(l(Text.LEVEL), l(Text.STATUS), l(Text.FIX), l(Text.TOTAL), l(Text.RESULTING)));
    for (LevelPlan lp : plans) {
      row(List.of(l(lp.target().label()), l(Text.status(lp.status())),
          lp.fix().isEmpty() ? "–" : lp.fix().stream().map(Text::md).collect(Collectors.joining(", ")),
          num(lp.resultingTotal()),
          lp.resultingRating().map(rt -> l(rt.label())).orElse(lp.resultingCandidates().stream()
              .map(rt -> l(rt.label())).collect(Collectors.joining(" / ")))));
    }
    blank();
    plans.stream().filter(lp -> lp.status() == LevelPlan.Status.OUT_OF_REACH
        || lp.status() == LevelPlan.Status.UNDETERMINED).forEach(lp -> line("- " + md(lp.explanation().th())
            + "  \n  " + md(lp.explanation().en())));
    blank();
  }

  private void measures(AnalysisReport r) {
    line("## " + l(Text.MEASURES)).blank();
    if (r.measures().isEmpty()) {
      line("_" + l(Text.NOT_SUPPLIED) + "_").blank();
      return;
    }
    head(List.of(l(Text.SUBJECT), l(Text.MEASURE), l(Text.RESPONSIBLE), l(Text.STEPS), l(Text.TIMEFRAME)));
    for (Measure m : r.measures()) {
      String subject = m.subject() == Measure.Subject.THEME
          ? l(Text.THEME) + " " + m.number() + r.themes().stream().filter(t -> t.number() == m.number())
              .findFirst().map(t -> " " + l(t.name())).orElse("")
          : l(Text.INDICATOR) + " " + m.number();
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < m.steps().size(); i++) {
        steps.add((i + 1) + "\\. " + md(m.steps().get(i)));
      }
      row(List.of(subject, md(m.measure()), md(m.responsible()), String.join("<br>", steps), md(m.timeframe())));
    }
    blank();
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
