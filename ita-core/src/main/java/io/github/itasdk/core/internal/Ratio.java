package io.github.itasdk.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number. The engine computes with these so that no figure is ever off because of
 * binary floating point or a truncated division; only presentation rounds (HALF_UP, 2 decimals).
 * Not part of the public API.
 */
public final class Ratio implements Comparable<Ratio> {
  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Ratio(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
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
    if (num.bitLength() < 63 && den.bitLength() < 63) {
      long n = num.longValue();
      long d = den.longValue();
      long g = gcd(Math.abs(n), d);
      return g == 1 ? new Ratio(num, den) : new Ratio(BigInteger.valueOf(n / g), BigInteger.valueOf(d / g));
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return new Ratio(num, den);
  }

  /** Binary GCD of two non-negative longs, not both zero: the common case without BigInteger's allocations. */
  private static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = a;
        a = b;
        b = t;
      }
      b -= a;
    }
    return a << shift;
  }

  /** @param n an integer @return n */
  public static Ratio of(long n) {
    return new Ratio(BigInteger.valueOf(n), BigInteger.ONE);
  }

  /** @param d a decimal @return its exact value */
  public static Ratio of(BigDecimal d) {
    if (d.scale() <= 0) {
      return new Ratio(d.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
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

  /** @param o addend @return this + o */
  public Ratio add(Ratio o) {
    if (den.equals(o.den)) {
      return of(num.add(o.num), den);
    }
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  /** @param o subtrahend @return this − o */
  public Ratio subtract(Ratio o) {
    return add(o.negate());
  }

  /** @return −this */
  public Ratio negate() {
    return new Ratio(num.negate(), den);
  }

  /** @param o factor @return this × o */
  public Ratio multiply(Ratio o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  /** @param n factor @return this × n */
  public Ratio multiply(long n) {
    return of(num.multiply(BigInteger.valueOf(n)), den);
  }

  /** @param o divisor, not zero @return this / o */
  public Ratio divide(Ratio o) {
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  /** @param n divisor, not zero @return this / n */
  public Ratio divide(long n) {
    return of(num, den.multiply(BigInteger.valueOf(n)));
  }

  /** @return the numerator, in lowest terms (its sign is the value's) */
  public BigInteger numerator() {
    return num;
  }

  /** @return the denominator, in lowest terms, positive */
  public BigInteger denominator() {
    return den;
  }

  /** @return the sign, −1, 0 or 1 */
  public int signum() {
    return num.signum();
  }

  /** @param scale decimals @return the value rounded HALF_UP to that many decimals */
  public BigDecimal round(int scale) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
  }

  /** @return the value rounded HALF_UP to 2 decimals, as every ITA figure is presented */
  public BigDecimal round2() {
    return round(2);
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
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  /** @return {@code "num/den"}, or {@code "num"} for an integer */
  @Override
  public String toString() {
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
