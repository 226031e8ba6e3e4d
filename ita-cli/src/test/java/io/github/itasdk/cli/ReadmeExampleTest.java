package io.github.itasdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.rubrics.Ita;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example, complete, with the values its comments claim; and the README's claims about it. */
class ReadmeExampleTest {
  static final String[] THA_KUB = {"99.45", "100.00", "100.00", "100.00", "100.00", "89.84", "88.80", "83.18", "100.00", "100.00"};

  @Test
  void theJavaExampleGivesWhatItsCommentsSay() {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric("ITA-2566");
    for (int i = 0; i < THA_KUB.length; i++) {
      b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(i + 1), new BigDecimal(THA_KUB[i])));
    }
    AssessmentInput in = b.publishedRating("ผ่าน").build();
    ScoreCard card = Ita.score(in);
    assertThat(card.total()).isEqualByComparingTo("96.15");
    assertThat(card.rating().map(Rating::toString)).hasValue("PASS ผ่าน (Pass)");
    assertThat(card.ratedUnder(Rubrics.forFiscalYear(2564).ratingPolicy()).rating().map(Rating::toString)).hasValue("AA AA");
  }

  @Test
  void theBootstrapExampleGivesWhatItsCommentsSay() throws IOException {
    var input = io.github.itasdk.core.json.ItaJson.readInput(Files.readString(Path.of("../examples/made-up-municipality-2564.json")));
    var rubric = Rubrics.forId(input.rubric());
    var u = io.github.itasdk.core.uncertainty.Bootstrap.of(rubric).run(input,
        io.github.itasdk.core.uncertainty.BootstrapOptions.builder().resamples(5000).seed(7).build());
    assertThat(u.total().map(Object::toString)).hasValue("total 83.85 [83.00, 84.70] se 0.4413");
    assertThat(u.probabilityMeetsTarget()).hasValue(0.0038);
    assertThat(Files.readString(Path.of("../README.md")))
        .contains("u.total();                    // Optional[total 83.85 [83.00, 84.70] se 0.4413]");
  }

  @Test
  void theReadmeShowsTheSameCodeAndTheCommandsCiRuns() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("ScoreCard card = Ita.score(in);", "card.total();                                      // 96.15",
        ".publishedRating(\"ผ่าน\")", "$2 ==> Optional[83.18]");
    String ci = Files.readString(Path.of("../.ci/run"));
    assertThat(ci).contains("mvn -B -ntp verify");
    assertThat(readme).contains("mvn -B -ntp verify");
  }
}
