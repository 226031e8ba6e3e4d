package io.github.itasdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

/**
 * {@link WeightedMean} against the mean of reduced {@link Ratio}s and against BigInteger arithmetic, with
 * denominators that share factors (the common case) and ones whose products overflow a long part of the way.
 */
class WeightedMeanTest {

  @Provide
  Arbitrary<Ratio> values() {
    Arbitrary<Long> nums = Arbitraries.oneOf(Arbitraries.longs().between(-10_000, 10_000),
        Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE));
    Arbitrary<Long> dens = Arbitraries.oneOf(Arbitraries.of(1L, 2L, 3L, 4L, 12L, 300L, 1_200L),
        Arbitraries.longs().between(1, 1_000_000), Arbitraries.longs().between(1, Long.MAX_VALUE));
    Arbitrary<Ratio> small = Combinators.combine(nums, dens).as(Ratio::of);
    Arbitrary<Ratio> big = Combinators.combine(nums, dens).as((n, d) -> Ratio.of(
        BigInteger.valueOf(n).shiftLeft(70).add(BigInteger.ONE), BigInteger.valueOf(d)));
    return Arbitraries.frequencyOf(Tuple.of(9, small), Tuple.of(1, big));
  }

  @Provide
  Arbitrary<Ratio> weights() {
    return Arbitraries.oneOf(Arbitraries.of(Ratio.ONE, Ratio.of(2), Ratio.of(1, 3), Ratio.of(5, 2)),
        Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), Arbitraries.longs().between(1, 1_000))
            .as(Ratio::of));
  }

  /** Terms given as fractions not in lowest terms (a question's sum over its divisor) give the same mean. */
  @Property(tries = 1_000)
  void termsNotInLowestTermsGiveTheSameMean(@ForAll("pairs") List<Tuple2<Ratio, Ratio>> terms,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = 100_000) long k) {
    WeightedMean reduced = new WeightedMean();
    WeightedMean unreduced = new WeightedMean();
    for (Tuple2<Ratio, Ratio> t : terms) {
      reduced.add(t.get1(), t.get2());
      Ratio v = t.get1();
      long kn = v.inLongs() ? Ratio.mul(v.num(), k) : Ratio.OVERFLOW;
      long kd = v.inLongs() ? Ratio.mul(v.den(), k) : Ratio.OVERFLOW;
      if (kn != Ratio.OVERFLOW && kd != Ratio.OVERFLOW) {
        unreduced.add(kn, kd, t.get2());
      } else {
        unreduced.add(v, t.get2());
      }
    }
    assertThat(unreduced.mean()).isEqualTo(reduced.mean());
    assertThat(unreduced.count()).isEqualTo(terms.size());
  }

  @Property(tries = 1_000)
  void weightedMeanIsTheReducedOne(@ForAll("pairs") List<Tuple2<Ratio, Ratio>> terms) {
    WeightedMean mean = new WeightedMean();
    BigInteger[] s = {BigInteger.ZERO, BigInteger.ONE};
    BigInteger[] w = {BigInteger.ZERO, BigInteger.ONE};
    for (Tuple2<Ratio, Ratio> t : terms) {
      mean.add(t.get1(), t.get2());
      add(s, t.get1().numerator().multiply(t.get2().numerator()),
          t.get1().denominator().multiply(t.get2().denominator()));
      add(w, t.get2().numerator(), t.get2().denominator());
    }
    Ratio expected = Ratio.of(s[0].multiply(w[1]), s[1].multiply(w[0]));
    assertThat(mean.mean()).isEqualTo(expected);
    assertThat(mean.mean().numerator()).isEqualTo(expected.numerator());
    assertThat(mean.mean().denominator()).isEqualTo(expected.denominator());
    assertThat(mean.count()).isEqualTo(terms.size());
  }

  @Provide
  Arbitrary<List<Tuple2<Ratio, Ratio>>> pairs() {
    return Combinators.combine(values(), weights()).as(Tuple::of).list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 500)
  void plainMeanIsSumOverCount(@ForAll("valueLists") List<Ratio> values) {
    WeightedMean mean = new WeightedMean();
    Ratio sum = Ratio.ZERO;
    for (Ratio v : values) {
      mean.add(v);
      sum = sum.add(v);
    }
    assertThat(mean.mean()).isEqualTo(sum.divide(values.size()));
  }

  @Provide
  Arbitrary<List<Ratio>> valueLists() {
    return values().list().ofMinSize(1).ofMaxSize(12);
  }

  @Test
  void noWeightIsAnError() {
    WeightedMean mean = new WeightedMean();
    assertThatThrownBy(mean::mean).isInstanceOf(ArithmeticException.class).hasMessage("division by zero");
  }

  private static void add(BigInteger[] acc, BigInteger n, BigInteger d) {
    acc[0] = acc[0].multiply(d).add(n.multiply(acc[1]));
    acc[1] = acc[1].multiply(d);
  }
}
