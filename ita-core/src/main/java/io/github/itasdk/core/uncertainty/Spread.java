package io.github.itasdk.core.uncertainty;

import java.util.Arrays;
import java.util.function.LongUnaryOperator;

/**
 * A figure's resampled values summarised as an interval needs them: the values at ascending ranks (nearest
 * rank), in hundredths rounded HALF_UP, and the standard error (the values' sample standard deviation).
 * Not part of the public API.
 *
 * @param at the values at the ranks asked for, in hundredths
 * @param se the standard error
 */
record Spread(long[] at, double se) {

  /** Values in doubles (rounded to hundredths as an interval prints a double: {@link Percentiles#cents}). */
  static Spread of(double[] values, int... ranks) {
    // one pass for the spread and the range (deviations from the first value, so that no precision is lost
    // to the values' size), one to count the values into hundredths
    double first = values[0];
    double sum = 0;
    double squares = 0;
    double min = first;
    double max = first;
    for (double v : values) {
      double d = v - first;
      sum += d;
      squares += d * d;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return new Spread(Percentiles.atRanks(values, min, max, ranks), se(sum, squares, values.length));
  }

  /**
   * Values k·unit for the integers k in one lane of packed words ({@code (words[b] >>> shift) & mask}: an
   * indicator's resampled sums): the ranks found among the integers, each then rounded exactly
   * ({@code hundredths}); the standard error from the integers, times the unit.
   */
  static Spread ofLanes(long[] words, int shift, long mask, double unit, LongUnaryOperator hundredths,
      int... ranks) {
    long first = (words[0] >>> shift) & mask;
    long lo = first;
    long hi = first;
    double sum = 0;
    double squares = 0;
    if (mask >= 0 && mask < 1L << 20 && words.length < 1 << 22) {
      // narrow lanes: the sums of the deviations and of their squares exactly in longs (below 2⁶² here)
      long exactSum = 0;
      long exactSquares = 0;
      for (long w : words) {
        long k = (w >>> shift) & mask;
        long d = k - first;
        exactSum += d;
        exactSquares += d * d;
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
      }
      sum = exactSum;
      squares = exactSquares;
    } else {
      for (long w : words) {
        long k = (w >>> shift) & mask;
        double d = k - first; // exact: the integers are below 2⁵³ and so are their differences
        sum += d;
        squares += d * d;
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
      }
    }
    long[] at;
    if (hi - lo < MAX_BINS) {
      int[] bins = new int[(int) (hi - lo) + 1];
      for (long w : words) {
        bins[(int) (((w >>> shift) & mask) - lo)]++;
      }
      at = Percentiles.fromBins(bins, lo, ranks);
    } else {
      long[] k = new long[words.length];
      for (int b = 0; b < k.length; b++) {
        k[b] = (words[b] >>> shift) & mask;
      }
      at = atRanks(k, ranks);
    }
    for (int r = 0; r < at.length; r++) {
      at[r] = hundredths.applyAsLong(at[r]);
    }
    return new Spread(at, se(sum, squares, words.length) * unit);
  }

  /**
   * Values already at their ranks, in hundredths, with the sums of their doubles' deviations from the first
   * value and of their squares, added in resample order.
   */
  static Spread fromSums(long[] at, double sum, double squares, int n) {
    return new Spread(at, se(sum, squares, n));
  }

  /**
   * As {@link #ofLanes}, from the lane's integers already counted: {@code bins[k - lo]} resamples have the
   * integer k, the first resample's being {@code first}. The same ranks, and the same standard error: the
   * sums of the deviations from the first and of their squares are the same integers, counted bin by bin
   * (exact in longs where {@link #ofLanes} sums them exactly: lanes below 2²⁰, fewer than 2²² resamples).
   */
  static Spread ofLaneCounts(int[] bins, long lo, long first, int n, double unit, LongUnaryOperator hundredths,
      int... ranks) {
    long exactSum = 0;
    long exactSquares = 0;
    for (int v = 0; v < bins.length; v++) {
      long c = bins[v];
      if (c != 0) {
        long d = lo + v - first;
        exactSum += c * d;
        exactSquares += c * d * d;
      }
    }
    long[] at = Percentiles.fromBins(bins, lo, ranks);
    for (int r = 0; r < at.length; r++) {
      at[r] = hundredths.applyAsLong(at[r]);
    }
    return new Spread(at, se(exactSum, exactSquares, n) * unit);
  }

  private static double se(double sum, double squares, int n) {
    return Math.sqrt(Math.max(0, squares - sum * sum / n) / (n - 1));
  }

  /** Widest range of integers counted in bins (beyond it: a sorted copy). */
  private static final long MAX_BINS = 1 << 20;

  /** The integers at ascending 0-based ranks: counted into one bin per value between the least and the most. */
  static long[] atRanks(long[] values, int... ranks) {
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    for (long v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    long[] out = new long[ranks.length];
    if (hi - lo >= MAX_BINS || hi - lo < 0) {
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      for (int r = 0; r < ranks.length; r++) {
        out[r] = sorted[ranks[r]];
      }
      return out;
    }
    int[] bins = new int[(int) (hi - lo) + 1];
    for (long v : values) {
      bins[(int) (v - lo)]++;
    }
    return Percentiles.fromBins(bins, lo, ranks);
  }
}
