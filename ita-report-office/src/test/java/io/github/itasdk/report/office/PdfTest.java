package io.github.itasdk.report.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTest {
  @Test
  void theThaKubReportPrintsToAnA4PdfWithEmbeddedFontsAndExtractableThaiText(@TempDir Path tmp) throws Exception {
    Reports.skipUnless(Pdf.locate(System.getenv()).isPresent(), "Chromium is not installed (Debian: apt-get install "
        + "chromium fonts-thai-tlwg; .ci/run installs it): the PDF was not printed");
    Reports.skipUnless(Reports.tool("pdftotext").isPresent() && Reports.tool("pdffonts").isPresent(),
        "poppler-utils (pdfinfo, pdftotext, pdffonts) is not installed: the PDF was not checked");
    byte[] pdf = Pdf.find().print(Reports.thaKubWithMeasures());
    Path file = tmp.resolve("thakub.pdf");
    Files.write(file, pdf);
    Files.write(Reports.out().resolve("thakub-sao-2566.pdf"), pdf);

    String info = Reports.run(List.of("pdfinfo", file.toString()));
    Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
    assertThat(pages.find()).as(info).isTrue();
    // the header, tables, chart, 10 question tables, findings, themes, planner and measures: a few A4 pages
    assertThat(Integer.parseInt(pages.group(1))).isBetween(4, 16);
    assertThat(info).containsPattern("Page size:\\s+59\\d\\.\\d+ x 84\\d\\.\\d+ pts \\(A4\\)");

    // pdftotext breaks lines inside Thai words (Thai has no spaces between words): compare without white space
    String text = Reports.run(List.of("pdftotext", file.toString(), "-")).replaceAll("\\s+", "");
    assertThat(text).contains("รายงานการวิเคราะห์ผลการประเมินคุณธรรม").contains("การปรับปรุงการทำงาน")
        .contains("83.18").contains("96.15").contains("เปิดบริการออนไลน์ผ่านเว็บไซต์ของหน่วยงาน")
        .contains("ตัวชี้วัดที่8การปรับปรุงการทำงาน—83.18");

    String fonts = Reports.run(List.of("pdffonts", file.toString()));
    List<String> rows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
    assertThat(rows).as(fonts).isNotEmpty();
    // columns: name type encoding emb sub uni object ID; every font is embedded
    assertThat(rows).allSatisfy(r -> assertThat(r).containsPattern("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
  }

  @Test
  void chromiumIsFoundThroughTheEnvironmentVariableBeforeThePath(@TempDir Path tmp) throws Exception {
    Path fake = Files.createFile(tmp.resolve("chromium"));
    fake.toFile().setExecutable(true);
    assertThat(Pdf.locate(Map.of("PATH", tmp.toString()))).contains(fake);
    assertThat(Pdf.locate(Map.of("ITA_CHROMIUM", "/opt/chrome/chrome", "PATH", tmp.toString())))
        .contains(Path.of("/opt/chrome/chrome"));
    assertThat(Pdf.locate(Map.of("PATH", tmp.resolve("nothing-here").toString()))).isEmpty();
  }

  @Test
  void withoutChromiumTheMessageSaysHowToInstallIt(@TempDir Path tmp) {
    assertThatThrownBy(() -> Pdf.find(Map.of("PATH", tmp.toString())))
        .isInstanceOf(ChromiumNotFoundException.class)
        .hasMessage("Chromium not found: the PDF is printed by headless Chromium. Install it (Debian/Ubuntu: "
            + "apt-get install chromium fonts-thai-tlwg; other systems: Chromium or Google Chrome) or give its path "
            + "with --chromium PATH or the ITA_CHROMIUM environment variable.");
    assertThatThrownBy(() -> Pdf.withChromium(tmp.resolve("chrome")))
        .isInstanceOf(ChromiumNotFoundException.class)
        .hasMessageStartingWith("Chromium not found at " + tmp.resolve("chrome") + " (not an executable file). Install it");
  }

  @Test
  void aChromiumThatPrintsNothingIsAnErrorNotABrokenFile(@TempDir Path tmp) throws Exception {
    Path fake = tmp.resolve("fake-chromium");
    Files.writeString(fake, "#!/bin/sh\necho 'cannot open display' >&2\nexit 1\n");
    fake.toFile().setExecutable(true);
    assertThatThrownBy(() -> Pdf.withChromium(fake).print(Reports.of("thakub-sao-2566")))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("Chromium (" + fake + ") produced no PDF (exit code 1); its last lines: cannot open display");
  }
}
