package io.github.itasdk.report.render;

import static io.github.itasdk.report.render.Text.html;

import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.IndicatorRow;
import io.github.itasdk.report.UncertaintySection;
import io.github.itasdk.report.internal.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bar chart of the indicators with the threshold line (and, where the report has intervals, each
 * indicator's interval as a whisker), laid out once in the units of its SVG {@code viewBox}. The HTML page
 * draws it as a fluid inline SVG ({@link #svg()}); other renderers (the Word document of {@code
 * ita-report-office}) draw the same shapes from {@link #rects()}, {@link #lines()} and {@link #labels()}.
 *
 * <p>Every label's position is decided from the geometry, so no label can overlap another label, a bar, a
 * whisker or the threshold line: a bar's value sits above the bar (or above its whisker); where that would
 * cross the threshold line it moves above the line; the threshold, the colours and the whiskers are
 * explained in a legend under the axis instead of on the bars. Text widths are estimated generously for the
 * fonts the page asks for (TH Sarabun New, Sarabun, Laksaman) and for a generic sans-serif fallback.
 *
 * <pre>{@code
 * Chart chart = Chart.of(report);
 * String svg = chart.svg();                 // <svg viewBox="0 0 720 …" …>
 * chart.labels();                           // every text with its box
 * }</pre>
 */
public final class Chart {
  /** The width of the chart in viewBox units (the page scales it to the column width). */
  public static final double WIDTH = 720;
  /** The fonts the chart asks for, best first; the page uses the same list. */
  public static final String FONTS = "'TH Sarabun New','Sarabun','Laksaman',sans-serif";

  private static final double LEFT = 44;
  private static final double RIGHT = 10;
  private static final double PLOT_H = 250;
  private static final double TICK = 13;
  private static final double AXIS = 14;
  private static final double TOOL = 12;
  private static final double LEGEND = 14;
  private static final double GAP = 3;
  /** Half the thickness of the band around the threshold line that no label may enter. */
  private static final double BAND = 2;
  private static final String MEETS = "#2e7d32";
  private static final String MISSES = "#c62828";
  private static final String NO_SCORE = "#9e9e9e";
  private static final String LINE = "#e65100";
  private static final String INK = "#1a1a1a";

  /** How a label's x relates to its text. */
  public enum Anchor {
    /** x is the left end. */
    START,
    /** x is the middle. */
    MIDDLE,
    /** x is the right end. */
    END
  }

  /** What a label says. */
  public enum Role {
    /** A value of the y axis (0, 20, … 100). */
    TICK,
    /** A bar's score. */
    VALUE,
    /** An indicator's number or tool under the axis. */
    AXIS,
    /** Legend text. */
    LEGEND
  }

  /**
   * An axis-aligned box in viewBox units.
   *
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   */
  public record Box(double x, double y, double width, double height) {
    /**
     * @param o another box
     * @return whether the two boxes share any area (touching edges do not count)
     */
    public boolean intersects(Box o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    /**
     * @param o another box
     * @return whether {@code o} lies wholly inside this box
     */
    public boolean contains(Box o) {
      return o.x >= x && o.y >= y && o.x + o.width <= x + width && o.y + o.height <= y + height;
    }
  }

  /**
   * A filled rectangle: a bar or a legend swatch.
   *
   * @param box where
   * @param fill colour, {@code #rrggbb}
   * @param title the tooltip (a bar's indicator and score); empty for a swatch
   */
  public record Rect(Box box, String fill, Optional<String> title) {}

  /**
   * A line: grid, axis, threshold (dashed) or whisker.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param stroke colour
   * @param width stroke width
   * @param dashed whether dashed (the threshold)
   */
  public record Line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {}

  /**
   * An interval drawn as a whisker: a vertical line from low to high with a cap at each end.
   *
   * @param x the bar's centre
   * @param low the y of the interval's low end (the larger y)
   * @param high the y of its high end
   * @param cap half the width of the caps
   * @param title what it shows, e.g. {@code 8: 95 % 79.33 – 87.67}
   */
  public record Whisker(double x, double low, double high, double cap, String title) {
    /** @return the three lines that draw it */
    public List<Line> lines() {
      return List.of(new Line(x, low, x, high, INK, 1.5, false), new Line(x - cap, low, x + cap, low, INK, 1.5, false),
          new Line(x - cap, high, x + cap, high, INK, 1.5, false));
    }

    /** @return the box it covers, with a unit of room around its strokes */
    public Box box() {
      return new Box(x - cap - 1, high - 1, 2 * cap + 2, low - high + 2);
    }
  }

  /**
   * A text.
   *
   * @param text what it says (plain text)
   * @param x where, per {@code anchor}
   * @param baseline the baseline's y
   * @param size font size
   * @param anchor how x relates to the text
   * @param fill colour
   * @param role what it is
   */
  public record Label(String text, double x, double baseline, double size, Anchor anchor, String fill, Role role) {
    /** @return the box the text may cover (estimated generously) */
    public Box box() {
      double w = textWidth(text, size);
      double left = switch (anchor) {
        case START -> x;
        case MIDDLE -> x - w / 2;
        case END -> x - w;
      };
      return new Box(left, baseline - ascent(size), w, ascent(size) + descent(size));
    }
  }

  /**
   * One bar as the layout needs it.
   *
   * @param number the indicator number
   * @param tool its tool
   * @param score its score; empty when the card has none (no bar, a dash)
   * @param meets whether it reaches the threshold
   * @param interval its interval, for a whisker
   * @param title the bar's tooltip
   */
  record Item(int number, String tool, Optional<BigDecimal> score, boolean meets, Optional<Interval> interval,
      String title) {}

  private final double height;
  private final String title;
  private final List<Rect> rects = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();
  private final List<Label> labels = new ArrayList<>();
  private final List<Whisker> whiskers = new ArrayList<>();
  private final Box plot;
  private final Box band;

  /**
   * Lays out the chart of a report's indicators, in Thai.
   *
   * @param report the report
   * @return the chart
   */
  public static Chart of(AnalysisReport report) {
    return of(report, Language.TH);
  }

  /**
   * Lays out the chart of a report's indicators.
   *
   * @param report the report
   * @param language the language of the legend and the titles
   * @return the chart
   */
  public static Chart of(AnalysisReport report, Language language) {
    Optional<UncertaintySection> unc = report.uncertainty().filter(UncertaintySection::available);
    List<Item> items = new ArrayList<>();
    for (IndicatorRow i : report.indicators()) {
      items.add(new Item(i.number(), i.tool().name(), i.score(), i.meetsThreshold().orElse(false),
          unc.flatMap(u -> u.indicator(i.number())),
          i.number() + " " + language.pick(i.name()) + ": " + Text.num(i.score())));
    }
    return new Chart(items, report.header().threshold(), unc.map(u -> Text.percent(u.level())), language);
  }

  Chart(List<Item> items, BigDecimal threshold, Optional<String> level, Language language) {
    boolean anyWhisker = items.stream().anyMatch(i -> i.interval().isPresent());
    double valueSize = valueFontSize(items.size());
    double top = GAP + ascent(valueSize) + descent(valueSize) + GAP + BAND + 2;
    double plotW = WIDTH - LEFT - RIGHT;
    plot = new Box(LEFT, top, plotW, PLOT_H);
    double bottom = top + PLOT_H;
    double slot = items.isEmpty() ? plotW : plotW / items.size();
    // grid and y-axis values
    for (int v = 0; v <= 100; v += 20) {
      double y = y(v);
      lines.add(new Line(LEFT, y, LEFT + plotW, y, v == 0 ? "#757575" : "#dddddd", 1, false));
      labels.add(new Label(Integer.toString(v), LEFT - 6, y + ascent(TICK) / 2 - 1, TICK, Anchor.END, "#555555",
          Role.TICK));
    }
    double ty = y(threshold.doubleValue());
    band = new Box(LEFT, ty - BAND, plotW, 2 * BAND);
    List<String> desc = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      double cx = LEFT + k * slot + slot / 2;
      double w = Math.min(slot * 0.62, 56);
      double barTop = bottom;
      if (it.score().isPresent()) {
        barTop = y(it.score().get().doubleValue());
        rects.add(new Rect(new Box(cx - w / 2, barTop, w, bottom - barTop), it.meets() ? MEETS : MISSES,
            Optional.of(it.title())));
      }
      double anchorTop = barTop;
      if (it.interval().isPresent()) {
        double yLow = y(it.interval().get().low().doubleValue());
        double yHigh = y(it.interval().get().high().doubleValue());
        double cap = Math.min(6, w / 2);
        Interval iv = it.interval().get();
        whiskers.add(new Whisker(cx, yLow, yHigh, cap, it.number() + ": " + level.orElse("") + " % "
            + iv.low().toPlainString() + " – " + iv.high().toPlainString()));
        anchorTop = Math.min(anchorTop, yHigh - 1);
      }
      String value = it.score().map(BigDecimal::toPlainString).orElse("–");
      double baseline = anchorTop - GAP - descent(valueSize);
      Label v = new Label(value, cx, baseline, valueSize, Anchor.MIDDLE, INK, Role.VALUE);
      if (v.box().intersects(band)) {
        // the value would cross the threshold line: put it just above the line
        v = new Label(value, cx, band.y() - GAP - descent(valueSize), valueSize, Anchor.MIDDLE, INK,
            Role.VALUE);
      }
      labels.add(v);
      labels.add(new Label(Integer.toString(it.number()), cx, bottom + 4 + ascent(AXIS), AXIS, Anchor.MIDDLE,
          INK, Role.AXIS));
      labels.add(new Label(it.tool(), cx, bottom + 4 + ascent(AXIS) + descent(AXIS) + 2 + ascent(TOOL), TOOL,
          Anchor.MIDDLE, "#555555", Role.AXIS));
    }
    lines.add(new Line(LEFT, ty, LEFT + plotW, ty, LINE, 2, true));
    // the legend, flowed left to right under the axis labels
    double legendTop = bottom + 4 + ascent(AXIS) + descent(AXIS) + 2 + ascent(TOOL) + descent(TOOL) + 10;
    Legend legend = new Legend(legendTop);
    String thr = language.pick(Text.THRESHOLD) + " " + threshold.toPlainString();
    legend.add(thr, (x, mid) -> lines.add(new Line(x, mid, x + 26, mid, LINE, 2, true)), 26);
    legend.add(language.pick(Words.label("meets")), (x, mid) -> swatch(x, mid, MEETS), 12);
    legend.add(language.pick(Words.label("misses")), (x, mid) -> swatch(x, mid, MISSES), 12);
    desc.add(language.pick(Text.CHART));
    desc.add(thr);
    if (anyWhisker) {
      String iv = language.pick(Words.format("chart_interval", level.orElse("")));
      legend.add(iv, (x, mid) -> {
        lines.addAll(new Whisker(x + 6, mid + 7, mid - 7, 5, "").lines());
      }, 12);
      desc.add(iv);
    }
    height = Math.ceil(legend.bottom() + 6);
    title = String.join(", ", desc);
  }

  private void swatch(double x, double mid, String fill) {
    rects.add(new Rect(new Box(x, mid - 6, 12, 12), fill, Optional.empty()));
  }

  /** Flows legend entries (a glyph, then its text) left to right, wrapping to a new row at the chart's width. */
  private final class Legend {
    private double x = LEFT;
    private double row;
    private final double rowHeight = ascent(LEGEND) + descent(LEGEND) + 4;

    Legend(double top) {
      this.row = top;
    }

    void add(String text, java.util.function.ObjDoubleConsumer<Double> glyph, double glyphWidth) {
      double w = glyphWidth + 6 + textWidth(text, LEGEND);
      if (x > LEFT && x + w > WIDTH - RIGHT) {
        x = LEFT;
        row += rowHeight;
      }
      double mid = row + rowHeight / 2;
      glyph.accept(x, mid);
      labels.add(new Label(text, x + glyphWidth + 6, mid + (ascent(LEGEND) - descent(LEGEND)) / 2, LEGEND,
          Anchor.START, INK, Role.LEGEND));
      x += w + 22;
    }

    double bottom() {
      return row + rowHeight;
    }
  }

  private double y(double score) {
    return plot.y() + PLOT_H - PLOT_H * Math.max(0, Math.min(100, score)) / 100.0;
  }

  /** The value labels' size: 14, smaller only when many bars leave too little room for "100.00". */
  private static double valueFontSize(int bars) {
    double slot = (WIDTH - LEFT - RIGHT) / Math.max(1, bars);
    return Math.min(14, (slot - 4) / textWidth("100.00", 1));
  }

  /** @return the chart's width in viewBox units, {@value #WIDTH} */
  public double width() {
    return WIDTH;
  }

  /** @return the chart's height in viewBox units (it grows with the legend's rows) */
  public double height() {
    return height;
  }

  /** @return the plotting area (0 at its bottom edge, 100 at its top edge) */
  public Box plot() {
    return plot;
  }

  /** @return the band around the threshold line that no label enters */
  public Box thresholdBand() {
    return band;
  }

  /** @return the whiskers (one per indicator with an interval) */
  public List<Whisker> whiskers() {
    return List.copyOf(whiskers);
  }

  /** @return bars (with a title) and legend swatches */
  public List<Rect> rects() {
    return List.copyOf(rects);
  }

  /** @return grid, axis, whiskers and the dashed threshold line */
  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /** @return every text of the chart */
  public List<Label> labels() {
    return List.copyOf(labels);
  }

  /** @return what the chart shows, in words (the SVG's title, an image's alternative text) */
  public String title() {
    return title;
  }

  /** @return the chart as an inline SVG element that scales to its container's width (viewBox, no fixed size) */
  public String svg() {
    StringBuilder s = new StringBuilder(8192);
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
        + "viewBox=\"0 0 %s %s\" preserveAspectRatio=\"xMidYMid meet\" font-family=\"%s\">", n(WIDTH), n(height),
        FONTS));
    s.append("<title>").append(html(title)).append("</title>");
    lines.forEach(l -> line(s, l));
    for (Whisker w : whiskers) {
      s.append("<g class=\"interval\"><title>").append(html(w.title())).append("</title>");
      w.lines().forEach(l -> line(s, l));
      s.append("</g>");
    }
    for (Rect r : rects) {
      Box b = r.box();
      s.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\">",
          n(b.x()), n(b.y()), n(b.width()), n(b.height()), r.fill()));
      r.title().ifPresent(t -> s.append("<title>").append(html(t)).append("</title>"));
      s.append("</rect>");
    }
    for (Label l : labels) {
      s.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"%s\" text-anchor=\"%s\" "
          + "fill=\"%s\">%s</text>", n(l.x()), n(l.baseline()), n(l.size()), switch (l.anchor()) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
          }, l.fill(), html(l.text())));
    }
    return s.append("</svg>").toString();
  }

  private static void line(StringBuilder s, Line l) {
    s.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" "
        + "stroke-width=\"%s\"%s/>", n(l.x1()), n(l.y1()), n(l.x2()), n(l.y2()), l.stroke(), n(l.width()),
        l.dashed() ? " stroke-dasharray=\"7 4\"" : ""));
  }

  private static String n(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  // ------------------------------------------------------------------ text metrics

  static double ascent(double size) {
    return size * 1.0;
  }

  static double descent(double size) {
    return size * 0.35;
  }

  /**
   * A generous estimate of a text's width at {@code size}: the widest of the chart's fonts and of the common
   * sans-serif fallbacks (DejaVu Sans digits are 0.64 em), Thai vowel and tone marks taking no width.
   */
  static double textWidth(String text, double size) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E')) {
        continue; // combining above/below marks
      }
      if (c >= '0' && c <= '9') {
        em += 0.64;
      } else if (c == '.' || c == ',' || c == ' ' || c == ':' || c == '(' || c == ')' || c == 'i' || c == 'l'
          || c == 'I' || c == '|') {
        em += 0.40;
      } else if (c >= '\u0E00' && c <= '\u0E7F') {
        em += 0.66;
      } else if (c >= 'A' && c <= 'Z' || c == 'm' || c == 'w' || c == '%' || c == '–' || c == '—') {
        em += 0.80;
      } else {
        em += 0.64;
      }
    }
    return em * size;
  }
}
