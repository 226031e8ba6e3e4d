package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Answers given as the points an option scores instead of its level: said once, not once per answer. */
class PointsInsteadOfLevelsTest {
  static final Path EXAMPLE = Path.of("../examples/made-up-municipality-2564.json");
  static final String[] POINTS = {"0", "33.33", "66.67", "100"};

  /** Every level answer 1-4 written as the linear points 0, 33.33, 66.67, 100. */
  static String asPoints(String json) {
    Matcher m = Pattern.compile("(\"[ie]\\d+\": )(\\[[\\d,\\s]+\\]|\\d)").matcher(json);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String levels = m.group(2).replaceAll("\\b([1-4])\\b", "§$1");
      for (int l = 1; l <= 4; l++) {
        levels = levels.replace("§" + l, POINTS[l - 1]);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + levels));
    }
    return m.appendTail(sb).toString();
  }

  @Test
  void answersGivenAsPointsGetOneProblemSayingSo() throws IOException {
    String json = asPoints(Files.readString(EXAMPLE));
    assertThat(json).contains("33.33").contains("66.67");
    assertThatThrownBy(() -> Ita.score(json)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().extracting(Problem::toString)
            .asString().matches("\\$\\.surveys: \\d+ answers look like points \\(0, 33\\.33, 66\\.67, 100 …\\), not levels:"
                + " give each answer as the level of the option chosen, 1 - k \\(1 = the first option as worded; 1 - 4 on a"
                + " four-level question, yes/no or 1 - 2 on a yes/no question\\); the first is"
                + " \\$\\.surveys\\[0\\]\\.respondents\\[0\\]\\.answers\\.i1\\[0\\] = \\S+"));
  }

  @Test
  void aStrayZeroOrTwoAreStillReportedWhereTheyAre() throws IOException {
    String json = Files.readString(EXAMPLE).replaceFirst("\"i2\": \\d", "\"i2\": 2.5").replaceFirst("\"i7\": \\d", "\"i7\": 0");
    assertThatThrownBy(() -> Ita.score(json)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::location)
            .containsExactly("$.surveys[0].respondents[0].answers.i2"));   // i7's 0 is out of range: reported once the form is right
  }
}
