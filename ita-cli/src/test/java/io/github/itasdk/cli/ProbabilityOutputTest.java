package io.github.itasdk.cli;

import static io.github.itasdk.cli.MainTest.example;
import static io.github.itasdk.cli.MainTest.ita;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rounding rule for probabilities (HALF_UP to 4 decimals), the same in JSON, text and the report. */
class ProbabilityOutputTest {
  @Test
  void scoreJsonScoreTextAndTheReportPrintTheSameProbability() {
    String input = example("made-up-municipality-2564.json");
    String json = ita("score", input, "--ci", "--format", "json").out();
    assertThat(json).contains("\"probabilityMeetsTarget\" : 0.0037,", "\"probabilityRatingDiffers\" : 0.0037")
        .doesNotContain("0.0037000000000000366");
    assertThat(ita("score", input, "--ci").out()).contains("P(total ≥ target) = 0.0037",
        "P(rating differs from the point estimate's) = 0.0037", "rating levels: A 0.0037  B 0.9963");
    assertThat(ita("report", input, "--ci", "--format", "json").out()).contains("\"probabilityRatingDiffers\" : 0.0037");
    assertThat(ita("report", input, "--ci", "--format", "md").out()).contains("0.37 %");
  }
}
