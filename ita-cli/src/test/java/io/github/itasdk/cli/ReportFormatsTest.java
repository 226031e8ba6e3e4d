package io.github.itasdk.cli;

import static io.github.itasdk.cli.MainTest.example;
import static io.github.itasdk.cli.MainTest.ita;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats named one way across commands, picked from the -o file's name, PDF and Word written all or nothing. */
class ReportFormatsTest {
  static final String THA_KUB = example("thakub-sao-2566.json");

  @Test
  void theFileNamePicksTheFormat(@TempDir Path tmp) throws Exception {
    Path html = tmp.resolve("diw.html");
    assertThat(ita("report", example("dept-industrial-works-2566.json"), "-o", html.toString()).status()).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
    Path md = tmp.resolve("thakub.md");
    assertThat(ita("report", THA_KUB, "-o", md.toString()).status()).isZero();
    assertThat(Files.readString(md)).startsWith("# ");
    Path json = tmp.resolve("thakub.json");
    assertThat(ita("report", THA_KUB, "-o", json.toString()).status()).isZero();
    assertThat(Files.readString(json)).startsWith("{");
    Path docx = tmp.resolve("thakub.docx");
    MainTest.Run r = ita("report", THA_KUB, "-o", docx.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("ita: wrote " + docx + "\n");
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      assertThat(new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8))
          .contains("การปรับปรุงการทำงาน");
    }
    Path cmp = tmp.resolve("compare.json");
    assertThat(ita("compare", example("made-up-municipality-2564.json"), example("made-up-municipality-2566.json"),
        "-o", cmp.toString()).status()).isZero();
    assertThat(Files.readString(cmp)).startsWith("{");
  }

  @Test
  void textAndMdAreOneFormatInEveryCommand() {
    assertThat(ita("report", THA_KUB, "--format", "text").out()).isEqualTo(ita("report", THA_KUB, "--format", "md").out())
        .startsWith("# ");
    assertThat(ita("score", THA_KUB, "--format", "md").out()).isEqualTo(ita("score", THA_KUB).out())
        .contains("Total 96.15");
    assertThat(ita("cohort", example("cohort-2566.csv"), "--format", "text").status()).isZero();
  }

  @Test
  void aConflictingPairOrAFormatTheCommandDoesNotWriteIsAUsageError(@TempDir Path tmp) {
    Path pdf = tmp.resolve("thakub.pdf");
    MainTest.Run r = ita("report", THA_KUB, "--format", "md", "-o", pdf.toString());
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("ita report: --format md and -o " + pdf + " disagree: a .pdf file is written as pdf "
        + "(change the file name, or leave out --format)\n");
    r = ita("compare", example("made-up-municipality-2564.json"), example("made-up-municipality-2566.json"), "-o",
        pdf.toString());
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("ita compare: -o " + pdf + ": this command writes text (or md), json, not pdf "
        + "(give a file name that ends in one of those, or --format)\n");
    r = ita("report", THA_KUB, "--format", "docx");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("ita report: --format docx writes a file: give -o FILE.docx\n");
    r = ita("score", THA_KUB, "--format", "html");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("ita score: unknown format [html] (valid: text (or md), json)\n");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void withoutChromiumThePdfIsRefusedWithHowToInstallItAndNoFile(@TempDir Path tmp) throws Exception {
    Path pdf = tmp.resolve("thakub.pdf");
    Path missing = tmp.resolve("no-chromium");
    MainTest.Run r = ita("report", THA_KUB, "-o", pdf.toString(), "--chromium", missing.toString());
    assertThat(r.status()).isEqualTo(Main.IO);
    assertThat(r.err()).isEqualTo("ita report: Chromium not found at " + missing + " (not an executable file). Install it "
        + "(Debian/Ubuntu: apt-get install chromium fonts-thai-tlwg; other systems: Chromium or Google Chrome) or give "
        + "its path with --chromium PATH or the ITA_CHROMIUM environment variable.\n");
    assertThat(pdf).doesNotExist();
  }

  @Test
  void aChromiumThatFailsLeavesNoFileBehind(@TempDir Path tmp) throws Exception {
    Path fake = tmp.resolve("fake-chromium");
    Files.writeString(fake, "#!/bin/sh\necho 'no display' >&2\nexit 1\n");
    fake.toFile().setExecutable(true);
    Path pdf = tmp.resolve("thakub.pdf");
    MainTest.Run r = ita("report", THA_KUB, "-o", pdf.toString(), "--chromium", fake.toString());
    assertThat(r.status()).isEqualTo(Main.IO);
    assertThat(r.err()).isEqualTo("ita report: Chromium (" + fake + ") produced no PDF (exit code 1); its last lines: "
        + "no display\n");
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("fake-chromium");
    }
  }

  @Test
  void thePdfOfThaKub(@TempDir Path tmp) throws Exception {
    boolean chromium = io.github.itasdk.report.office.Pdf.locate(System.getenv()).isPresent();
    if (!chromium) {
      System.out.println("SKIPPED: Chromium is not installed: ./ita report … -o thakub.pdf was not run");
    }
    Assumptions.assumeTrue(chromium, "Chromium is not installed");
    Path pdf = tmp.resolve("thakub.pdf");
    MainTest.Run r = ita("report", THA_KUB, "-o", pdf.toString());
    assertThat(r.status()).as(r.err()).isZero();
    byte[] head = new byte[5];
    try (var in = Files.newInputStream(pdf)) {
      assertThat(in.read(head)).isEqualTo(5);
    }
    assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
