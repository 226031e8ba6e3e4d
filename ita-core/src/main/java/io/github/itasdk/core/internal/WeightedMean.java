package io.github.itasdk.core.internal;

import java.math.BigInteger;

/**
 * A weighted mean summed exactly and reduced once: Σ value × weight and Σ weight are kept as fractions
 * over a common denominator, not in lowest terms, and only the mean is reduced. Adding a term whose
 * denominator is the running one (a survey's questions mostly share one) costs an addition, and no
 * term costs more than one GCD; summing reduced ratios costs several per term. In longs while they fit;
 * from the first step that would overflow, in reduced {@link Ratio}s. The mean is the same exact value
 * either way, and a {@link Ratio} is always in lowest terms, so it is the very ratio a sum of reduced
 * ratios gives. Not thread-shared. Not API.
 */
public final class WeightedMean {
  private static final long OVER = Ratio.OVERFLOW;

  /** Σ value × weight as sumNum / sumDen, and Σ weight as wNum / wDen, while in longs. */
  private long sumNum;
  private long sumDen = 1;
  private long wNum;
  private long wDen = 1;
  /** The same sums once longs overflowed, else null. */
  private Ratio sum;
  private Ratio wsum;
  private int count;

  /** Adds a value with weight 1. @param value the value */
  public void add(Ratio value) {
    add(value, Ratio.ONE);
  }

  /** @param value the value @param weight its weight */
  public void add(Ratio value, Ratio weight) {
    if (value.inLongs()) {
      add(value.num(), value.den(), weight);
    } else {
      count++;
      addRatios(value, weight);
    }
  }

  /**
   * Adds num/den, a fraction in any terms (a sum over a common denominator need not be reduced first).
   *
   * @param num the numerator, not {@link Long#MIN_VALUE}
   * @param den the denominator, positive
   * @param weight its weight
   */
  public void add(long num, long den, Ratio weight) {
    count++;
    if (sum == null && weight.inLongs()) {
      if (weight.num() == 1 && weight.den() == 1 && wDen == 1) {
        // weight 1 (every question and indicator of a survey): Σ weight stays an integer
        long sd = lcm(sumDen, den);
        long sn = numerator(sumNum, sumDen, num, den, sd);
        long wn = Ratio.add(wNum, 1);
        if (sn != OVER && sd != OVER && wn != OVER) {
          sumNum = sn;
          sumDen = sd;
          wNum = wn;
          return;
        }
      }
      long a = Ratio.mul(num, weight.num());
      long b = Ratio.mul(den, weight.den());
      if (a != OVER && b != OVER) {
        // Σ value × weight + a / b, then Σ weight + weight, each over the least common denominator
        long sd = lcm(sumDen, b);
        long sn = numerator(sumNum, sumDen, a, b, sd);
        long wd = lcm(wDen, weight.den());
        long wn = numerator(wNum, wDen, weight.num(), weight.den(), wd);
        if (sn != OVER && sd != OVER && wn != OVER && wd != OVER) {
          sumNum = sn;
          sumDen = sd;
          wNum = wn;
          wDen = wd;
          return;
        }
      }
    }
    addRatios(Ratio.of(num, den), weight);
  }

  /** From the first step that would overflow longs: the sums as reduced ratios. */
  private void addRatios(Ratio value, Ratio weight) {
    if (sum == null) {
      sum = Ratio.of(sumNum, sumDen);
      wsum = Ratio.of(wNum, wDen);
    }
    sum = sum.add(value.multiply(weight));
    wsum = wsum.add(weight);
  }

  /** @return the least common multiple of two positive longs, or OVER */
  private static long lcm(long d1, long d2) {
    return d1 == d2 ? d1 : Ratio.mul(d1 / Ratio.gcd(d1, d2), d2);
  }

  /** @return the numerator of n1/d1 + n2/d2 over {@code lcm}, their least common denominator; OVER if it is */
  private static long numerator(long n1, long d1, long n2, long d2, long lcm) {
    if (lcm == OVER) {
      return OVER;
    }
    long x = Ratio.mul(n1, lcm / d1);
    long y = Ratio.mul(n2, lcm / d2);
    return x == OVER || y == OVER ? OVER : Ratio.add(x, y);
  }

  /** @return how many values were added */
  public int count() {
    return count;
  }

  /** @return Σ value × weight ÷ Σ weight, in lowest terms; the weights must not sum to zero */
  public Ratio mean() {
    if (sum != null) {
      return sum.divide(wsum);
    }
    // (sumNum / sumDen) / (wNum / wDen)
    long n = Ratio.mul(sumNum, wDen);
    long d = Ratio.mul(sumDen, wNum);
    if (n != OVER && d != OVER) {
      return Ratio.of(n, d);
    }
    return Ratio.of(BigInteger.valueOf(sumNum).multiply(BigInteger.valueOf(wDen)),
        BigInteger.valueOf(sumDen).multiply(BigInteger.valueOf(wNum)));
  }
}
