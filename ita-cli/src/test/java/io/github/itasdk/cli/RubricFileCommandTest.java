package io.github.itasdk.cli;

import static io.github.itasdk.cli.MainTest.example;
import static io.github.itasdk.cli.MainTest.ita;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ministry's own rubric file (here the made-up FY2569 example) through every command, and {@code rubric check}. */
class RubricFileCommandTest {
  static final String RUBRIC = example("own-rubric/ITA-2569.json");
  static final String AGENCY = example("own-rubric/agency-2569.json");

  @Test
  void withoutTheFileTheUnknownYearSaysHowToLoadOne() {
    Run r = ita("score", AGENCY);
    assertThat(r.status()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains("(1 problem)");
    assertThat(r.err()).contains("$.rubric: no rubric [ITA-2569]; shipped: ITA-2564, ITA-2566, ITA-2568; for another year,"
        + " write its rubric as a JSON file (docs/rubric-format.md) and load it: Rubrics.load(path) in Java,"
        + " --rubric-file FILE on the command line");
  }

  @Test
  void scoreReportCompareAndSampleSizeUseTheFile() {
    Run score = ita("score", AGENCY, "--rubric-file", RUBRIC);
    assertThat(score.err()).isEmpty();
    assertThat(score.status()).isZero();
    assertThat(score.out()).contains("Total 86.33   Rating ผ่านดี (Good)");

    Run report = ita("report", AGENCY, "--rubric-file", RUBRIC, "--format", "md");
    assertThat(report.status()).isZero();
    assertThat(report.out()).contains("86.33");

    Run compare = ita("compare", example("made-up-sao-2568.json"), AGENCY, "--rubric-file", RUBRIC);
    assertThat(compare.status()).isZero();
    assertThat(compare.out()).contains("| เกณฑ์การประเมิน | เกณฑ์ปี พ.ศ. 2568 | เกณฑ์ปี พ.ศ. 2569 |");

    Run ci = ita("score", AGENCY, "--rubric-file", RUBRIC, "--ci", "--resamples", "200");
    assertThat(ci.status()).isZero();
    assertThat(ci.out()).contains("Uncertainty");

    assertThat(ita("sample-size", "1234", "--rubric", "2569", "--rubric-file", RUBRIC).out()).startsWith("124 ");
    assertThat(ita("rubric", "2569", "--rubric-file", RUBRIC).out()).contains("ITA-2569", "i2 YES_NO");
    assertThat(ita("rubrics", "--rubric-file", RUBRIC).out()).contains("ITA-2569  FY2569 (2026)", "ITA-2568");
  }

  @Test
  void rubricCheckSaysValidOrListsEveryProblemWithItsPath(@TempDir Path dir) throws IOException {
    Run ok = ita("rubric", "check", RUBRIC);
    assertThat(ok.status()).isZero();
    assertThat(ok.out()).isEqualTo(RUBRIC + ": valid rubric ITA-2569 (FY2569 / 2026): IIT 6, EIT 3, OIT 4;"
        + " 13 of 13 questions/items provisional\n");

    Path broken = dir.resolve("mine.json");
    Files.writeString(broken, Files.readString(Path.of(RUBRIC)).replace("\"weight\": 40", "\"weight\": 50")
        .replace("\"id\": \"i3\"", "\"id\": \"i1\""));
    Run bad = ita("rubric", "check", broken.toString());
    assertThat(bad.status()).isEqualTo(Main.INVALID);
    assertThat(bad.err()).isEqualTo(broken + ": not a valid rubric (2 problems):\n"
        + "  ITA-2569/tools[IIT]/indicators[2]/i1: duplicate question id [i1]\n"
        + "  ITA-2569/weighting: weights of rubric [ITA-2569] sum to [110], expected [100]\n");

    Run used = ita("score", AGENCY, "--rubric-file", broken.toString());
    assertThat(used.status()).isEqualTo(Main.INVALID);
    assertThat(used.err()).contains("Invalid rubric [" + broken + "] (2 problems)", "duplicate question id [i1]");

    assertThat(ita("score", AGENCY, "--rubric-file", dir.resolve("none.json").toString()).status()).isEqualTo(Main.IO);
    assertThat(ita("rubric", "check").status()).isEqualTo(Main.USAGE);
  }

  @Test
  void batchTakesItsRubricFromTheOneFile(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("responses.csv");
    Files.writeString(csv, """
        agency,tool,respondent,i1,i2,i3,i4,i5,i6,e1,e2,e3
        A-1,IIT,r1,4,no,3,4,1,3,,,
        A-1,EIT,p1,,,,,,,4,3,4
        """);
    Path oit = dir.resolve("oit.csv");
    Files.writeString(oit, "agency,item,value\nA-1,o1,yes\nA-1,o2,yes\nA-1,o3,100\nA-1,o4,50\n");
    Run r = ita("batch", csv.toString(), oit.toString(), "--rubric-file", RUBRIC, "--summary");
    assertThat(r.err()).contains("1 agencies scored from 2 rows");
    assertThat(r.status()).isZero();
  }
}
