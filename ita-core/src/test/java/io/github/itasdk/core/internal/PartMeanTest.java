package io.github.itasdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link PartMean}: a combined question's mean over the parts, from the parts' unreduced sums, is exactly the
 * weighted mean of the parts' scores that {@link WeightedMean} gives; it gives up (null, or
 * {@code Long.MIN_VALUE}) rather than overflow.
 */
class PartMeanTest {

  @Provide
  Arbitrary<List<Ratio>> weights() {
    Arbitrary<Ratio> one = Arbitraries.oneOf(Arbitraries.of(Ratio.ONE, Ratio.of(1, 2), Ratio.of(3, 20), Ratio.of(17, 100)),
        Arbitraries.longs().between(1, 1_000).flatMap(n -> Arbitraries.longs().between(1, 1_000).map(d -> Ratio.of(n, d))));
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 1000)
  void theMeanFromSumsIsTheWeightedMeanOfTheParts(@ForAll("weights") List<Ratio> weights,
      @ForAll @Size(min = 3, max = 3) List<@LongRange(min = 1, max = 5_000) Long> respondents,
      @ForAll @LongRange(min = 1, max = 60) long perRespondent,
      @ForAll @Size(min = 3, max = 3) List<@LongRange(min = -1_000_000, max = 1_000_000) Long> sums) {
    int parts = weights.size();
    long[] n = new long[parts];
    long[] s = new long[parts];
    WeightedMean expected = new WeightedMean();
    for (int j = 0; j < parts; j++) {
      n[j] = respondents.get(j);
      s[j] = sums.get(j);
      expected.add(Ratio.of(s[j], perRespondent * n[j]), weights.get(j));
    }
    PartMean mean = PartMean.of(weights.toArray(new Ratio[0]), n);
    assertThat(mean).isNotNull();
    for (int j = 0; j < parts; j++) {
      assertThat(mean.perRespondent(j, perRespondent * n[j])).isEqualTo(perRespondent);
    }
    long num = mean.numerator(s);
    long den = mean.denominator(perRespondent);
    net.jqwik.api.statistics.Statistics.label("fits a long").collect(num != Long.MIN_VALUE && den != Long.MIN_VALUE);
    if (num != Long.MIN_VALUE && den != Long.MIN_VALUE) {
      assertThat(Ratio.of(num, den)).isEqualTo(expected.mean());
      return;
    }
    // it gave up: then a term, a partial sum or K × d really leaves a long (Σ |c_j s_j| bounds every partial sum)
    BigInteger b = BigInteger.ONE;
    BigInteger lcmN = BigInteger.ONE;
    for (int j = 0; j < parts; j++) {
      b = lcm(b, weights.get(j).denominator());
      lcmN = lcm(lcmN, BigInteger.valueOf(respondents.get(j)));
    }
    BigInteger terms = BigInteger.ZERO;
    BigInteger sumA = BigInteger.ZERO;
    for (int j = 0; j < parts; j++) {
      BigInteger a = weights.get(j).numerator().multiply(b.divide(weights.get(j).denominator()));
      sumA = sumA.add(a);
      terms = terms.add(a.multiply(lcmN.divide(BigInteger.valueOf(respondents.get(j)))).multiply(BigInteger.valueOf(s[j])).abs());
    }
    BigInteger k = lcmN.multiply(sumA).multiply(BigInteger.valueOf(perRespondent));
    assertThat(terms.bitLength() >= 63 || k.bitLength() >= 63).isTrue();
  }

  private static BigInteger lcm(BigInteger x, BigInteger y) {
    return x.divide(x.gcd(y)).multiply(y);
  }

  @Example
  void noRespondentsOrANonPositiveWeightGiveNoCoefficients() {
    assertThat(PartMean.of(new Ratio[] {Ratio.ONE, Ratio.ONE}, new long[] {12, 0})).isNull();
    assertThat(PartMean.of(new Ratio[] {Ratio.ONE, Ratio.ZERO}, new long[] {12, 7})).isNull();
  }

  @Example
  void aDivisorNotAMultipleOfThePartsRespondentsIsRefused() {
    PartMean mean = PartMean.of(new Ratio[] {Ratio.ONE, Ratio.ONE}, new long[] {12, 7});
    assertThat(mean.perRespondent(0, 36)).isEqualTo(3);
    assertThat(mean.perRespondent(1, 36)).isZero();
  }

  @Example
  void overflowingStepsGiveUpInsteadOfWrapping() {
    // respondent counts whose least common multiple does not fit a long
    assertThat(PartMean.of(new Ratio[] {Ratio.ONE, Ratio.ONE}, new long[] {Long.MAX_VALUE, Long.MAX_VALUE - 1}))
        .isNull();
    PartMean mean = PartMean.of(new Ratio[] {Ratio.ONE, Ratio.ONE}, new long[] {3, 5});
    assertThat(mean.numerator(new long[] {Long.MAX_VALUE / 2, 1})).isEqualTo(Long.MIN_VALUE);
    assertThat(mean.denominator(Long.MAX_VALUE / 2)).isEqualTo(Long.MIN_VALUE);
    assertThat(Ratio.of(mean.numerator(new long[] {3, 5}), mean.denominator(1))).isEqualTo(Ratio.ONE);
  }
}
