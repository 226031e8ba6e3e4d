package io.github.itasdk.core.uncertainty;

import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@link RatingPolicy#band} on totals and lowest tool scores already rounded to hundredths, in whole
 * hundredths: a rounded total t reaches a band's minimum m exactly when t ≥ ⌈100·m⌉, stays within its
 * maximum M exactly when t ≤ ⌊100·M⌋, and likewise for a tool floor, so the integer comparisons decide as
 * the policy's decimal ones do, for any bounds. A score outside 0–100, or one no band holds, goes to the
 * policy itself for its error. Each total from 0 to 100.00 has the first band whose range holds it written
 * down once ({@code first}), so a resample's band is mostly one look-up and one floor comparison: the bands
 * before that one cannot hold the total, so trying the bands in turn from there decides as trying them all.
 * Immutable once made, so one is kept per rubric and shared by threads. Not part of the public API.
 */
final class BandRule {
  private final RatingPolicy policy;
  private final long[] min;
  private final long[] max;
  private final long[] floor;
  /** Per total in hundredths, 0 to 10,000: the first band whose range holds it (the number of bands: none). */
  private final byte[] first;

  private BandRule(RatingPolicy policy) {
    this.policy = policy;
    List<RatingBand> bands = policy.bands();
    min = new long[bands.size()];
    max = new long[bands.size()];
    floor = new long[bands.size()];
    for (int i = 0; i < bands.size(); i++) {
      RatingBand b = bands.get(i);
      min[i] = hundredths(b.min(), RoundingMode.CEILING);
      max[i] = hundredths(b.max(), RoundingMode.FLOOR);
      floor[i] = b.toolFloor().map(f -> hundredths(f, RoundingMode.CEILING)).orElse(Long.MIN_VALUE);
    }
    // more bands than a byte holds: every total starts from the first band (the loop decides alone)
    first = new byte[SCALE + 1];
    for (int t = 0; t <= SCALE && bands.size() <= Byte.MAX_VALUE; t++) {
      int i = 0;
      while (i < bands.size() && !(t >= min[i] && t <= max[i])) {
        i++;
      }
      first[t] = (byte) i;
    }
  }

  /** 100.00 in hundredths: the greatest score. */
  private static final int SCALE = 10_000;

  static BandRule of(RatingPolicy policy) {
    return new BandRule(policy);
  }

  private static long hundredths(BigDecimal v, RoundingMode mode) {
    return v.movePointRight(2).setScale(0, mode).longValueExact();
  }

  /**
   * @param total the total in hundredths (rounded HALF_UP)
   * @param lowestTool the lowest tool or EIT part score in hundredths (rounded HALF_UP)
   * @return the index of the band among the policy's bands
   * @throws io.github.itasdk.core.ItaException as the policy does: a score outside 0–100, or no band
   */
  int band(long total, long lowestTool) {
    if (total >= 0 && total <= SCALE && lowestTool >= 0 && lowestTool <= SCALE) {
      int i = first[(int) total];
      if (i < min.length && lowestTool >= floor[i] && total >= min[i] && total <= max[i]) {
        return i; // mostly: the first band holding the total, its floor met
      }
      for (i++; i < min.length; i++) {
        if (total >= min[i] && total <= max[i] && lowestTool >= floor[i]) {
          return i;
        }
      }
    }
    return policy.bands().indexOf(policy.band(BigDecimal.valueOf(total, 2), BigDecimal.valueOf(lowestTool, 2)));
  }
}
