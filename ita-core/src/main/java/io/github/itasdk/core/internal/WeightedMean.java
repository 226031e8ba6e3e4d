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
    count++;
    if (sum == null && value.inLongs() && weight.inLongs()) {
      long a = Ratio.mul(value.num(), weight.num());
      long b = Ratio.mul(value.den(), weight.den());
      if (a != OVER && b != OVER) {
        // Σ value × weight + a / b, then Σ weight + weight, each over the least common denominator
        long sn;
        long sd;
        if (b == sumDen) {
          sn = Ratio.add(sumNum, a);
          sd = b;
        } else {
          long g = Ratio.gcd(sumDen, b);
          long x = Ratio.mul(sumNum, b / g);
          long y = Ratio.mul(a, sumDen / g);
          sn = x == OVER || y == OVER ? OVER : Ratio.add(x, y);
          sd = Ratio.mul(sumDen / g, b);
        }
        long wn;
        long wd;
        long c = weight.num();
        long e = weight.den();
        if (e == wDen) {
          wn = Ratio.add(wNum, c);
          wd = e;
        } else {
          long g = Ratio.gcd(wDen, e);
          long x = Ratio.mul(wNum, e / g);
          long y = Ratio.mul(c, wDen / g);
          wn = x == OVER || y == OVER ? OVER : Ratio.add(x, y);
          wd = Ratio.mul(wDen / g, e);
        }
        if (sn != OVER && sd != OVER && wn != OVER && wd != OVER) {
          sumNum = sn;
          sumDen = sd;
          wNum = wn;
          wDen = wd;
          return;
        }
      }
    }
    if (sum == null) {
      sum = Ratio.of(sumNum, sumDen);
      wsum = Ratio.of(wNum, wDen);
    }
    sum = sum.add(value.multiply(weight));
    wsum = wsum.add(weight);
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
