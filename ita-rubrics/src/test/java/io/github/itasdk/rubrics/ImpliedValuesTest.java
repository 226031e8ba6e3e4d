package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.rubric.Part;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Published figures that cannot all be true: a given figure and the given figures below it imply a value
 * outside 0–100 for the figure below it that is not given.
 */
class ImpliedValuesTest {
  static PublishedFigure question(String id, String score) {
    return PublishedFigure.of(FigureLevel.QUESTION, id, new BigDecimal(score));
  }

  /**
   * The shape of one FY2566 agency report in our hands (SPEC §2): it prints indicator 7 = 80.91 while its
   * questions e6, e7, e9 and e10 average about 71, so e8 would have to be 5 × 80.91 − 284.81 = 119.74.
   */
  @Test
  void indicatorSevenWithFourOfItsQuestionsImpliesAnImpossibleE8() {
    AssessmentInput in = Inputs.fromIndicators("ITA-2566", "90", "90", "90", "90", "90", "90", "80.91", "90", "90", "90")
        .addPublished(question("e6", "71.20"), question("e7", "71.20"), question("e9", "71.20"), question("e10", "71.21"))
        .publishedRating("ผ่าน").build();
    ScoreCard card = Ita.score(in);
    assertThat(card.warnings()).filteredOn(w -> w.kind() == Warning.Kind.IMPLIED_OUT_OF_RANGE).singleElement()
        .satisfies(w -> {
          assertThat(w.figure()).isEqualTo("question e8");
          assertThat(w.given()).hasValue(new BigDecimal("80.91"));
          assertThat(w.computed()).hasValue(new BigDecimal("119.74"));
          assertThat(w.message()).isEqualTo("indicator 7 is published as 80.91; with question e6 71.20, question e7 "
              + "71.20, question e9 71.20, question e10 71.21 that makes question e8 119.74, outside 0–100: these "
              + "published figures cannot all be true");
        });
    assertThat(card.indicator(7)).hasValue(new BigDecimal("80.91")); // the given figure still stands
  }

  @Test
  void twoUnknownQuestionsAreBoundedByTheirWeightedMean() {
    // indicator 7 = 10.00 with e6, e7, e9 at 90: e8 and e10 would have to average (50 − 270) / 2 = −110
    AssessmentInput in = Inputs.fromIndicators("ITA-2566", "90", "90", "90", "90", "90", "90", "10", "90", "90", "90")
        .addPublished(question("e6", "90"), question("e7", "90"), question("e9", "90")).publishedRating("ผ่าน").build();
    assertThat(Ita.score(in).warnings()).filteredOn(w -> w.kind() == Warning.Kind.IMPLIED_OUT_OF_RANGE)
        .extracting(Warning::message).containsExactly("indicator 7 is published as 10.00; with question e6 90.00, "
            + "question e7 90.00, question e9 90.00 that makes the weighted mean of question e8, question e10 -110.00, "
            + "outside 0–100: these published figures cannot all be true");
  }

  @Test
  void anImpliedValueInsideTheScaleOrNothingGivenBelowIsNoWarning() {
    AssessmentInput possible = Inputs.fromIndicators("ITA-2566", "90", "90", "90", "90", "90", "90", "80.91", "90", "90",
        "90").addPublished(question("e6", "80"), question("e7", "80"), question("e9", "80"), question("e10", "80"))
        .publishedRating("ผ่าน").build();
    assertThat(Ita.score(possible).warnings()).noneMatch(w -> w.kind() == Warning.Kind.IMPLIED_OUT_OF_RANGE);
    // the part-level alternative: indicator 7 of part PUBLIC given, e6..e10 of that part not: nothing implied
    AssessmentInput nothingBelow = Inputs.fromIndicators("ITA-2566", "90", "90", "90", "90", "90", "90", "80.91", "90",
        "90", "90").addPublished(PublishedFigure.of(FigureLevel.INDICATOR, "7", Part.PUBLIC, new BigDecimal("99")))
        .publishedRating("ผ่าน").build();
    assertThat(Ita.score(nothingBelow).warnings()).noneMatch(w -> w.kind() == Warning.Kind.IMPLIED_OUT_OF_RANGE);
  }

  @Test
  void anOitGroupWithAllButOneItemGivenImpliesTheLast() {
    // FY2564 group 10.2 holds o42 and o43 (SPEC §3): published 10.2 = 80 with o42 = 0 implies o43 = 160
    AssessmentInput in = Inputs.fromIndicators("ITA-2564", "90", "90", "90", "90", "90", "90", "90", "90", "90", "90")
        .addPublished(PublishedFigure.of(FigureLevel.GROUP, "10.2", new BigDecimal("80")), question("o42", "0"))
        .build();
    assertThat(Ita.score(in).warnings()).filteredOn(w -> w.kind() == Warning.Kind.IMPLIED_OUT_OF_RANGE)
        .extracting(Warning::message).containsExactly("group 10.2 is published as 80.00; with item o42 0.00 that makes "
            + "item o43 160.00, outside 0–100: these published figures cannot all be true");
  }
}
