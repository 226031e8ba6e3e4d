package io.github.itasdk.report.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.render.Html;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes what a person looks at before trusting the formats — the HTML page (full length, 1280 px wide) and
 * page 1 of the PDF of the three examples, the FY2564 example with its interval whiskers, and the Word
 * document converted by LibreOffice — to {@code ita-report-office/target/screenshots/}.
 */
class ScreenshotsTest {
  @Test
  void theExamplesAsAPersonSeesThem(@TempDir Path tmp) throws Exception {
    var chromium = Pdf.locate(System.getenv());
    Reports.skipUnless(chromium.isPresent(), "Chromium is not installed: no screenshots in target/screenshots");
    Path out = Reports.out();
    Map<String, AnalysisReport> reports = new LinkedHashMap<>();
    Reports.THREE.forEach(n -> reports.put(n, Reports.of(n)));
    reports.put("made-up-municipality-2564-ci", Reports.withWhiskers());
    for (Map.Entry<String, AnalysisReport> e : reports.entrySet()) {
      String name = e.getKey();
      Path html = out.resolve(name + ".html");
      Files.writeString(html, Html.render(e.getValue()));
      Path png = out.resolve(name + ".html.png");
      // Chromium has been seen to leave a PNG that does not decode on a loaded machine: take the shot again once
      for (int attempt = 1; ; attempt++) {
        Reports.run(List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--user-data-dir=" + tmp.resolve("profile-" + name + "-" + attempt),
            "--screenshot=" + png, "--window-size=1280,9000", html.toUri().toString()));
        try {
          cropWhiteBottom(png);
          break;
        } catch (javax.imageio.IIOException unreadable) {
          if (attempt == 2) {
            throw unreadable;
          }
        }
      }
      BufferedImage img = ImageIO.read(png.toFile());
      assertThat(img.getWidth()).isEqualTo(1280);
      assertThat(img.getHeight()).as("the page has content below the chart").isGreaterThan(1500);

      Path pdf = out.resolve(name + ".pdf");
      Files.write(pdf, Pdf.withChromium(chromium.get()).print(e.getValue()));
      if (Reports.tool("pdftoppm").isPresent()) {
        Reports.run(List.of("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", pdf.toString(),
            out.resolve(name + ".pdf").toString()));
      }
    }
    if (Reports.tool("pdftoppm").isPresent()) {
      assertThat(out.resolve("thakub-sao-2566.pdf-01.png")).exists();
    } else {
      System.out.println("SKIPPED: poppler-utils (pdftoppm) is not installed: no PNG of the PDF's first page");
    }
  }

  /** Cuts the white space below the page's content (the window is taller than any report). */
  static void cropWhiteBottom(Path png) throws Exception {
    BufferedImage img = ImageIO.read(png.toFile());
    int last = img.getHeight() - 1;
    scan:
    for (; last > 0; last--) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, last) & 0xFFFFFF) != 0xFFFFFF) {
          break scan;
        }
      }
    }
    int h = Math.min(img.getHeight(), last + 40);
    ImageIO.write(img.getSubimage(0, 0, img.getWidth(), h), "png", png.toFile());
  }
}
