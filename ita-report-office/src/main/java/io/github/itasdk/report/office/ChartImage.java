package io.github.itasdk.report.office;

import io.github.itasdk.report.render.Chart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Chart} — the same shapes and label positions as the HTML page's SVG — as a PNG for the Word
 * document, with the first installed of TH Sarabun New, Sarabun, Laksaman, else the platform's sans-serif.
 */
final class ChartImage {
  /** Pixels per viewBox unit: sharp when printed at the text width of an A4 page. */
  static final int SCALE = 3;

  private ChartImage() {}

  static String family() {
    Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    for (String f : List.of("TH Sarabun New", "Sarabun", "Laksaman")) {
      if (installed.contains(f)) {
        return f;
      }
    }
    return Font.SANS_SERIF;
  }

  static byte[] png(Chart chart) {
    int w = (int) Math.ceil(chart.width() * SCALE);
    int h = (int) Math.ceil(chart.height() * SCALE);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(SCALE, SCALE);
      for (Chart.Line l : chart.lines()) {
        line(g, l);
      }
      for (Chart.Whisker wh : chart.whiskers()) {
        wh.lines().forEach(l -> line(g, l));
      }
      for (Chart.Rect r : chart.rects()) {
        g.setColor(Color.decode(r.fill()));
        g.fill(new Rectangle2D.Double(r.box().x(), r.box().y(), r.box().width(), r.box().height()));
      }
      String family = family();
      for (Chart.Label l : chart.labels()) {
        g.setFont(new Font(family, Font.PLAIN, 1).deriveFont((float) l.size()));
        g.setColor(Color.decode(l.fill()));
        FontMetrics fm = g.getFontMetrics();
        double tw = fm.getStringBounds(l.text(), g).getWidth();
        double x = switch (l.anchor()) {
          case START -> l.x();
          case MIDDLE -> l.x() - tw / 2;
          case END -> l.x() - tw;
        };
        g.drawString(l.text(), (float) x, (float) l.baseline());
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void line(Graphics2D g, Chart.Line l) {
    g.setColor(Color.decode(l.stroke()));
    g.setStroke(l.dashed() ? new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
        new float[] {7, 4}, 0) : new BasicStroke((float) l.width()));
    g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
  }
}
