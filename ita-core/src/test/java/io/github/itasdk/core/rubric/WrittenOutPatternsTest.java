package io.github.itasdk.core.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The rubric checks written out instead of regular expressions (so that loading a rubric compiles no
 * pattern) accept exactly what the expressions they replace accept.
 */
class WrittenOutPatternsTest {
  private static final Pattern ELEMENT_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern OIT_ID = Pattern.compile("o[1-9][0-9]*");

  /**
   * Short strings over the characters that matter at each place (and a few that never fit), half of them
   * near a valid form: an {@code o} and digits, or words of letters and digits with hyphens between.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().withChars("az09-oO_ .\u0e01").ofMaxLength(7);
    Arbitrary<String> oitLike = Arbitraries.strings().withChars("0123456789o").ofMaxLength(4).map(t -> "o" + t);
    Arbitrary<String> codeLike = Arbitraries.strings().withChars("ab19-").ofMinLength(1).ofMaxLength(6);
    return Arbitraries.oneOf(any, oitLike, codeLike);
  }

  @Property(tries = 3000)
  void elementCodesAsTheExpression(@ForAll("texts") String s) {
    boolean expected = ELEMENT_CODE.matcher(s).matches();
    Statistics.label("matches").collect(expected);
    assertThat(RubricValidator.isElementCode(s)).as(s).isEqualTo(expected);
  }

  @Property(tries = 3000)
  void oitIdsAsTheExpression(@ForAll("texts") String s) {
    boolean expected = OIT_ID.matcher(s).matches();
    Statistics.label("matches").collect(expected);
    assertThat(RubricValidator.isOitId(s)).as(s).isEqualTo(expected);
  }

  @Test
  void examples() {
    assertThat(RubricValidator.isElementCode("org-chart-2566")).isTrue();
    assertThat(RubricValidator.isElementCode("a")).isTrue();
    assertThat(RubricValidator.isElementCode("")).isFalse();
    assertThat(RubricValidator.isElementCode("-a")).isFalse();
    assertThat(RubricValidator.isElementCode("a-")).isFalse();
    assertThat(RubricValidator.isElementCode("a--b")).isFalse();
    assertThat(RubricValidator.isElementCode("Org Chart")).isFalse();
    assertThat(RubricValidator.isOitId("o12")).isTrue();
    assertThat(RubricValidator.isOitId("o1")).isTrue();
    assertThat(RubricValidator.isOitId("o")).isFalse();
    assertThat(RubricValidator.isOitId("o01")).isFalse();
    assertThat(RubricValidator.isOitId("i1")).isFalse();
    assertThat(RubricValidator.isOitId("o1a")).isFalse();
  }
}
