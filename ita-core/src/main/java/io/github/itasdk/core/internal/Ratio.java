package io.github.itasdk.core.internal;

import io.github.itasdk.core.Scores;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number. The engine computes with these so that no figure is ever off because of
 * binary floating point or a truncated division; only presentation rounds (HALF_UP, 2 decimals).
 * Not part of the public API.
 *
 * <p>Always in lowest terms with a positive denominator. A value whose numerator and denominator fit in a
 * {@code long} (numerator not {@link Long#MIN_VALUE}) is held as two longs and computed on in long
 * arithmetic, every step checked for overflow; a step that would overflow is done on {@link BigInteger}s
 * instead, and a result that fits again comes back to longs. Which form holds a value depends only on the
 * value, so equality and hashing do not depend on how it was computed. ITA scores (respondent counts, small
 * weights, points such as 200/3) stay in longs.
 */
public final class Ratio implements Comparable<Ratio> {
  /** Marks a long step that overflowed; never a value's numerator, so a product equal to it is redone exactly. */
  static final long OVERFLOW = Long.MIN_VALUE;
  private static final long OVER = OVERFLOW;
  /** 0.00 up to the score domain's top ({@link Scores#MAX}) at scale 2, made once: every card score is one. */
  private static final BigDecimal[] SCORES_2DP = new BigDecimal[Scores.MAX.movePointRight(2).intValueExact() + 1];

  static {
    for (int i = 0; i < SCORES_2DP.length; i++) {
      SCORES_2DP[i] = BigDecimal.valueOf(i, 2);
    }
  }

  private static final long[] TENS = new long[19];

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  /** Zero. */
  public static final Ratio ZERO = new Ratio(0, 1, null, null);
  /** One. */
  public static final Ratio ONE = new Ratio(1, 1, null, null);

  /** The value when {@code bigNum} is null: numerator and denominator (positive). */
  private final long num;
  private final long den;
  /** The value when it does not fit in longs, else null. */
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Ratio(long num, long den, BigInteger bigNum, BigInteger bigDen) {
    this.num = num;
    this.den = den;
    this.bigNum = bigNum;
    this.bigDen = bigDen;
  }

  /** @param num numerator @param den denominator, not zero @return num/den in lowest terms */
  public static Ratio of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    if (num.bitLength() < 64 && den.bitLength() < 64 && num.longValue() != OVER) {
      return ofLongs(num.longValue(), den.longValue());
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return canonical(num, den);
  }

  /** A reduced fraction with a positive denominator, in longs when it fits. */
  private static Ratio canonical(BigInteger num, BigInteger den) {
    if (num.bitLength() < 64 && den.bitLength() < 64 && num.longValue() != OVER) {
      return new Ratio(num.longValue(), den.longValue(), null, null);
    }
    return new Ratio(0, 0, num, den);
  }

  /** num/den in lowest terms; neither is {@link #OVER}, den is not zero. */
  private static Ratio ofLongs(long num, long den) {
    if (den == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den < 0) {
      num = -num;
      den = -den;
    }
    if (num == 0) {
      return ZERO;
    }
    long g = gcd(Math.abs(num), den);
    return g == 1 ? new Ratio(num, den, null, null) : new Ratio(num / g, den / g, null, null);
  }

  /**
   * Euclid's GCD of two non-negative longs, not both zero, in int division once both fit an int. ITA's
   * denominators are small (respondent counts times small weights), so this takes a few divisions.
   */
  static long gcd(long a, long b) {
    while (b != 0 && (a > Integer.MAX_VALUE || b > Integer.MAX_VALUE)) {
      long t = a % b;
      a = b;
      b = t;
    }
    if (b == 0) {
      return a;
    }
    int x = (int) a;
    int y = (int) b;
    while (y != 0) {
      int t = x % y;
      x = y;
      y = t;
    }
    return x;
  }

  /** a × b, or {@link #OVER} when the product does not fit (or is {@link Long#MIN_VALUE}). */
  static long mul(long a, long b) {
    if (((Math.abs(a) | Math.abs(b)) >>> 31) == 0) {
      return a * b; // both below 2^31 in magnitude (OVER's abs is negative, so it never passes)
    }
    long lo = a * b;
    long hi = Math.multiplyHigh(a, b);
    return hi == (lo >> 63) && lo != OVER && a != OVER && b != OVER ? lo : OVER;
  }

  /** a + b, or {@link #OVER} when the sum does not fit (or is {@link Long#MIN_VALUE}); a, b not OVER. */
  static long add(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? OVER : r;
  }

  /** @param num numerator @param den denominator, not zero @return num/den in lowest terms */
  public static Ratio of(long num, long den) {
    if (num == OVER || den == OVER) {
      return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }
    return ofLongs(num, den);
  }

  /** @return the numerator of the lowest terms (its sign is the value's) */
  public BigInteger numerator() {
    return bigNum();
  }

  /** @return the denominator of the lowest terms, positive */
  public BigInteger denominator() {
    return bigDen();
  }

  /** @param n an integer @return n */
  public static Ratio of(long n) {
    return n == OVER ? new Ratio(0, 0, BigInteger.valueOf(n), BigInteger.ONE) : new Ratio(n, 1, null, null);
  }

  /** @param d a decimal @return its exact value */
  public static Ratio of(BigDecimal d) {
    int scale = d.scale();
    if (scale <= 0) {
      return of(d.toBigIntegerExact(), BigInteger.ONE);
    }
    BigInteger u = d.unscaledValue();
    if (scale < TENS.length && u.bitLength() < 64 && u.longValue() != OVER) {
      return ofLongs(u.longValue(), TENS[scale]);
    }
    return of(u, BigInteger.TEN.pow(scale));
  }

  /**
   * @param text a decimal ({@code "66.5"}) or a fraction ({@code "200/3"})
   * @return its exact value
   * @throws NumberFormatException when the text is neither
   */
  public static Ratio parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    if (slash < 0) {
      return of(new BigDecimal(t));
    }
    BigDecimal n = new BigDecimal(t.substring(0, slash).strip());
    BigDecimal d = new BigDecimal(t.substring(slash + 1).strip());
    if (d.signum() == 0) {
      throw new NumberFormatException("zero denominator in [" + text + "]");
    }
    Ratio a = of(n);
    Ratio b = of(d);
    return a.divide(b);
  }

  private boolean small() {
    return bigNum == null;
  }

  /** @return whether the value is held in longs ({@link #num()} and {@link #den()} then read it) */
  boolean inLongs() {
    return bigNum == null;
  }

  /** @return the numerator when {@link #inLongs()} */
  long num() {
    return num;
  }

  /** @return the (positive) denominator when {@link #inLongs()} */
  long den() {
    return den;
  }

  private BigInteger bigNum() {
    return bigNum != null ? bigNum : BigInteger.valueOf(num);
  }

  private BigInteger bigDen() {
    return bigDen != null ? bigDen : BigInteger.valueOf(den);
  }

  /** @param o addend @return this + o */
  public Ratio add(Ratio o) {
    if (small() && o.small()) {
      if (o.num == 0) {
        return this;
      }
      if (num == 0) {
        return o;
      }
      if (den == o.den) {
        long s = add(num, o.num);
        if (s != OVER) {
          return ofLongs(s, den);
        }
      } else {
        // Knuth's way: with g = gcd of the denominators, only gcd(sum, g) can divide the result
        long g = gcd(den, o.den);
        long a = mul(num, o.den / g);
        long b = mul(o.num, den / g);
        long s = a == OVER || b == OVER ? OVER : add(a, b);
        if (s != OVER) {
          if (s == 0) {
            return ZERO;
          }
          long g2 = g == 1 ? 1 : gcd(Math.abs(s), g);
          long d = mul(den / g, o.den / g2);
          if (d != OVER) {
            return new Ratio(s / g2, d, null, null);
          }
        }
      }
    }
    BigInteger n1 = bigNum();
    BigInteger d1 = bigDen();
    BigInteger n2 = o.bigNum();
    BigInteger d2 = o.bigDen();
    if (d1.equals(d2)) {
      return of(n1.add(n2), d1);
    }
    return of(n1.multiply(d2).add(n2.multiply(d1)), d1.multiply(d2));
  }

  /** @param o subtrahend @return this − o */
  public Ratio subtract(Ratio o) {
    return add(o.negate());
  }

  /** @return −this */
  public Ratio negate() {
    return small() ? new Ratio(-num, den, null, null) : canonical(bigNum.negate(), bigDen);
  }

  /** @param o factor @return this × o */
  public Ratio multiply(Ratio o) {
    if (small() && o.small()) {
      if (num == 0 || o.num == 0) {
        return ZERO;
      }
      if (o.den == 1 && o.num == 1) {
        return this;
      }
      // cross-reduce first: the product is then in lowest terms
      long g1 = gcd(Math.abs(num), o.den);
      long g2 = gcd(Math.abs(o.num), den);
      long n = mul(num / g1, o.num / g2);
      long d = mul(den / g2, o.den / g1);
      if (n != OVER && d != OVER) {
        return new Ratio(n, d, null, null);
      }
    }
    return of(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
  }

  /** @param n factor @return this × n */
  public Ratio multiply(long n) {
    if (small() && n != OVER) {
      if (num == 0 || n == 0) {
        return ZERO;
      }
      if (n == 1) {
        return this;
      }
      long g = gcd(Math.abs(n), den);
      long p = mul(num, n / g);
      if (p != OVER) {
        return new Ratio(p, den / g, null, null);
      }
    }
    return of(bigNum().multiply(BigInteger.valueOf(n)), bigDen());
  }

  /** @param o divisor, not zero @return this / o */
  public Ratio divide(Ratio o) {
    if (o.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (o.small()) {
      // the reciprocal of a value in longs is in longs: its numerator is never Long.MIN_VALUE
      return multiply(o.num < 0 ? new Ratio(-o.den, -o.num, null, null) : new Ratio(o.den, o.num, null, null));
    }
    return of(bigNum().multiply(o.bigDen()), bigDen().multiply(o.bigNum()));
  }

  /** @param n divisor, not zero @return this / n */
  public Ratio divide(long n) {
    if (n == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (small() && n != OVER) {
      if (num == 0) {
        return ZERO;
      }
      long g = gcd(Math.abs(num), Math.abs(n));
      long d = mul(den, Math.abs(n) / g);
      if (d != OVER) {
        return new Ratio(n < 0 ? -num / g : num / g, d, null, null);
      }
    }
    return of(bigNum(), bigDen().multiply(BigInteger.valueOf(n)));
  }

  /** @return the sign, −1, 0 or 1 */
  public int signum() {
    return small() ? Long.signum(num) : bigNum.signum();
  }

  /** @param scale decimals @return the value rounded HALF_UP to that many decimals */
  public BigDecimal round(int scale) {
    if (small()) {
      BigDecimal r = round(num, den, scale);
      if (r != null) {
        return r;
      }
    }
    // not BigDecimal.divide(…, HALF_UP): JDK 17's gives -92233720368547758.08 for 3689348814741910323/40
    // (its rounding overflows a long when the rounded unscaled value is 2^63)
    BigInteger n = bigNum();
    BigInteger a = n.abs().multiply(scale >= 0 ? BigInteger.TEN.pow(scale) : BigInteger.ONE);
    BigInteger d = scale >= 0 ? bigDen() : bigDen().multiply(BigInteger.TEN.pow(-scale));
    BigInteger[] qr = a.divideAndRemainder(d);
    BigInteger q = qr[1].shiftLeft(1).compareTo(d) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return new BigDecimal(n.signum() < 0 ? q.negate() : q, scale);
  }

  /** @return the value rounded HALF_UP to 2 decimals, as every ITA figure is presented */
  public BigDecimal round2() {
    return round(2);
  }

  /**
   * num/den rounded HALF_UP to 2 decimals, for a fraction not in lowest terms (the value decides the rounding,
   * not its terms): what a figure computed as a sum over a common denominator rounds to without reducing it.
   *
   * @param num the numerator, not {@link Long#MIN_VALUE}
   * @param den the denominator, positive
   * @return the rounded value
   */
  public static BigDecimal round2(long num, long den) {
    BigDecimal r = round(num, den, 2);
    return r != null ? r : of(num, den).round2();
  }

  /** num/den (den positive, num not Long.MIN_VALUE) rounded HALF_UP, in longs; null when a step would overflow. */
  private static BigDecimal round(long num, long den, int scale) {
    if (scale < 0 || scale >= TENS.length) {
      return null;
    }
    long a = mul(Math.abs(num), TENS[scale]);
    if (a == OVER) {
      return null;
    }
    long q = a / den;
    long rem = a - q * den;
    if (rem >= den - rem) {
      q++; // at or above the half: away from zero
    }
    if (scale == 2 && q <= SCORES_2DP.length - 1 && num >= 0) {
      return SCORES_2DP[(int) q];
    }
    return BigDecimal.valueOf(num < 0 ? -q : q, scale);
  }


  /** @return a close double, for statistics only */
  public double toDouble() {
    return round(12).doubleValue();
  }

  /** @param o another @return the smaller */
  public Ratio min(Ratio o) {
    return compareTo(o) <= 0 ? this : o;
  }

  /** @param o another @return the larger */
  public Ratio max(Ratio o) {
    return compareTo(o) >= 0 ? this : o;
  }

  @Override
  public int compareTo(Ratio o) {
    if (small() && o.small()) {
      if (den == o.den) {
        return Long.compare(num, o.num);
      }
      long a = mul(num, o.den);
      long b = mul(o.num, den);
      if (a != OVER && b != OVER) {
        return Long.compare(a, b);
      }
    }
    return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Ratio r)) {
      return false;
    }
    if (small() || r.small()) {
      return small() && r.small() && num == r.num && den == r.den;
    }
    return bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
  }

  @Override
  public int hashCode() {
    return small() ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  /** @return {@code "num/den"}, or {@code "num"} for an integer */
  @Override
  public String toString() {
    if (small()) {
      return den == 1 ? Long.toString(num) : num + "/" + den;
    }
    return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
  }
}
