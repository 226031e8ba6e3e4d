package io.github.itasdk.report.render;

import static io.github.itasdk.report.render.Text.html;

import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.ReportHeader;
import java.util.List;
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
  /** The page's style sheet, screen and print (A4), from {@code report.css} beside this class. */
  static final String CSS = css();

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

  private static String css() {
    try (java.io.InputStream in = Html.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
        table(t);
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
        a("<h2>").a(html(c.title())).a("</h2>\n<figure class=\"chart\">").a(Chart.of(r, lang).svg())
            .a("</figure>\n");
      }
    }
    a("</body>\n</html>\n");
  }

  /**
   * A table: a key–value table (every head cell empty) as rows of a heading cell and its value, with no empty
   * heading row; any other table with its head and one column width per kind of column ({@link Columns}).
   */
  private void table(Doc.Table t) {
    if (t.head().stream().allMatch(String::isEmpty)) {
      a("<table class=\"meta\"><tbody>\n");
      for (List<Doc.Cell> cells : t.rows()) {
        a("<tr>");
        for (int i = 0; i < cells.size(); i++) {
          a(i == 0 ? "<th scope=\"row\">" : cell(cells.get(i))).a(i == 0 ? value(cells.get(i)) : "")
              .a(i == 0 ? "</th>" : "</td>");
        }
        a("</tr>\n");
      }
      a("</tbody></table>\n");
      return;
    }
    a("<table><colgroup>");
    for (Columns.Kind k : Columns.of(t)) {
      a(switch (k) {
        case NUMBER -> "<col class=\"n\">";
        case CODE -> "<col class=\"id\">";
        case WORDS -> "<col class=\"key\">";
        case TEXT -> "<col>";
      });
    }
    a("</colgroup><thead><tr>");
    t.head().forEach(x -> a("<th>").a(html(x)).a("</th>"));
    a("</tr></thead><tbody>\n");
    for (List<Doc.Cell> cells : t.rows()) {
      a("<tr>");
      cells.forEach(c -> a(cell(c)).a("</td>"));
      a("</tr>\n");
    }
    a("</tbody></table>\n");
  }

  /** A cell's opening tag and escaped content. */
  private static String cell(Doc.Cell c) {
    return (c.numeric() ? "<td class=\"n\">" : "<td>") + value(c);
  }

  private static String value(Doc.Cell c) {
    String v = c.lines().stream().map(Text::html).collect(Collectors.joining("<br>"));
    return c.strong() ? "<strong class=\"miss\">" + v + "</strong>" : v;
  }
}
