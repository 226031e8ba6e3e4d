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
 * policy itself for its error. Not part of the public API.
 */
final class BandRule {
  private final RatingPolicy policy;
  private final long[] min;
  private final long[] max;
  private final long[] floor;

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
  }

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
    if (total >= 0 && total <= 10_000 && lowestTool >= 0 && lowestTool <= 10_000) {
      for (int i = 0; i < min.length; i++) {
        if (total >= min[i] && total <= max[i] && lowestTool >= floor[i]) {
          return i;
        }
      }
    }
    return policy.bands().indexOf(policy.band(BigDecimal.valueOf(total, 2), BigDecimal.valueOf(lowestTool, 2)));
  }
}
