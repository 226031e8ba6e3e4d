package io.github.itasdk.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.TargetShare;
import io.github.itasdk.core.rubric.Provenance;
import io.github.itasdk.core.rubric.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A rating basis's candidates: the ratings its range of lowest tool scores allows, none more, none fewer. */
class RatingBasisTest {
  private static final Provenance MADE_UP = Provenance.of("a policy made up for this test", "-", Status.VERIFIED,
      null);

  // two tool floors, one of them inside the A band's range, so a range of lowest tool scores can cross both
  private static final RatingPolicy TWO_FLOORS = RatingPolicy.builder().id("two-floors")
      .label(Label.of("สองเกณฑ์", "two floors")).target(new BigDecimal("85.00"))
      .targetShare(TargetShare.builder().percent(new BigDecimal("50")).provenance(MADE_UP).build())
      .addBands(band("AA", "95.00", "100.00", "80.00"), band("A", "85.00", "100.00", "60.00"),
          band("B", "70.00", "100.00", null), band("C", "0.00", "69.99", null))
      .provenance(MADE_UP).build();

  private static RatingBand band(String code, String min, String max, String floor) {
    RatingBand.Builder b = RatingBand.builder().code(code).label(Label.of(code, code)).min(new BigDecimal(min))
        .max(new BigDecimal(max)).meetsTarget(true);
    if (floor != null) {
      b.toolFloor(new BigDecimal(floor));
    }
    return b.build();
  }

  /** Every lowest tool score of the range, a hundredth apart, rated: the ratings in band order, once each. */
  private static List<Rating> byEveryScore(int total, int low, int high) {
    List<Rating> out = new ArrayList<>();
    for (RatingBand b : TWO_FLOORS.bands()) {
      for (int x = low; x <= high; x++) {
        Rating r = TWO_FLOORS.rate(BigDecimal.valueOf(total, 2), BigDecimal.valueOf(x, 2));
        if (r.code().equals(b.code())) {
          out.add(r);
          break;
        }
      }
    }
    return out;
  }

  @Property(tries = 2000)
  void theCandidatesAreTheRatingsOfEveryLowestToolScoreInTheRange(
      @ForAll @IntRange(min = 6_000, max = 10_000) int total, @ForAll @IntRange(min = 5_000, max = 9_000) int low,
      @ForAll @IntRange(min = 0, max = 3_000) int width) {
    int high = Math.min(10_000, low + width);
    RatingBasis basis = RatingBasis.of(BigDecimal.valueOf(total, 2), BigDecimal.valueOf(low, 2),
        BigDecimal.valueOf(high, 2));
    assertThat(basis.candidates(TWO_FLOORS)).isEqualTo(byEveryScore(total, low, high));
  }

  @Property(tries = 2000)
  void aSingleLowestToolScoreAllowsOneRating(@ForAll @IntRange(min = 0, max = 10_000) int total,
      @ForAll @IntRange(min = 0, max = 10_000) int lowest) {
    RatingBasis basis = RatingBasis.of(BigDecimal.valueOf(total, 2), BigDecimal.valueOf(lowest, 2),
        BigDecimal.valueOf(lowest, 2));
    assertThat(basis.candidates(TWO_FLOORS)).isEqualTo(byEveryScore(total, lowest, lowest)).hasSize(1);
  }

  @Test
  void aRangeAcrossAFloorAllowsBothSides() {
    RatingBasis basis = RatingBasis.of(new BigDecimal("96.00"), new BigDecimal("79.99"), new BigDecimal("80.00"));
    assertThat(basis.candidates(TWO_FLOORS)).extracting(Rating::code).containsExactly("AA", "A");
    RatingBasis one = RatingBasis.of(new BigDecimal("96.00"), new BigDecimal("79.99"), new BigDecimal("79.99"));
    assertThat(one.candidates(TWO_FLOORS)).extracting(Rating::code).containsExactly("A");
  }
}
