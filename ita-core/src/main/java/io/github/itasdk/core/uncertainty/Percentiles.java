package io.github.itasdk.core.uncertainty;

import io.github.itasdk.core.Scores;
import java.math.BigDecimal;

/**
 * Nearest-rank percentiles of the resampled values, rounded HALF_UP to 2 decimals as an interval prints
 * them, found by counting: the values are binned by their rounded value (a few thousand bins of 0.01) and
 * the bins counted up to each rank. Rounding is monotone, so the k-th smallest rounded value is the
 * rounded k-th smallest value: the same numbers as sorting, without sorting. Values spread over too many
 * bins fall back to quickselect. Not part of the public API.
 */
final class Percentiles {
  private Percentiles() {}

  /** Widest spread, in hundredths, that is counted in bins (beyond it: quickselect). */
  private static final long MAX_BINS = 1 << 20;

  /**
   * A value in hundredths as an interval prints it: {@code Scores.twoDecimals(BigDecimal.valueOf(v))}
   * (the double's decimal, rounded HALF_UP). Far from a half-hundredth the double's own arithmetic gives the
   * same (the decimal is within 10⁻¹⁴ of the double). Within 10⁻⁶ of a half-hundredth c + ½ of a score
   * (0 to 100), the double is compared with the double nearest to c + ½ hundredths, {@code (2c + 1) / 200.0}
   * (one correctly rounded division): that one prints as c + ½ and rounds up (checked for every c from 0 to
   * 9,999), one above prints above it, one below prints below it. Other values go through the decimal.
   */
  static long cents(double v) {
    double x = v * 100;
    double floor = Math.floor(x);
    if (Math.abs(x - floor - 0.5) >= 1e-6 && Math.abs(v) < 1e9) {
      return (long) Math.floor(x + 0.5);
    }
    if (v >= 0 && v < 100) {
      long c = (long) floor;
      return v >= (2 * c + 1) / 200.0 ? c + 1 : c;
    }
    return Scores.twoDecimals(BigDecimal.valueOf(v)).unscaledValue().longValueExact();
  }

  /**
   * The rounded values at ascending 0-based ranks.
   *
   * @param values the values (not changed)
   * @param min the smallest value
   * @param max the largest value
   * @param ranks ascending ranks, each below {@code values.length}
   * @return the value at each rank, in hundredths
   */
  static long[] atRanks(double[] values, double min, double max, int... ranks) {
    long lo = cents(min);
    long hi = cents(max);
    long[] out = new long[ranks.length];
    if (hi - lo >= MAX_BINS) {
      double[] work = values.clone();
      int from = 0;
      for (int r = 0; r < ranks.length; r++) {
        out[r] = cents(select(work, from, ranks[r]));
        from = ranks[r];
      }
      return out;
    }
    int[] bins = new int[(int) (hi - lo) + 1];
    for (double v : values) {
      bins[(int) (cents(v) - lo)]++;
    }
    return fromBins(bins, lo, ranks);
  }

  /**
   * The values at ascending 0-based ranks, from their counts: {@code bins[v - lo]} values are v.
   *
   * @return the value at each rank
   */
  static long[] fromBins(int[] bins, long lo, int... ranks) {
    long[] out = new long[ranks.length];
    int bin = 0;
    long below = bins[0]; // values in bins up to and including `bin`
    for (int r = 0; r < ranks.length; r++) {
      while (below <= ranks[r]) {
        below += bins[++bin];
      }
      out[r] = lo + bin;
    }
    return out;
  }

  /** The 0-based rank of the nearest-rank p-th percentile among n values. */
  static int rank(double p, int n) {
    return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n) - 1));
  }

  /**
   * The k-th smallest value (0-based), by quickselect: the same value a full sort puts at index k, in linear
   * time. Reorders {@code a}, leaving it partitioned around k (nothing before k is greater, nothing after is
   * smaller), so that a later select of a rank above k may start at k.
   *
   * @param from where the search starts: 0, or the rank of an earlier select on the same array, at most k
   */
  static double select(double[] a, int from, int k) {
    int lo = from;
    int hi = a.length - 1;
    while (lo < hi) {
      double pivot = median(a[lo], a[lo + (hi - lo) / 2], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static double median(double x, double y, double z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }
}
