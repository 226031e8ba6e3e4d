package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.PublishedFigure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Missing data is reported for every tool at once, not one tool per attempt. */
class MissingToolsTest {
  @Test
  void everyToolWithoutDataIsNamedInOneError() {
    AssessmentInput in = AssessmentInput.builder().rubric("ITA-2564")
        .addPublished(PublishedFigure.of(FigureLevel.INDICATOR, "1", new BigDecimal("99.45"))).build();
    assertThatThrownBy(() -> Ita.score(in)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString).containsExactly(
            "$: no data to score IIT: indicator 2 [i7, i8, i9, i10, i11, i12], indicator 3 [i13, i14, i15, i16, i17, i18],"
                + " indicator 4 [i19, i20, i21, i22, i23, i24], indicator 5 [i25, i26, i27, i28, i29, i30] have no responses"
                + " and no published figure",
            "$: no data to score EIT: indicator 6 [e1, e2, e3, e4, e5], indicator 7 [e6, e7, e8, e9, e10], indicator 8"
                + " [e11, e12, e13, e14, e15] have no responses and no published figure",
            "$: no data to score OIT: indicator 9 [o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12, o13, o14, o15, o16,"
                + " o17, o18, o19, o20, o21, o22, o23, o24, o25, o26, o27, o28, o29, o30, o31, o32, o33], indicator 10"
                + " [o34, o35, o36, o37, o38, o39, o40, o41, o42, o43] have no assessment and no published figure"));
  }

  @Test
  void aSplitEitWithoutDataAndAMissingOitAreReportedTogether() {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric("ITA-2566");
    for (int i = 1; i <= 5; i++) {
      b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(i), new BigDecimal("90")));
    }
    assertThatThrownBy(() -> Ita.score(b.build())).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::message)
            .hasSize(2).allSatisfy(m -> assertThat(m).startsWith("no data to score "))
            .anySatisfy(m -> assertThat(m).startsWith("no data to score EIT:"))
            .anySatisfy(m -> assertThat(m).startsWith("no data to score OIT:")));
  }
}
