package io.github.itasdk.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The OIT score form, written out instead of a regular expression, accepts what the expression accepted. */
class ScoreTextTest {
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}(\\.\\d+)?");

  /** Short texts of digits and points (and a few characters that never fit: a sign, a Thai digit, a letter). */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789.").ofMaxLength(7),
        Arbitraries.strings().withChars("019.-e \u0e51").ofMaxLength(6));
  }

  @Property(tries = 3000)
  void acceptsWhatTheExpressionAccepts(@ForAll("texts") String v) {
    boolean expected = SCORE.matcher(v).matches();
    Statistics.label("matches").collect(expected);
    assertThat(OitCsv.isScoreText(v)).as(v).isEqualTo(expected);
  }

  @Test
  void examples() {
    assertThat(OitCsv.isScoreText("100")).isTrue();
    assertThat(OitCsv.isScoreText("87.5")).isTrue();
    assertThat(OitCsv.isScoreText("0.125")).isTrue();
    assertThat(OitCsv.isScoreText("1000")).isFalse();
    assertThat(OitCsv.isScoreText("87.")).isFalse();
    assertThat(OitCsv.isScoreText(".5")).isFalse();
    assertThat(OitCsv.isScoreText("")).isFalse();
    assertThat(OitCsv.isScoreText("8.7.5")).isFalse();
    assertThat(OitCsv.isScoreText("\u0e51\u0e50")).isFalse(); // Thai digits: \d is ASCII only
  }
}
