package io.github.itasdk.report.render;

import static io.github.itasdk.report.render.Text.both;
import static io.github.itasdk.report.render.Text.html;
import static io.github.itasdk.report.render.Text.num;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.core.uncertainty.RatingChance;
import io.github.itasdk.core.uncertainty.SamplePlan;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.Finding;
import io.github.itasdk.report.IndicatorDetail;
import io.github.itasdk.report.IndicatorRow;
import io.github.itasdk.report.Measure;
import io.github.itasdk.report.QuestionRow;
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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders an analysis report as one standalone HTML5 document (inline CSS, no scripts, no external
 * resources) with an inline SVG bar chart of the ten indicators and the threshold line (and, where the report
 * has an uncertainty section, each indicator's interval as a whisker). Thai with English
 * labels side by side ({@code lang="th"}); every piece of caller and rubric text is HTML-escaped, so an
 * agency name cannot inject markup.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), Html.render(report));
 * }</pre>
 */
public final class Html {
  private static final String CSS = """
      body{font-family:"Noto Sans Thai","Sarabun","Loma","Garuda","Waree",sans-serif;margin:2em auto;max-width:1100px;
      color:#1a1a1a;line-height:1.5;padding:0 1em}
      h1{font-size:1.5em;border-bottom:3px solid #1f4e79;padding-bottom:.3em}
      h2{font-size:1.2em;color:#1f4e79;margin-top:1.6em}
      h3{font-size:1.05em}
      table{border-collapse:collapse;margin:.5em 0 1em;width:100%}
      th,td{border:1px solid #b7c4d1;padding:.25em .5em;text-align:left;vertical-align:top}
      th{background:#e8eef4}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      .miss{color:#b00020;font-weight:bold}
      .meet{color:#1b6e20}
      .note{background:#fff8e1;border-left:4px solid #f0b400;padding:.4em .8em}
      .muted{color:#666;font-style:italic}
      """;

  private final StringBuilder out = new StringBuilder(16384);

  private Html() {}

  /**
   * @param report the report
   * @return a standalone HTML document
   */
  public static String render(AnalysisReport report) {
    Html h = new Html();
    h.report(report);
    return h.out.toString();
  }

  /**
   * @param report the report
   * @param out where to write the HTML document
   * @throws java.io.UncheckedIOException when the appendable fails
   */
  public static void render(AnalysisReport report, Appendable out) {
    Text.append(out, render(report));
  }

  private Html a(String s) {
    out.append(s);
    return this;
  }

  private static String l(Label label) {
    return html(both(label));
  }

  private void table(List<String> head, List<List<String>> rows) {
    a("<table><thead><tr>");
    head.forEach(hd -> a("<th>").a(hd).a("</th>"));
    a("</tr></thead><tbody>\n");
    for (List<String> r : rows) {
      a("<tr>");
      r.forEach(c -> a(c.startsWith("\u0000") ? "<td class=\"n\">" + c.substring(1) : "<td>" + c).a("</td>"));
      a("</tr>\n");
    }
    a("</tbody></table>\n");
  }

  /** Marks a cell as numeric (right-aligned). */
  private static String n(String s) {
    return "\u0000" + s;
  }

