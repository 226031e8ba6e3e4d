package io.github.itasdk.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The SDK's rounding rule in one place: every presented ITA figure has 2 decimals, rounded HALF_UP
 * (SPEC §2). Also canonical forms for weights, so that values compare by value (30 equals 30.0).
 */
public final class Scores {
  private Scores() {}

  /** @param v a score @return v rounded HALF_UP to 2 decimals */
  public static BigDecimal twoDecimals(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  /** @param v a score @return true when v already has scale 2 */
  public static boolean isTwoDecimals(BigDecimal v) {
    return v.scale() == 2;
  }

  /** The top of the score domain: every ITA score lies in 0–100. */
  public static final BigDecimal MAX = BigDecimal.valueOf(100);

  /** @param v a value @return true when v lies in the score domain 0–100 */
  public static boolean isScore(BigDecimal v) {
    return v.signum() >= 0 && v.compareTo(MAX) <= 0;
  }

  /** @param v a weight @return v without trailing zeros and never in exponent form (30.0 → 30) */
  public static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** @param v a weight @return true when v is in canonical form */
  public static boolean isCanonical(BigDecimal v) {
    return v.equals(canonical(v));
  }
}
