package io.github.itasdk.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The SDK's rounding rule in one place: every presented ITA figure has 2 decimals, rounded HALF_UP
 * (published figures all have 2 decimals; the rating bands are written as 84.99 / 85.00). Also canonical forms for weights, so that values compare by value (30 equals 30.0).
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

  /**
   * The most digits after the decimal point an input score may have, trailing zeros not counted
   * ({@code 84.994999999999999999} has 18; {@code 85.500000000000000000000} has 1).
   */
  public static final int MAX_DECIMALS = 18;

  /** The longest number accepted as text in any input (a JSON number literal, a CSV cell, a command option). */
  public static final int MAX_NUMBER_CHARS = 64;

  /**
   * The one rule for a score an input gives (a published figure, an OIT score, a threshold or a target
   * share): a number from 0 to 100 with at most {@value #MAX_DECIMALS} digits after the decimal point,
   * trailing zeros not counted. Checked before any arithmetic, so an extreme exponent such as
   * {@code 1e-999999} is refused instead of turning exact arithmetic into a denominator of a million digits.
   * The checks never expand the number, so any {@code BigDecimal} is answered at once.
   *
   * @param v a value an input gives as a score
   * @return what is wrong with it, ready to follow "score " (e.g. {@code out of range (valid 0 - 100): 101}),
   *     or empty when it is a score
   */
  public static Optional<String> scoreProblem(BigDecimal v) {
    // integer digits = precision - scale, computed in long: the scale can be any int
    long integerDigits = (long) v.precision() - v.scale();
    if (v.signum() < 0 || integerDigits > 3 || v.compareTo(MAX) > 0) {
      return Optional.of("out of range (valid 0 - 100): " + show(v));
    }
    BigDecimal stripped = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
    if (stripped.scale() > MAX_DECIMALS) {
      return Optional.of("has more than " + MAX_DECIMALS + " decimal places (at most " + MAX_DECIMALS
          + " digits after the decimal point): " + show(v));
    }
    return Optional.empty();
  }

  /**
   * @param v any number
   * @return it as plain digits when that is short, in exponent form otherwise ({@code 1E+2147483647}
   *     would be two billion digits written out)
   */
  public static String show(BigDecimal v) {
    long integerDigits = (long) v.precision() - v.scale();
    return v.scale() > MAX_NUMBER_CHARS || integerDigits > MAX_NUMBER_CHARS ? v.toString() : v.toPlainString();
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