  private void report(AnalysisReport r) {
    ReportHeader h = r.header();
    String title = both(Text.TITLE) + h.agency().map(x -> " — " + x).orElse("");
    a("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
        .a("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .a("<title>").a(html(title)).a("</title>\n<style>").a(CSS).a("</style>\n</head>\n<body>\n");
    a("<h1>").a(l(Text.TITLE)).a("</h1>\n");
    List<List<String>> head = new ArrayList<>();
    head.add(List.of(l(Text.AGENCY), h.agency().map(Text::html).orElse("–")));
    head.add(List.of(l(Text.YEAR), "พ.ศ. " + h.fiscalYear() + " (FY" + h.fiscalYearCE() + ")"));
    head.add(List.of(l(Text.RUBRIC), html(h.rubric()) + " — " + l(h.title())));
    head.add(List.of(l(Text.TOTAL), "<strong>" + num(h.total()) + "</strong>"));
    r.uncertainty().ifPresent(u -> head.add(List.of(l(Text.TOTAL_INTERVAL), Text.totalInterval(u).map(Text::html)
        .orElse("<span class=\"muted\">" + l(Text.NO_INTERVAL) + "</span>"))));
    head.add(List.of(l(Text.RATING), "<strong>" + html(Text.rating(r)) + "</strong>"));
    head.add(List.of(l(Text.THRESHOLD), num(h.threshold()) + " — " + verdict(h.meetsThreshold())));
    head.add(List.of(l(Text.PUBLISHABLE), h.publishable() ? l(Label.of("ประกาศผลได้", "publishable"))
        : "<span class=\"miss\">" + l(Label.of("ไม่ประกาศผล", "not publishable")) + "</span>: "
            + h.unpublishableReasons().stream().map(Text::html).collect(Collectors.joining("; "))));
    table(List.of("", ""), head);
    if (!h.provisional().isEmpty()) {
      a("<p class=\"note\"><strong>").a(l(Text.PROVISIONAL)).a(":</strong> ")
          .a(h.provisional().stream().map(p -> html(p.toString())).collect(Collectors.joining("<br>"))).a("</p>\n");
    }
    if (!h.warnings().isEmpty()) {
      a("<p class=\"note\"><strong>").a(l(Text.WARNINGS)).a(":</strong><br>")
          .a(h.warnings().stream().map(Text::html).collect(Collectors.joining("<br>"))).a("</p>\n");
    }
    List<Part> parts = Text.parts(r);
    tools(r, parts);
    indicators(r, parts);
    a("<h2>").a(l(Text.CHART)).a("</h2>\n").a(Chart.svg(r)).a("\n");
    r.uncertainty().ifPresent(this::uncertainty);
    details(r, parts);
    findings(Text.WEAKNESSES, r.weaknesses());
    findings(Text.STRENGTHS, r.strengths());
    themes(r);
    plan(r.plan());
    measures(r);
    a("<h2>").a(l(Text.LIMITATIONS)).a("</h2>\n");
    if (r.limitations().isEmpty()) {
      a("<p class=\"muted\">").a(l(Text.NOT_SUPPLIED)).a("</p>\n");
    } else {
      a("<ul>");
      r.limitations().forEach(x -> a("<li>").a(html(x)).a("</li>"));
      a("</ul>\n");
    }
    a("</body>\n</html>\n");
  }

  private static String verdict(boolean meets) {
    return meets ? "<span class=\"meet\">" + l(Label.of("ผ่านเกณฑ์", "meets")) + "</span>"
        : "<span class=\"miss\">" + l(Label.of("ไม่ผ่านเกณฑ์", "misses")) + "</span>";
  }

  private static List<String> partHeads(List<Part> parts) {
    return parts.stream().map(p -> l(p.label())).toList();
  }

  private void tools(AnalysisReport r, List<Part> parts) {
    a("<h2>").a(l(Text.TOOLS)).a("</h2>\n");
    List<String> head = new ArrayList<>(List.of(l(Text.TOOL), l(Text.WEIGHT), l(Text.SCORE)));
    head.addAll(partHeads(parts));
    List<List<String>> rows = new ArrayList<>();
    for (ToolRow t : r.tools()) {
      List<String> cells = new ArrayList<>(List.of(l(t.label()), n(num(t.weight())), n(num(t.score()))));
      parts.forEach(p -> cells.add(n(Text.part(t.parts(), p))));
      rows.add(cells);
    }
    table(head, rows);
  }

  private void indicators(AnalysisReport r, List<Part> parts) {
    a("<h2>").a(l(Text.INDICATORS)).a("</h2>\n");
    List<String> head = new ArrayList<>(List.of(l(Text.INDICATOR), l(Text.NAME), l(Text.TOOL), l(Text.SCORE)));
    head.addAll(partHeads(parts));
    head.add(l(Text.RESULT) + " (≥ " + num(r.header().threshold()) + ")");
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorRow i : r.indicators()) {
      List<String> cells = new ArrayList<>(List.of(n(Integer.toString(i.number())), l(i.name()), i.tool().name(),
          n(num(i.score()))));
      parts.forEach(p -> cells.add(n(Text.part(i.parts(), p))));
      cells.add(i.meetsThreshold().map(Html::verdict).orElse("–"));
      rows.add(cells);
    }
    table(head, rows);
  }

  private void uncertainty(UncertaintySection u) {
    a("<h2>").a(l(Text.UNCERTAINTY)).a("</h2>\n");
    if (!u.available()) {
      a("<p class=\"note\"><strong>").a(l(Text.NO_INTERVAL)).a(":</strong> ").a(html(u.reason().orElse("")))
          .a("</p>\n");
      List<String> rest = Text.otherNotes(u);
      if (!rest.isEmpty()) {
        a("<ul>");
        rest.forEach(n -> a("<li>").a(html(n)).a("</li>"));
        a("</ul>\n");
      }
      return;
    }
    a("<p>").a(l(Text.INTERVAL_LEVEL)).a(" ").a(Text.percent(u.level())).a(" % · ").a(l(Text.RESAMPLES)).a(" ")
        .a(Integer.toString(u.resamples())).a(" · ").a(l(Text.SEED)).a(" ").a(Long.toString(u.seed())).a("</p>\n");
    List<List<String>> rows = new ArrayList<>();
    for (Interval i : Text.intervals(u)) {
      rows.add(List.of(Text.figure(i, Text::html), n(num(i.estimate())), n(num(i.low())), n(num(i.high())),
          n(num(i.standardError()))));
    }
    table(List.of(l(Text.FIGURE), l(Text.SCORE), l(Text.LOW), l(Text.HIGH), l(Text.SE)), rows);
    List<List<String>> ps = new ArrayList<>();
    u.probabilityMeetsTarget().ifPresent(p -> ps.add(List.of(l(Label.of("คะแนนรวมตั้งแต่ " + num(u.target()),
        "total ≥ " + num(u.target()))), n(Text.pct(p)))));
    u.probabilityRatingDiffers().ifPresent(p -> ps.add(List.of(l(Text.prefixed("ระดับต่างจาก ", "rating other than ",
        u.rating().map(rt -> rt.label()).orElse(Label.of("?", "?")))), n(Text.pct(p)))));
    for (RatingChance c : u.ratings()) {
      ps.add(List.of(l(Text.prefixed("ระดับ ", "rated ", c.label())), n(Text.pct(c.probability()))));
    }
    table(List.of(l(Text.EVENT), l(Text.PROBABILITY)), ps);
    if (!u.planning().isEmpty()) {
      String hw = num(u.targetHalfWidth().setScale(2, java.math.RoundingMode.HALF_UP));
      a("<h3>").a(l(Text.SAMPLE_PLAN)).a(" (±").a(hw).a(")</h3>\n");
      List<List<String>> plan = new ArrayList<>();
      for (SamplePlan sp : u.planning()) {
        plan.add(List.of(html(sp.tool().name() + sp.part().map(p -> " — " + both(p.label())).orElse("")),
            n(Integer.toString(sp.current())), n(Integer.toString(sp.needed())),
            n(sp.minimum().map(m -> Integer.toString(m)).orElse("–"))));
      }
      table(List.of(l(Text.TOOL), l(Text.NOW), l(Label.of("ผู้ตอบที่ต้องการสำหรับ ±" + hw, "needed for ±" + hw)),
          l(Text.MINIMUM)), plan);
    }
    if (!u.notes().isEmpty()) {
      a("<p class=\"muted\">").a(l(Text.NOTES)).a(": ").a(u.notes().stream().map(Text::html)
          .collect(Collectors.joining("; "))).a("</p>\n");
    }
  }

  private void details(AnalysisReport r, List<Part> parts) {
    a("<h2>").a(l(Text.QUESTIONS)).a("</h2>\n");
    boolean any = r.details().stream().anyMatch(d -> d.questions().stream().anyMatch(q -> !q.figures().isEmpty()));
    if (!any) {
      a("<p class=\"muted\">").a(l(Text.NO_QUESTION_FIGURES)).a("</p>\n");
      return;
    }
    for (IndicatorDetail d : r.details()) {
      a("<h3>").a(l(Text.INDICATOR)).a(" ").a(Integer.toString(d.number())).a(" ").a(l(d.name())).a(" — ")
          .a(num(d.score())).a("</h3>\n");
      if (d.questions().stream().allMatch(q -> q.figures().isEmpty())) {
        a("<p class=\"muted\">").a(l(Text.NO_QUESTION_FIGURES)).a("</p>\n");
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
      List<List<String>> rows = new ArrayList<>();
      for (QuestionRow q : d.questions()) {
        List<String> cells = new ArrayList<>(List.of(html(q.id()), html(q.text().preferThai())));
        if (oit) {
          cells.add(q.group().map(Text::html).orElse(""));
        }
        if (split) {
          parts.forEach(p -> cells.add(n(Text.part(q.parts(), p))));
        }
        cells.add(q.excluded().map(e -> l(Label.of("ไม่นำมาคิดคะแนน", "excluded")) + ": " + html(e))
            .orElse(n(num(q.score()))));
        rows.add(cells);
      }
      table(head, rows);
    }
  }

  private static String figures(QuestionRow q) {
    List<String> fs = new ArrayList<>();
    q.score().ifPresent(s -> fs.add(num(s)));
    q.parts().forEach(p -> fs.add(p.part() + " " + num(p.score())));
    return String.join(", ", fs);
  }

  private void findings(Label title, List<Finding> findings) {
    a("<h2>").a(l(title)).a("</h2>\n");
    if (findings.isEmpty()) {
      a("<p class=\"muted\">").a(l(Text.NONE)).a("</p>\n");
      return;
    }
    a("<ul>\n");
    for (Finding f : findings) {
      a("<li><strong>").a(l(Text.INDICATOR)).a(" ").a(Integer.toString(f.indicator())).a(" ").a(l(f.name()))
          .a(": ").a(num(f.score())).a("</strong>");
      if (!f.questions().isEmpty()) {
        a("<ul>");
        f.questions().forEach(q -> a("<li>").a(html(q.id())).a(" ").a(html(q.text().preferThai())).a(" — ")
            .a(figures(q)).a("</li>"));
        a("</ul>");
      }
      a("</li>\n");
    }
    a("</ul>\n");
  }

  private void themes(AnalysisReport r) {
    a("<h2>").a(l(Text.THEMES)).a("</h2>\n");
    if (r.themes().isEmpty()) {
      a("<p class=\"muted\">").a(l(Label.of("เกณฑ์ปีนี้ไม่ได้กำหนดประเด็น", "the rubric defines no themes"))).a("</p>\n");
      return;
    }
    for (ThemeSection t : r.themes()) {
      a("<h3>").a(l(Text.THEME)).a(" ").a(Integer.toString(t.number())).a(" ").a(l(t.name())).a("</h3>\n<p>");
      a(t.questions().stream().map(q -> html(q.id()) + " " + (q.figures().isEmpty() ? "–"
          : q.score().map(Text::num).orElse(figures(q)))).collect(Collectors.joining(" · ")));
      a("<br>").a(l(Text.BELOW)).a(": ").a(t.belowThreshold().isEmpty() ? l(Text.NONE)
          : "<span class=\"miss\">" + t.belowThreshold().stream().map(Text::html).collect(Collectors.joining(", "))
              + "</span>").a("</p>\n");
    }
  }

  private void plan(ImprovementPlan p) {
    a("<h2>").a(l(Text.PLAN)).a("</h2>\n<p>").a(l(Text.START)).a(": <strong>").a(num(p.startTotal()))
        .a("</strong></p>\n");
    if (!p.questionGains().isEmpty()) {
      int top = Math.min(Markdown.TOP_GAINS, p.questionGains().size());
      a("<h3>").a(l(Text.GAINS)).a(" (").a(top + " / " + p.questionGains().size()).a(")</h3>\n");
      List<List<String>> rows = new ArrayList<>();
      int k = 0;
      for (Gain g : p.questionGains().subList(0, top)) {
        rows.add(List.of(n(Integer.toString(++k)), html(g.key()), n(num(g.score())), n("+" + num(g.gain())),
            html(g.exactGain())));
      }
      table(List.of("#", l(Text.QUESTION), l(Text.SCORE), l(Text.GAIN), l(Text.EXACT)), rows);
    }
    a("<h3>").a(l(Text.INDICATOR_GAINS)).a("</h3>\n");
    table(List.of(l(Text.INDICATOR), l(Text.SCORE), l(Text.GAIN), l(Text.EXACT)), p.indicatorGains().stream()
        .map(g -> List.of(n(html(g.id())), n(num(g.score())), n("+" + num(g.gain())), html(g.exactGain()))).toList());
    levels(Text.OIT_PLANS, p.oitPlans());
    levels(Text.INDICATOR_PLANS, p.indicatorPlans());
    if (!p.notPlanned().isEmpty()) {
      a("<p class=\"muted\">").a(l(Text.NOT_PLANNED)).a(": ").a(Integer.toString(p.notPlanned().size())).a(" (")
          .a(p.notPlanned().stream().limit(12).map(Text::html).collect(Collectors.joining(", ")))
          .a(p.notPlanned().size() > 12 ? ", …" : "").a(")</p>\n");
    }
    p.notes().forEach(x -> a("<p class=\"note\">").a(html(x)).a("</p>\n"));
  }

  private void levels(Label title, List<LevelPlan> plans) {
    a("<h3>").a(l(title)).a("</h3>\n");
    List<List<String>> rows = new ArrayList<>();
    for (LevelPlan lp : plans) {
      rows.add(List.of(l(lp.target().label()), l(Text.status(lp.status())),
          lp.fix().isEmpty() ? "–" : lp.fix().stream().map(Text::html).collect(Collectors.joining(", ")),
          n(num(lp.resultingTotal())),
          lp.resultingRating().map(rt -> l(rt.label())).orElse(lp.resultingCandidates().stream()
              .map(rt -> l(rt.label())).collect(Collectors.joining(" / ")))));
    }
    table(List.of(l(Text.LEVEL), l(Text.STATUS), l(Text.FIX), l(Text.TOTAL), l(Text.RESULTING)), rows);
    List<LevelPlan> hard = plans.stream().filter(lp -> lp.status() == LevelPlan.Status.OUT_OF_REACH
        || lp.status() == LevelPlan.Status.UNDETERMINED).toList();
    if (!hard.isEmpty()) {
      a("<ul>");
      hard.forEach(lp -> a("<li>").a(html(lp.explanation().th())).a("<br><span class=\"muted\">")
          .a(html(lp.explanation().en())).a("</span></li>"));
      a("</ul>\n");
    }
  }

  private void measures(AnalysisReport r) {
    a("<h2>").a(l(Text.MEASURES)).a("</h2>\n");
    if (r.measures().isEmpty()) {
      a("<p class=\"muted\">").a(l(Text.NOT_SUPPLIED)).a("</p>\n");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Measure m : r.measures()) {
      String subject = m.subject() == Measure.Subject.THEME
          ? l(Text.THEME) + " " + m.number() + r.themes().stream().filter(t -> t.number() == m.number())
              .findFirst().map(t -> " " + l(t.name())).orElse("")
          : l(Text.INDICATOR) + " " + m.number();
      String steps = m.steps().isEmpty() ? "" : "<ol>" + m.steps().stream().map(s -> "<li>" + html(s) + "</li>")
          .collect(Collectors.joining()) + "</ol>";
      rows.add(List.of(subject, html(m.measure()), html(m.responsible()), steps, html(m.timeframe())));
    }
    table(List.of(l(Text.SUBJECT), l(Text.MEASURE), l(Text.RESPONSIBLE), l(Text.STEPS), l(Text.TIMEFRAME)), rows);
  }

  /** The inline SVG bar chart of the indicators with the threshold line. */
  static final class Chart {
    private Chart() {}

    static String svg(AnalysisReport r) {
      int width = 760;
      int height = 340;
      int left = 48;
      int top = 20;
      int plotH = 240;
      int plotW = width - left - 16;
      List<IndicatorRow> inds = r.indicators();
      int slot = inds.isEmpty() ? plotW : plotW / inds.size();
      StringBuilder s = new StringBuilder();
      Optional<UncertaintySection> unc = r.uncertainty().filter(UncertaintySection::available);
      boolean whiskers = unc.isPresent() && inds.stream().anyMatch(i -> unc.get().indicator(i.number()).isPresent());
      String level = unc.map(u -> Text.percent(u.level())).orElse("");
      String desc = both(Text.CHART) + ", " + both(Text.THRESHOLD) + " " + num(r.header().threshold())
          + (whiskers ? ", " + both(Label.of("เส้นแสดงช่วงความเชื่อมั่น " + level + " %", level + " % intervals as whiskers"))
              : "");
      s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"")
          .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">")
          .append("<title>").append(html(desc)).append("</title>")
          .append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
          .append("\" fill=\"#ffffff\"/>");
      for (int v = 0; v <= 100; v += 20) {
        double y = top + plotH - plotH * v / 100.0;
        s.append(String.format(java.util.Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d9d9d9\" stroke-width=\"1\"/>"
                + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">%d</text>",
            left, y, left + plotW, y, left - 6, y + 4, v));
      }
      for (int k = 0; k < inds.size(); k++) {
        IndicatorRow i = inds.get(k);
        double x = left + k * slot + slot * 0.15;
        double w = slot * 0.7;
        BigDecimal score = i.score().orElse(BigDecimal.ZERO);
        double h = plotH * score.doubleValue() / 100.0;
        String fill = i.meetsThreshold().orElse(false) ? "#2e7d32" : "#c62828";
        s.append(String.format(java.util.Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
            x, top + plotH - h, w, h, fill, html(i.number() + " " + both(i.name()) + ": " + num(i.score()))));
        double labelY = top + plotH - h - 4;
        Optional<Interval> iv = unc.flatMap(u -> u.indicator(i.number()));
        if (iv.isPresent()) {
          double cx = x + w / 2;
          double yLow = top + plotH - plotH * iv.get().low().doubleValue() / 100.0;
          double yHigh = top + plotH - plotH * iv.get().high().doubleValue() / 100.0;
          s.append(String.format(java.util.Locale.ROOT,
              "<g class=\"interval\" stroke=\"#1a1a1a\" stroke-width=\"1.5\"><title>%s</title>"
                  + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                  + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                  + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/></g>",
              html(i.number() + ": " + level + " % " + num(iv.get().low()) + " – " + num(iv.get().high())),
              cx, yLow, cx, yHigh, cx - 6, yLow, cx + 6, yLow, cx - 6, yHigh, cx + 6, yHigh));
          labelY = Math.min(labelY, yHigh - 4);
        }
        s.append(String.format(java.util.Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a1a1a\">%s</text>",
            x + w / 2, labelY, html(num(i.score()))));
        s.append(String.format(java.util.Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">%d</text>",
            x + w / 2, top + plotH + 16, i.number()));
        s.append(String.format(java.util.Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#555\">%s</text>",
            x + w / 2, top + plotH + 30, i.tool().name()));
      }
      double ty = top + plotH - plotH * r.header().threshold().doubleValue() / 100.0;
      s.append(String.format(java.util.Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#f57c00\" stroke-width=\"2\" "
              + "stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\" "
              + "fill=\"#f57c00\">%s</text>",
          left, ty, left + plotW, ty, left + plotW, ty - 5,
          html(both(Label.of("เกณฑ์", "threshold")) + " " + num(r.header().threshold()))));
      s.append(String.format(java.util.Locale.ROOT,
          "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">%s</text>",
          left + plotW / 2, height - 8, html(both(Text.INDICATOR) + " 1–" + inds.size())));
      if (whiskers) {
        s.append(String.format(java.util.Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#1a1a1a\">%s</text>", left, height - 8,
            html("I " + both(Label.of("ช่วงความเชื่อมั่น " + level + " %", level + " % interval")))));
      }
      s.append("</svg>");
      return s.toString();
    }
  }
}
