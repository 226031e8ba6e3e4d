package io.github.itasdk.core.card;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a rating is decided on: the total and the lowest tool (or EIT part) score, both rounded to 2
 * decimals. When a year weights EIT parts separately but only both parts' mean is known, the lowest
 * tool score is a range: {@link #lowestToolMin()} to {@link #lowestToolMax()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingBasis.class)
@JsonDeserialize(as = ImmutableRatingBasis.class)
public abstract class RatingBasis {
  private static final BigDecimal STEP = new BigDecimal("0.01");

  /** @return the total, 2 decimals */
  public abstract BigDecimal total();

  /** @return the lowest the lowest tool score can be */
  public abstract BigDecimal lowestToolMin();

  /** @return the highest the lowest tool score can be (equal to the minimum when every tool is known) */
  public abstract BigDecimal lowestToolMax();

  @Value.Check
  RatingBasis normalized() {
    if (!Scores.isTwoDecimals(total()) || !Scores.isTwoDecimals(lowestToolMin()) || !Scores.isTwoDecimals(lowestToolMax())) {
      return ImmutableRatingBasis.builder().total(Scores.twoDecimals(total()))
          .lowestToolMin(Scores.twoDecimals(lowestToolMin()))
          .lowestToolMax(Scores.twoDecimals(lowestToolMax())).build();
    }
    return this;
  }

  /**
   * @param total total
   * @param lowestToolMin lowest tool score, lower bound
   * @param lowestToolMax lowest tool score, upper bound
   * @return the basis
   */
  public static RatingBasis of(BigDecimal total, BigDecimal lowestToolMin, BigDecimal lowestToolMax) {
    return ImmutableRatingBasis.builder().total(total).lowestToolMin(lowestToolMin).lowestToolMax(lowestToolMax)
        .build();
  }

  /**
   * Every rating the policy can give for a lowest tool score anywhere in the range, in band order.
   *
   * @param policy the policy
   * @return one rating when the basis settles it, more when it does not
   */
  public List<Rating> candidates(RatingPolicy policy) {
    if (lowestToolMin().compareTo(lowestToolMax()) == 0) {
      // the common case, every tool known: every probe below equals the lowest tool score, so one rating
      return List.of(policy.rate(total(), lowestToolMin()));
    }
    List<BigDecimal> probes = new ArrayList<>(List.of(lowestToolMin(), lowestToolMax()));
    for (RatingBand b : policy.bands()) {
      if (b.toolFloor().isEmpty()) { // loops, not lambdas: see the note on Rubric's loops
        continue;
      }
      BigDecimal f = b.toolFloor().get();
      for (BigDecimal x : List.of(f, f.subtract(STEP))) {
        if (x.compareTo(lowestToolMin()) >= 0 && x.compareTo(lowestToolMax()) <= 0) {
          probes.add(x);
        }
      }
    }
    Map<String, Rating> found = new LinkedHashMap<>();
    for (BigDecimal p : probes) {
      Rating r = policy.rate(total(), p);
      found.putIfAbsent(r.code(), r);
    }
    List<Rating> inBandOrder = new ArrayList<>();
    for (RatingBand b : policy.bands()) {
      Rating r = found.remove(b.code());
      if (r != null) {
        inBandOrder.add(r);
      }
    }
    return List.copyOf(inBandOrder);
  }

  @Override
  public String toString() {
    return "total " + total().toPlainString() + ", lowest tool " + (lowestToolMin().equals(lowestToolMax())
        ? lowestToolMin().toPlainString() : lowestToolMin().toPlainString() + "–" + lowestToolMax().toPlainString());
  }
}
