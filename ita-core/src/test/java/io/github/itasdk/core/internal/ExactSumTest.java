package io.github.itasdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link ExactSum} against a BigInteger sum, with products and sums that overflow a long part of the way. */
class ExactSumTest {

  @Provide
  Arbitrary<Long> sizes() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000), Arbitraries.longs().between(0, Long.MAX_VALUE),
        Arbitraries.longs().between(Long.MAX_VALUE / 4 - 10, Long.MAX_VALUE / 4 + 10));
  }

  @Property(tries = 500)
  void sumsLikeBigIntegers(@ForAll("sizes") long p1, @ForAll("sizes") long p2, @ForAll("sizes") long p3,
      @ForAll List<@net.jqwik.api.constraints.IntRange(min = 1, max = 3) Integer> levels,
      @ForAll("sizes") long count) {
    BigInteger[] nums = {null, BigInteger.valueOf(p1), BigInteger.valueOf(p2).negate(), BigInteger.valueOf(p3)};
    ModelCache.Points points = new ModelCache.Points(BigInteger.valueOf(3), nums, 3, new long[] {0, p1, -p2, p3});
    ModelCache.Points bigOnly = new ModelCache.Points(BigInteger.valueOf(3), nums, 0, null);
    ExactSum sum = new ExactSum();
    ExactSum reference = new ExactSum();
    BigInteger expected = BigInteger.ZERO;
    for (int level : levels) {
      sum.add(points, level, count);
      reference.add(bigOnly, level, count);
      expected = expected.add(nums[level].multiply(BigInteger.valueOf(count)));
    }
    assertThat(sum.value()).isEqualTo(expected);
    assertThat(reference.value()).isEqualTo(expected);
    assertThat(sum.over(BigInteger.valueOf(3), count == 0 ? 1 : count))
        .isEqualTo(Ratio.of(expected, BigInteger.valueOf(3).multiply(BigInteger.valueOf(count == 0 ? 1 : count))));
    Statistics.label("fits a long").collect(expected.bitLength() < 63);
    Statistics.label("fits a long").coverage(c -> {
      c.check(true).percentage(p -> p > 5);
      c.check(false).percentage(p -> p > 5);
    });
  }
}
