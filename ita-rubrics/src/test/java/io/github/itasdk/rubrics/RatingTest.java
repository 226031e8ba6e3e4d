package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.rubric.Part;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rating boundaries of both policies (manual §7.3.1; SPEC §7), decided on figures rounded HALF_UP to 2 decimals. */
class RatingTest {
  static final RatingPolicy FY2564 = Rubrics.forFiscalYear(2564).ratingPolicy();
  static final RatingPolicy FY2566 = Rubrics.forFiscalYear(2566).ratingPolicy();

  static String rate(RatingPolicy p, String total, String lowestTool) {
    return p.rate(new BigDecimal(total), new BigDecimal(lowestTool)).code();
  }

  @ParameterizedTest(name = "FY2564 total {0} → {1}")
  @CsvSource({"100.00,AA", "95.00,AA", "94.99,A", "85.00,A", "84.99,B", "75.00,B", "74.99,C", "65.00,C", "64.99,D",
      "55.00,D", "54.99,E", "50.00,E", "49.99,F", "0.00,F", "84.995,A", "84.9949,B"})
  void fy2564LetterGrades(String total, String grade) {
    assertThat(rate(FY2564, total, "0")).isEqualTo(grade);
  }

  @ParameterizedTest(name = "FY2566 total {0}, lowest tool {1} → {2}")
  @CsvSource({"95.00,95.00,EXCELLENT", "94.99,99.00,GOOD", "96.00,94.99,GOOD", "96.00,84.99,PASS", "85.00,85.00,GOOD",
      "85.00,84.99,PASS", "84.99,100.00,NEEDS_IMPROVEMENT", "70.00,0.00,NEEDS_IMPROVEMENT", "69.99,100.00,URGENT_IMPROVEMENT",
      "0.00,0.00,URGENT_IMPROVEMENT", "100.00,100.00,EXCELLENT", "96.00,94.995,EXCELLENT", "84.995,90.00,GOOD"})
  void fy2566LevelsWithToolFloors(String total, String lowestTool, String level) {
    assertThat(rate(FY2566, total, lowestTool)).isEqualTo(level);
  }

  @Test
  void onlyTotalsAt85OrMoreMeetTheTarget() {
    assertThat(FY2566.rate(new BigDecimal("85.00"), new BigDecimal("10")).meetsTarget()).isTrue();
    assertThat(FY2566.rate(new BigDecimal("84.99"), new BigDecimal("100")).meetsTarget()).isFalse();
    assertThat(FY2564.rate(new BigDecimal("85.00"), BigDecimal.ZERO).meetsTarget()).isTrue();
    assertThat(FY2564.rate(new BigDecimal("84.99"), BigDecimal.ZERO).meetsTarget()).isFalse();
  }

  @Nested
  class OnScoreCards {
    static PublishedFigure tool(String id, Part part, String score) {
      return PublishedFigure.builder().level(FigureLevel.TOOL).id(id).part(java.util.Optional.ofNullable(part))
          .score(new BigDecimal(score)).build();
    }

    ScoreCard fy2566(String iit, String pub, String survey, String oit) {
      return Ita.score(AssessmentInput.builder().rubric("ITA-2566").addPublished(tool("IIT", null, iit),
          tool("EIT", Part.PUBLIC, pub), tool("EIT", Part.SURVEY, survey), tool("OIT", null, oit)).build());
    }

    ScoreCard fy2564(String iit, String eit, String oit) {
      return Ita.score(AssessmentInput.builder().rubric("ITA-2564").addPublished(tool("IIT", null, iit),
          tool("EIT", null, eit), tool("OIT", null, oit)).build());
    }

    @Test
    void anUnroundedTotalOf84_995RoundsUpTo85AndMeetsTheTarget() {
      // 0.3 × 84.01 + 0.3 × 84.07 + 0.4 × 86.4275 = 84.995 exactly; in doubles it is 84.99499999999999…,
      // which HALF_UP would round to 84.99 (a B instead of an A)
      ScoreCard card = fy2564("84.01", "84.07", "86.4275");
      double asDouble = 0.3 * 84.01 + 0.3 * 84.07 + 0.4 * 86.4275;
      assertThat(new BigDecimal(asDouble).setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("84.99");
      assertThat(card.total()).isEqualByComparingTo("85.00");
      assertThat(card.rating()).map(Rating::code).hasValue("A");
      assertThat(fy2564("84.01", "84.07", "86.4274").total()).isEqualByComparingTo("84.99");
    }

    @Test
    void aTotalOf96WithOneEitPartAt84_99IsAPass() {
      // 0.3 × 100 + 0.15 × 84.99 + 0.15 × 100 + 0.4 × 100 = 97.75 ≥ 95, but a part sits under the 85 floor
      ScoreCard card = fy2566("100", "84.99", "100", "100");
      assertThat(card.total()).isEqualByComparingTo("97.75");
      assertThat(card.rating()).map(Rating::code).hasValue("PASS");
      assertThat(card.eit(Part.PUBLIC)).hasValue(new BigDecimal("84.99"));
      assertThat(card.tool(io.github.itasdk.core.rubric.ToolKind.EIT)).hasValue(new BigDecimal("92.50"));
    }

    @Test
    void aTotalOf96WithEveryToolAt85OrMoreIsGood() {
      ScoreCard card = fy2566("100", "85.00", "100", "100");
      assertThat(card.rating()).map(Rating::code).hasValue("GOOD");
    }

    @Test
    void aToolAt94_995RoundsTo95AndKeepsExcellent() {
      ScoreCard card = fy2566("100", "94.995", "100", "100");
      assertThat(card.rating()).map(Rating::code).hasValue("EXCELLENT");
    }

    @Test
    void rerating_replacesTheOldPolicysRatingWarnings() {
      ScoreCard thakub = Ita.score(Inputs.fromIndicators("ITA-2566", "99.45", "100.00", "100.00", "100.00", "100.00",
          "89.84", "88.80", "83.18", "100.00", "100.00").build());
      assertThat(thakub.warnings()).extracting(w -> w.kind().name()).containsExactly("RATING_UNDETERMINED");
      ScoreCard letter = thakub.ratedUnder(FY2564);
      assertThat(letter.rating()).map(Rating::code).hasValue("AA");
      assertThat(letter.warnings()).isEmpty();
    }

    @Test
    void ratingTwiceUnderAnotherPolicyEqualsRatingOnce() {
      ScoreCard card = fy2566("80", "90", "70", "75"); // 24 + 13.5 + 10.5 + 30 = 78.00
      assertThat(card.rating()).map(Rating::code).hasValue("NEEDS_IMPROVEMENT");
      ScoreCard once = card.ratedUnder(FY2564);
      assertThat(once.ratedUnder(FY2564)).isEqualTo(once);
      assertThat(once.rating()).map(Rating::code).hasValue("B");
      assertThat(once.ratedUnder(FY2566)).isEqualTo(card);
    }
  }
}
