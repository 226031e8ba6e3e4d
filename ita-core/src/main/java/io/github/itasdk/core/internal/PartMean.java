package io.github.itasdk.core.internal;

/**
 * The weighted mean over a split tool's parts of a question's scores, each kept as its sum over its
 * tally's divisor ({@link Tally#sum}, {@link Tally#divisor}), in integers and without reducing. Part j's
 * score is s_j / (d × n_j), where d (the scale's common denominator × sub-items) is the question's and n_j the
 * part's respondents. With the part weights a_j / b over one denominator, A = Σ a_j and N = lcm(n_j), the mean
 * Σ_j (a_j / b) s_j / (d n_j) ÷ (A / b) is Σ_j c_j s_j / (K d), where c_j = a_j N / n_j and K = N A: the same
 * coefficients for every question of a run, so each combined question costs a few products and no GCD. A
 * caller falls back to {@link WeightedMean} where {@link #of} or a step gives up (a step would overflow). Not
 * thread-shared. Not API.
 */
public final class PartMean {
  private static final long OVER = Ratio.OVERFLOW;
  private final long[] respondents;
  private final long[] coefficients;
  private final long k;

  private PartMean(long[] respondents, long[] coefficients, long k) {
    this.respondents = respondents;
    this.coefficients = coefficients;
    this.k = k;
  }

  /**
   * @param weights each part's weight, positive
   * @param respondents each part's respondents, positive
   * @return the coefficients for those parts, or null when a weight or a product does not fit longs
   */
  public static PartMean of(Ratio[] weights, long[] respondents) {
    long b = 1;
    for (Ratio w : weights) {
      if (!w.inLongs() || w.signum() <= 0) {
        return null;
      }
      b = lcm(b, w.den());
    }
    long n = 1;
    for (long r : respondents) {
      if (r <= 0) {
        return null;
      }
      n = lcm(n, r);
    }
    if (b == OVER || n == OVER) {
      return null;
    }
    long sumA = 0;
    long[] c = new long[weights.length];
    for (int j = 0; j < weights.length; j++) {
      long a = Ratio.mul(weights[j].num(), b / weights[j].den());
      sumA = a == OVER ? OVER : Ratio.add(sumA, a);
      c[j] = a == OVER ? OVER : Ratio.mul(a, n / respondents[j]);
      if (sumA == OVER || c[j] == OVER) {
        return null;
      }
    }
    long k = Ratio.mul(n, sumA);
    return k == OVER ? null : new PartMean(respondents.clone(), c, k);
  }

  private static long lcm(long x, long y) {
    return x == OVER || y == OVER ? OVER : x == y ? x : Ratio.mul(x / Ratio.gcd(x, y), y);
  }

  /**
   * @param part a part's place
   * @param divisor the part's divisor of a question's score ({@link Tally#divisor})
   * @return the question's d (divisor ÷ the part's respondents), or 0 when the divisor is not a multiple of them
   */
  public long perRespondent(int part, long divisor) {
    return divisor % respondents[part] == 0 ? divisor / respondents[part] : 0;
  }

  /**
   * @param sums each part's sum of the question's score ({@link Tally#sum})
   * @return Σ_j c_j s_j, or {@code Long.MIN_VALUE} when a step does not fit a long
   */
  public long numerator(long[] sums) {
    long total = 0;
    for (int j = 0; j < sums.length; j++) {
      long t = Ratio.mul(coefficients[j], sums[j]);
      total = t == OVER ? OVER : Ratio.add(total, t);
      if (total == OVER) {
        return OVER;
      }
    }
    return total;
  }

  /**
   * @param perRespondent the question's d ({@link #perRespondent})
   * @return K × d, the denominator of the mean over {@link #numerator}, or {@code Long.MIN_VALUE} when it does not
   *     fit a long
   */
  public long denominator(long perRespondent) {
    return Ratio.mul(k, perRespondent);
  }
}
