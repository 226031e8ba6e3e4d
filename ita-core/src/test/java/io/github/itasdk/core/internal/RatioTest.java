package io.github.itasdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Ratio} against a reference: exact decimals ({@link BigDecimal}) for sums, products and order, and
 * cross-multiplied {@link BigInteger}s for fractions, with operands on both sides of the 63-bit fast path.
 */
class RatioTest {

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(80).negate(), BigInteger.ONE.shiftLeft(80))
        .edgeCases(c -> c.add(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(Long.MAX_VALUE),
            BigInteger.valueOf(Long.MIN_VALUE)))
        .flatMap(u -> Arbitraries.integers().between(-3, 12).map(scale -> new BigDecimal(u, scale)));
  }

  @Provide
  Arbitrary<BigInteger> integers() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(70).negate(), BigInteger.ONE.shiftLeft(70));
  }

  @Provide
  Arbitrary<BigInteger> nonZero() {
    return integers().filter(i -> i.signum() != 0);
  }

  @Property(tries = 300)
  void sumsDifferencesAndProductsAreExact(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    Statistics.label("fast path").collect(a.unscaledValue().bitLength() < 63 && b.unscaledValue().bitLength() < 63);
    assertThat(Ratio.of(a).add(Ratio.of(b))).isEqualTo(Ratio.of(a.add(b)));
    assertThat(Ratio.of(a).subtract(Ratio.of(b))).isEqualTo(Ratio.of(a.subtract(b)));
    assertThat(Ratio.of(a).multiply(Ratio.of(b))).isEqualTo(Ratio.of(a.multiply(b)));
    assertThat(Integer.signum(Ratio.of(a).compareTo(Ratio.of(b)))).isEqualTo(a.compareTo(b));
    Statistics.label("fast path").coverage(c -> {
      c.check(true).percentage(p -> p > 5);
      c.check(false).percentage(p -> p > 5);
    });
  }

  @Property(tries = 300)
  void aQuotientTimesItsDivisorGivesTheDividendBack(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    if (b.signum() == 0) {
      assertThatThrownBy(() -> Ratio.of(a).divide(Ratio.of(b))).isInstanceOf(ArithmeticException.class);
      return;
    }
    Ratio q = Ratio.of(a).divide(Ratio.of(b));
    assertThat(q.multiply(Ratio.of(b))).isEqualTo(Ratio.of(a));
    // rounding HALF_UP to 2 decimals equals BigDecimal's exact division rounded the same way
    assertThat(q.round2()).isEqualTo(a.divide(b, 2, RoundingMode.HALF_UP));
    assertThat(q.round(5)).isEqualTo(a.divide(b, 5, RoundingMode.HALF_UP));
  }

  @Property(tries = 300)
  void everyFractionHasOneCanonicalForm(@ForAll("integers") BigInteger n, @ForAll("nonZero") BigInteger d,
      @ForAll("nonZero") BigInteger k) {
    Ratio r = Ratio.of(n, d);
    Ratio scaled = Ratio.of(n.multiply(k), d.multiply(k));
    assertThat(scaled).isEqualTo(r).hasSameHashCodeAs(r);
    // lowest terms with a positive denominator, as its text shows; equal value to n/d by cross-multiplication
    String[] parts = r.toString().split("/");
    BigInteger num = new BigInteger(parts[0]);
    BigInteger den = parts.length == 1 ? BigInteger.ONE : new BigInteger(parts[1]);
    assertThat(den.signum()).isPositive();
    assertThat(num.gcd(den)).isEqualTo(BigInteger.ONE);
    assertThat(num.multiply(d)).isEqualTo(n.multiply(den));
    assertThat(Ratio.parse(r.toString())).isEqualTo(r);
    assertThat(r.signum()).isEqualTo(n.signum() * d.signum());
  }

  @Property(tries = 200)
  void minAndMaxAgreeWithTheOrder(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    assertThat(Ratio.of(a).min(Ratio.of(b))).isEqualTo(Ratio.of(a.min(b)));
    assertThat(Ratio.of(a).max(Ratio.of(b))).isEqualTo(Ratio.of(a.max(b)));
  }

  @Example
  void zeroIsZeroWhateverTheDenominator() {
    assertThat(Ratio.of(BigInteger.ZERO, BigInteger.valueOf(-7))).isEqualTo(Ratio.ZERO).hasToString("0");
    assertThat(Ratio.of(new BigDecimal("0.000"))).isEqualTo(Ratio.ZERO);
  }

  @Example
  void textInBothForms() {
    assertThat(Ratio.parse("200/3")).hasToString("200/3");
    assertThat(Ratio.parse(" 66.5 ")).hasToString("133/2");
    assertThat(Ratio.parse("1.5/0.5")).isEqualTo(Ratio.of(3));
    assertThat(Ratio.parse("-4/6")).hasToString("-2/3");
    assertThat(Ratio.parse("200/3").round2()).isEqualByComparingTo("66.67");
    assertThat(Ratio.parse("1/200").round2()).isEqualByComparingTo("0.01"); // 0.005 rounds half up
    assertThat(Ratio.parse("-1/200").round2()).isEqualByComparingTo("-0.01");
  }

  @Example
  void aZeroDenominatorIsRejected() {
    assertThatThrownBy(() -> Ratio.parse("1/0")).isInstanceOf(NumberFormatException.class)
        .hasMessage("zero denominator in [1/0]");
    assertThatThrownBy(() -> Ratio.of(BigInteger.ONE, BigInteger.ZERO)).isInstanceOf(ArithmeticException.class)
        .hasMessage("division by zero");
    assertThatThrownBy(() -> Ratio.ONE.divide(0)).isInstanceOf(ArithmeticException.class);
  }

  /** Longs spread over the whole range, with many near the long path's edges (2^31, 2^62, Long.MAX_VALUE). */
  @Provide
  Arbitrary<Long> longs() {
    Arbitrary<Long> nearEdge = Arbitraries.of(1L << 31, 1L << 62, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE)
        .flatMap(e -> Arbitraries.longs().between(-1000, 1000).map(d -> e - d));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.longs()),
        net.jqwik.api.Tuple.of(3, nearEdge), net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(-100_000, 100_000)));
  }

  /** A value as reduced numerator and denominator, read back from its text. */
  private static BigInteger[] exact(Ratio r) {
    String[] parts = r.toString().split("/");
    return new BigInteger[] {new BigInteger(parts[0]), parts.length == 1 ? BigInteger.ONE : new BigInteger(parts[1])};
  }

  /** The reference for n/d: lowest terms, positive denominator, computed on BigIntegers alone. */
  private static void assertIs(Ratio r, BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    BigInteger[] got = exact(r);
    assertThat(got[0]).isEqualTo(n.divide(g));
    assertThat(got[1]).isEqualTo(d.divide(g));
    assertThat(r).isEqualTo(Ratio.parse(r.toString())).hasSameHashCodeAs(Ratio.parse(r.toString()));
  }

  @Property(tries = 1000)
  void longArithmeticNearItsLimitsEqualsBigIntegerArithmetic(@ForAll("longs") long n1, @ForAll("longs") long d1,
      @ForAll("longs") long n2, @ForAll("longs") long d2, @ForAll("longs") long k) {
    if (d1 == 0 || d2 == 0) {
      return;
    }
    BigInteger a = BigInteger.valueOf(n1);
    BigInteger b = BigInteger.valueOf(d1);
    BigInteger c = BigInteger.valueOf(n2);
    BigInteger d = BigInteger.valueOf(d2);
    Ratio x = Ratio.of(a, b);
    Ratio y = Ratio.of(c, d);
    assertIs(x, a, b);
    assertIs(x.add(y), a.multiply(d).add(c.multiply(b)), b.multiply(d));
    assertIs(x.subtract(y), a.multiply(d).subtract(c.multiply(b)), b.multiply(d));
    assertIs(x.multiply(y), a.multiply(c), b.multiply(d));
    assertIs(x.negate(), a.negate(), b);
    assertIs(x.multiply(k), a.multiply(BigInteger.valueOf(k)), b);
    if (n2 != 0) {
      assertIs(x.divide(y), a.multiply(d), b.multiply(c));
    }
    if (k != 0) {
      assertIs(x.divide(k), a, b.multiply(BigInteger.valueOf(k)));
    }
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(a.multiply(d).multiply(b.signum() * d.signum() > 0
        ? BigInteger.ONE : BigInteger.ONE.negate()).compareTo(c.multiply(b).multiply(b.signum() * d.signum() > 0
        ? BigInteger.ONE : BigInteger.ONE.negate())));
    assertThat(x.signum()).isEqualTo(a.signum() * b.signum());
  }

  @Property(tries = 1000)
  void roundingInLongsEqualsBigDecimalHalfUp(@ForAll("longs") long n, @ForAll("longs") long d,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20) int scale) {
    if (d == 0) {
      return;
    }
    assertThat(Ratio.of(BigInteger.valueOf(n), BigInteger.valueOf(d)).round(scale)).isEqualTo(halfUp(n, d, scale));
  }

  /**
   * The reference: BigDecimal's HALF_UP applied to the quotient cut (toward zero) 30 digits further, which
   * rounds the same as the exact quotient. Not {@code divide(d, scale, HALF_UP)} directly: see below.
   */
  private static BigDecimal halfUp(long n, long d, int scale) {
    return new BigDecimal(n).divide(new BigDecimal(d), scale + 30, RoundingMode.DOWN).setScale(scale, RoundingMode.HALF_UP);
  }

  /** A fraction in any terms rounds as its value does: the same terms × k, k up to where ×100 overflows a long. */
  @Property(tries = 1000)
  void roundingAFractionNotInLowestTermsRoundsItsValue(@ForAll("longs") long n, @ForAll("longs") long d,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = 1_000_000) long k) {
    if (d <= 0 || n == Long.MIN_VALUE) {
      return;
    }
    BigInteger kn = BigInteger.valueOf(n).multiply(BigInteger.valueOf(k));
    BigInteger kd = BigInteger.valueOf(d).multiply(BigInteger.valueOf(k));
    if (kn.bitLength() >= 63 || kd.bitLength() >= 63) {
      assertThat(Ratio.round2(n, d)).isEqualTo(halfUp(n, d, 2));
      return;
    }
    assertThat(Ratio.round2(kn.longValue(), kd.longValue())).isEqualTo(halfUp(n, d, 2));
  }

  @Example
  void roundsRightWhereTheJdksDivisionOverflows() {
    // JDK 17's BigDecimal.divide(40, 2, HALF_UP) gives -92233720368547758.08 here: its rounded unscaled value is 2^63
    Ratio r = Ratio.parse("3689348814741910323/40");
    assertThat(r.round2()).isEqualTo(new BigDecimal("92233720368547758.08"));
    assertThat(r.negate().round2()).isEqualTo(new BigDecimal("-92233720368547758.08"));
    assertThat(Ratio.of(new BigInteger("36893488147419103230"), BigInteger.valueOf(400)).round2())
        .isEqualTo(new BigDecimal("92233720368547758.08"));
  }

  /** Exactly half way between two 2-decimal values, x.xx5, from small ones to ones whose ×100 overflows a long. */
  @Property(tries = 1000)
  void tiesRoundAwayFromZero(@ForAll("longs") long k, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 1000)
      int m) {
    BigInteger odd = BigInteger.valueOf(k).shiftLeft(1).add(BigInteger.ONE); // (2k + 1) / 200 = x.xx5
    BigInteger scale = BigInteger.valueOf(m);
    Ratio tie = Ratio.of(odd.multiply(scale), BigInteger.valueOf(200).multiply(scale));
    BigDecimal expected = new BigDecimal(odd).divide(BigDecimal.valueOf(200)).setScale(2, RoundingMode.HALF_UP);
    assertThat(tie.round2()).isEqualTo(expected);
    assertThat(tie.round2().abs()).isGreaterThan(new BigDecimal(odd).abs().divide(BigDecimal.valueOf(200)));
    Statistics.label("numerator × 100 fits a long").collect(odd.abs().bitLength() < 56);
  }

  @Example
  void theLongPathsEdgesStayExact() {
    Ratio max = Ratio.of(Long.MAX_VALUE);
    assertThat(max.add(Ratio.ONE)).hasToString("9223372036854775808");
    assertThat(max.add(Ratio.ONE).subtract(Ratio.ONE)).isEqualTo(max).hasSameHashCodeAs(max);
    assertThat(Ratio.of(Long.MIN_VALUE)).hasToString("-9223372036854775808");
    assertThat(Ratio.of(Long.MIN_VALUE).negate()).hasToString("9223372036854775808");
    assertThat(Ratio.of(Long.MIN_VALUE).add(Ratio.ONE)).isEqualTo(Ratio.of(Long.MIN_VALUE + 1));
    assertThat(max.multiply(max).divide(max)).isEqualTo(max);
    assertThat(Ratio.ONE.divide(Long.MIN_VALUE)).hasToString("-1/9223372036854775808");
    assertThat(Ratio.ZERO.divide(7)).isSameAs(Ratio.ZERO);
    assertThat(max.round2()).isEqualByComparingTo("9223372036854775807.00");
    assertThat(Ratio.parse("1/3").round(20)).isEqualTo(new BigDecimal("0.33333333333333333333"));
  }

  @Property(tries = 1000)
  void gcdEqualsBigIntegers(@ForAll("longs") long a, @ForAll("longs") long b) {
    long x = a == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(a);
    long y = b == Long.MIN_VALUE ? 0 : Math.abs(b);
    if (x == 0 && y == 0) {
      return;
    }
    assertThat(Ratio.gcd(x, y)).isEqualTo(BigInteger.valueOf(x).gcd(BigInteger.valueOf(y)).longValueExact());
    assertThat(Ratio.gcd(y, x)).isEqualTo(Ratio.gcd(x, y));
  }

  @Example
  void numeratorAndDenominatorAreTheLowestTerms() {
    assertThat(Ratio.of(-400, -600).numerator()).isEqualTo(BigInteger.TWO);
    assertThat(Ratio.of(400, -600).numerator()).isEqualTo(BigInteger.valueOf(-2));
    assertThat(Ratio.of(400, -600).denominator()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Ratio.of(Long.MIN_VALUE, 2)).hasToString("-4611686018427387904");
    assertThat(Ratio.of(1, Long.MIN_VALUE)).hasToString("-1/9223372036854775808");
    assertThat(Ratio.gcd(1L << 40, 0)).isEqualTo(1L << 40);
    assertThat(Ratio.gcd(0, 1L << 40)).isEqualTo(1L << 40);
  }
}
