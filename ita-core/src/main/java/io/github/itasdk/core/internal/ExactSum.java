package io.github.itasdk.core.internal;

import java.math.BigInteger;

/**
 * A running sum of integer products, exact: in a {@code long} while it fits, in a {@link BigInteger} from the
 * first step that would overflow. What a question's Σ points × answers is summed in (points as integers
 * over their scale's common denominator). Not thread-shared. Not API.
 */
public final class ExactSum {
  private long sum;
  private BigInteger big;

  /**
   * Adds one level's points × how many chose it.
   *
   * @param points the scale's points over their common denominator
   * @param level the chosen level (1-based)
   * @param count how many chose it
   */
  public void add(ModelCache.Points points, int level, long count) {
    if (big == null && points.longNumerators() != null) {
      long term = Ratio.mul(points.longNumerators()[level], count);
      long next = term == Ratio.OVERFLOW ? Ratio.OVERFLOW : Ratio.add(sum, term);
      if (next != Ratio.OVERFLOW) {
        sum = next;
        return;
      }
    }
    big = value().add(points.numerators()[level].multiply(BigInteger.valueOf(count)));
  }

  /** @return the sum */
  public BigInteger value() {
    return big != null ? big : BigInteger.valueOf(sum);
  }

  /**
   * @param denominator positive
   * @param divisor positive
   * @return the sum ÷ (denominator × divisor), exactly
   */
  public Ratio over(BigInteger denominator, long divisor) {
    if (big == null && denominator.bitLength() < 63) {
      long d = Ratio.mul(denominator.longValue(), divisor);
      if (d != Ratio.OVERFLOW) {
        return Ratio.of(sum, d);
      }
    }
    return Ratio.of(value(), denominator.multiply(BigInteger.valueOf(divisor)));
  }
}
