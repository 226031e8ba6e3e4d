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
}
