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
    assertThat(json).contains("\"probabilityMeetsTarget\" : 0.0029,", "\"probabilityRatingDiffers\" : 0.0029")
        .doesNotContain("0.0029000000000000137");
    assertThat(ita("score", input, "--ci").out()).contains("P(total ≥ target) = 0.0029",
        "P(rating differs from the point estimate's) = 0.0029", "rating levels: A 0.0029  B 0.9971");
    assertThat(ita("report", input, "--ci", "--format", "json").out()).contains("\"probabilityRatingDiffers\" : 0.0029");
    assertThat(ita("report", input, "--ci", "--format", "md").out()).contains("0.29 %");
  }
}
