package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.report.render.Html;
import io.github.itasdk.report.render.Language;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTest {
  static final String EVIL = "<script>alert('x')</script> **bold** [link](http://x) | pipe & \"q\"\nnew line";

  static AnalysisReport evil() {
    ScoreCard card = ScoringEngine.of(Rubrics.forFiscalYear(2566)).score(Inputs.fromIndicators("ITA-2566",
        "99.45", "100.00", "100.00", "100.00", "100.00", "89.84", "88.80", "83.18", "100.00", "100.00")
        .agency(Agency.named(EVIL)).publishedRating("ผ่าน").build());
    ReportOptions opts = ReportOptions.builder()
        .plan(PlanDocument.builder().addMeasures(Measure.builder().title(EVIL).targets(Targets.builder().addThemes(1)
            .build()).addResponsible(EVIL).addSteps(EVIL, "ขั้นที่ 2").period(EVIL).analysis(EVIL).build())
            .addLimitations(EVIL).addSuggestions(EVIL).build()).build();
    return AnalysisReport.of(card, Rubrics.forFiscalYear(2566), opts);
  }

  @Test
  void htmlEscapesEveryPieceOfCallerText() {
    String html = Html.render(evil());
    assertThat(html).doesNotContain("<script>").doesNotContain("alert('x')")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&quot;q&quot;")
        .startsWith("<!DOCTYPE html>").contains("<html lang=\"th\">").contains("<svg").endsWith("</html>\n");
    // no external resources: the document stands alone
    assertThat(html).doesNotContain("src=").doesNotContain("<link").doesNotContain("@import");
  }

  @Test
  void markdownEscapesEveryPieceOfCallerText() {
    String md = Markdown.render(evil());
    assertThat(md).doesNotContain("<script>").doesNotContain("</script>").contains("&lt;script>")
        .contains("\\*\\*bold\\*\\*").contains("[link\\](http://x)").contains("\\| pipe & \"q\"")
        .doesNotContain("\nnew line");
    // a table row stays one row: the agency's pipe and newline cannot break it
    assertThat(md.lines().filter(l -> l.startsWith("| หน่วยงาน |"))).singleElement().asString()
        .endsWith(" new line |");
  }

  @Test
  void theUncertaintySectionEscapesItsTextToo() {
    // a deserialised Uncertainty is caller text as much as an agency name
    // an Uncertainty is an output: a test makes one the way a caller can, by reading its JSON
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("available", false);
    tree.putRawValue("options", new com.fasterxml.jackson.databind.util.RawValue(
        io.github.itasdk.core.json.ItaJson.write(io.github.itasdk.core.uncertainty.BootstrapOptions.defaults())));
    tree.putArray("notes").add(EVIL).add(EVIL + " 2");
    io.github.itasdk.core.uncertainty.Uncertainty hostile = io.github.itasdk.core.json.ItaJson.read(tree.toString(),
        io.github.itasdk.core.uncertainty.Uncertainty.class);
    AnalysisReport r = AnalysisReport.of(Examples.thaKub(), Rubrics.forFiscalYear(2566),
        ReportOptions.builder().uncertainty(hostile).build());
    assertThat(r.uncertainty().orElseThrow().reason()).hasValue(EVIL);
    assertThat(Html.render(r, Language.TH_EN)).doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(Markdown.render(r, Language.TH_EN)).doesNotContain("<script>").contains("\\*\\*bold\\*\\*").doesNotContain("\nnew line");
  }

  @Test
  void theChartHasTenBarsAndTheThresholdLine() {
    String html = Html.render(AnalysisReport.of(Examples.thaKub(), Rubrics.forFiscalYear(2566)));
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
    assertThat(svg.split("<title>", -1)).hasSize(1 + 1 + 10); // the chart's title + one per bar
    assertThat(svg).contains("stroke-dasharray").contains(">เกณฑ์ 85.00</text>");
    assertThat(svg).contains("fill=\"#c62828\"><title>8 "); // indicator 8 misses 85
    // fluid: a viewBox and no fixed size, so the page scales it to its column
    assertThat(svg).contains("viewBox=\"0 0 720.0 ").doesNotContain(" width=\"720").contains("class=\"chart\"");
  }

  @Test
  void markdownOfTheThaKubExampleShowsItsTablesAndFindings() {
    String md = Markdown.render(AnalysisReport.of(Examples.thaKub(), Rubrics.forFiscalYear(2566)));
    assertThat(md).contains("| คะแนนรวม | **96.15** |")
        .contains("| 8 | การปรับปรุงการทำงาน | EIT | 83.18 | **ไม่ผ่านเกณฑ์** |")
        .contains("- **ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน: 83.18**\n"
            + "  - e13 หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่ — 68.42\n")
        .contains("| e13 | หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่ | 68.42 |")
        .contains("ข้อที่ทำให้คะแนนต่ำ ได้แก่ e13 (68.42 คะแนน ต่ำกว่าเกณฑ์ 16.58 คะแนน)")
        // no publication condition was given: the report does not claim the result is publishable
        .contains("| การประกาศผล | ยังยืนยันไม่ได้ว่าประกาศผลได้").doesNotContain("ประกาศผลได้ (publishable)");
  }

  @Test
  void theBundledExamplesRenderInHeadlessChromiumToANonBlankImage(@TempDir Path tmp) throws Exception {
    String chromium = findChromium();
    String why = "Chromium is not installed (Debian: apt-get install chromium fonts-thai-tlwg; .ci/run installs both):"
        + " the HTML rendering was not checked in a browser";
    Assumptions.assumeTrue(chromium != null, why);
    Map<String, AnalysisReport> reports = new LinkedHashMap<>();
    for (String name : List.of("thakub-sao-2566", "dept-industrial-works-2566")) {
      reports.put(name, AnalysisReport.of(Examples.card(name), Rubrics.forFiscalYear(2566)));
    }
    // raw answers with the bootstrap's intervals drawn as whiskers on the chart, and the no-interval case
    reports.put("made-up-municipality-2564-uncertainty", UncertaintyTest.municipality());
    reports.put("thakub-sao-2566-no-interval", UncertaintyTest.withUncertainty("thakub-sao-2566"));
    for (Map.Entry<String, AnalysisReport> e : reports.entrySet()) {
      String name = e.getKey();
      Path html = tmp.resolve(name + ".html");
      String doc = Html.render(e.getValue());
      assertThat(doc.contains("<g class=\"interval\"")).as("whiskers in %s", name)
          .isEqualTo(name.endsWith("-uncertainty"));
      Files.writeString(html, doc);
      Path png = tmp.resolve(name + ".png");
      Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--user-data-dir=" + tmp.resolve("profile-" + name), "--screenshot=" + png, "--window-size=1200,1600",
          html.toUri().toString()).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile()).start();
      assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
      assertThat(png).as("screenshot of %s (log: %s)", name, Files.readString(tmp.resolve(name + ".log"))).exists();
      BufferedImage img = ImageIO.read(png.toFile());
      assertThat(img.getWidth()).isEqualTo(1200);
      Set<Integer> colours = new HashSet<>();
      long nonWhite = 0;
      for (int y = 0; y < img.getHeight(); y += 2) {
        for (int x = 0; x < img.getWidth(); x += 2) {
          int rgb = img.getRGB(x, y) & 0xFFFFFF;
          colours.add(rgb);
          if (rgb != 0xFFFFFF) {
            nonWhite++;
          }
        }
      }
      double share = nonWhite / ((img.getWidth() / 2.0) * (img.getHeight() / 2.0));
      assertThat(colours.size()).as("distinct colours").isGreaterThan(10);
      assertThat(share).as("share of non-white pixels").isBetween(0.02, 0.9);
    }
  }

  static String findChromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String n : List.of("chromium", "chromium-browser")) {
        if (Files.isExecutable(Path.of(dir, n))) {
          return Path.of(dir, n).toString();
        }
      }
    }
    return null;
  }

}
