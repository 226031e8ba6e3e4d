package io.github.itasdk.report.office;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.uncertainty.Bootstrap;
import io.github.itasdk.core.uncertainty.BootstrapOptions;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.Measure;
import io.github.itasdk.report.PlanDocument;
import io.github.itasdk.report.SignOff;
import io.github.itasdk.report.Targets;
import io.github.itasdk.report.ReportOptions;
import io.github.itasdk.rubrics.Rubrics;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The bundled examples as reports, and the external tools the tests use when they are installed. */
final class Reports {
  static final Path EXAMPLES = Path.of("..", "examples");
  static final List<String> THREE = List.of("thakub-sao-2566", "dept-industrial-works-2566", "made-up-sao-2568");

  private Reports() {}

  static AnalysisReport of(String example) {
    return of(example, ReportOptions.builder().build());
  }

  static AnalysisReport of(String example, ReportOptions options) {
    try {
      AssessmentInput in = io.github.itasdk.rubrics.Ita.readInput(Files.readString(EXAMPLES.resolve(example + ".json")));
      Rubric r = Rubrics.forId(in.rubric());
      ScoreCard card = ScoringEngine.of(r).score(in);
      return AnalysisReport.of(card, r, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tha Kub with a plan: a measure, a limitation, a suggestion, last year's measure and the sign-off. */
  static AnalysisReport thaKubWithMeasures() {
    return of("thakub-sao-2566", ReportOptions.builder().plan(PlanDocument.builder()
        .addMeasures(Measure.builder().title("เปิดบริการออนไลน์ผ่านเว็บไซต์ของหน่วยงาน")
            .targets(Targets.builder().addIndicators(8).build()).analysis("ผู้รับบริการยังต้องเดินทางมาที่สำนักงาน")
            .addSteps("สำรวจบริการที่ขอผ่านช่องทางออนไลน์ได้", "เปิดระบบและประชาสัมพันธ์")
            .period("ต.ค. 2566 – ก.ย. 2567").addResponsible("สำนักปลัด").build())
        .addLimitations("บุคลากรด้านเทคโนโลยีสารสนเทศมีจำนวนน้อย")
        .addSuggestions("จัดอบรมการใช้ระบบให้เจ้าหน้าที่")
        .signOff(SignOff.builder().name("นายสมมติ ตัวอย่าง").position("นายกองค์การบริหารส่วนตำบล").build())
        .build()).build());
  }

  /** The made-up FY2564 municipality with raw answers: intervals drawn as whiskers. */
  static AnalysisReport withWhiskers() {
    try {
      AssessmentInput in = io.github.itasdk.rubrics.Ita.readInput(Files.readString(EXAMPLES.resolve("made-up-municipality-2564.json")));
      Rubric r = Rubrics.forId(in.rubric());
      return AnalysisReport.of(ScoringEngine.of(r).score(in), r, ReportOptions.builder().uncertainty(Bootstrap.of(r)
          .run(in, BootstrapOptions.builder().resamples(500).seed(7).build())).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An executable on the PATH, if any. */
  static Optional<Path> tool(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (!dir.isEmpty() && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Runs a command and returns its standard output (stderr merged); fails on a non-zero exit. */
  static String run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(cmd + " failed: " + new String(out, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new String(out, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Skips a test with a message on the console (not only in the surefire report). */
  static void skipUnless(boolean condition, String why) {
    if (!condition) {
      System.out.println("SKIPPED: " + why);
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(condition, why);
  }

  /** Where the checks a person makes (screenshots, the files themselves) are written: target/screenshots. */
  static Path out() throws IOException {
    return Files.createDirectories(Path.of("target", "screenshots"));
  }
}
