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
 * has an uncertainty section, each indicator's interval as a whisker). Thai only unless another
 * {@link Language} is asked for; every piece of caller and rubric text is HTML-escaped, so an
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
    return render(report, Language.TH);
  }

  /**
   * @param report the report
   * @param language Thai only, English only, or both side by side
   * @return a standalone HTML document
   */
  public static String render(AnalysisReport report, Language language) {
    Html h = new Html();
    h.report(report, language);
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

  private void report(AnalysisReport r, Language lang) {
    ReportHeader h = r.header();
    String title = lang.pick(Text.TITLE) + h.agency().map(x -> " — " + x).orElse("");
    a("<!DOCTYPE html>\n<html lang=\"").a(lang == Language.EN ? "en" : "th").a("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .a("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .a("<title>").a(html(title)).a("</title>\n<style>").a(CSS).a("</style>\n</head>\n<body>\n");
    for (Doc.Block block : ReportDoc.of(r, lang)) {
      if (block instanceof Doc.Heading hd) {
        a("<h" + hd.level() + ">").a(html(hd.text())).a("</h" + hd.level() + ">\n");
      } else if (block instanceof Doc.Para p) {
        String cls = p.style() == Doc.Style.NOTE ? " class=\"note\"" : p.style() == Doc.Style.MUTED ? " class=\"muted\"" : "";
        a("<p" + cls + ">").a(html(p.text())).a("</p>\n");
      } else if (block instanceof Doc.Table t) {
        a("<table><thead><tr>");
        t.head().forEach(x -> a("<th>").a(html(x)).a("</th>"));
        a("</tr></thead><tbody>\n");
        for (List<Doc.Cell> cells : t.rows()) {
          a("<tr>");
          for (Doc.Cell c : cells) {
            String v = c.lines().stream().map(Text::html).collect(Collectors.joining("<br>"));
            a(c.numeric() ? "<td class=\"n\">" : "<td>").a(c.strong() ? "<strong class=\"miss\">" + v + "</strong>" : v)
                .a("</td>");
          }
          a("</tr>\n");
        }
        a("</tbody></table>\n");
      } else if (block instanceof Doc.Bullets bs) {
        a("<ul>\n");
        for (Doc.Item i : bs.items()) {
          a("<li>").a(i.strong() ? "<strong>" + html(i.text()) + "</strong>" : html(i.text()));
          if (!i.sub().isEmpty()) {
            a("<ul>");
            i.sub().forEach(x -> a("<li>").a(html(x)).a("</li>"));
            a("</ul>");
          }
          a("</li>\n");
        }
        a("</ul>\n");
      } else if (block instanceof Doc.ChartSlot c) {
        a("<h2>").a(html(c.title())).a("</h2>\n").a(Chart.svg(r)).a("\n");
      }
    }
    a("</body>\n</html>\n");
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
