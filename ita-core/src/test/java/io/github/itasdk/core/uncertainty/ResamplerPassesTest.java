package io.github.itasdk.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The resampler's per-agency set-up and per-block passes in integers: each against the plain arithmetic it
 * replaces (a division, Euclid's fold, one pass per term over a filled array).
 */
class ResamplerPassesTest {

  @Property(tries = 2000)
  void anOddNumbersInverseTimesItIsOne(@ForAll long any) {
    long d = any | 1;
    assertThat(d * Resampler.oddInverse(d)).isEqualTo(1L);
  }

  @Test
  void theInverseOfSmallAndExtremeOddNumbers() {
    assertThat(Resampler.oddInverse(1)).isEqualTo(1L);
    assertThat(Resampler.oddInverse(3)).isEqualTo(-6148914691236517205L); // 0xAAAA…AAAB
    assertThat(Resampler.oddInverse(-1)).isEqualTo(-1L);
    assertThat(Resampler.oddInverse(Long.MAX_VALUE) * Long.MAX_VALUE).isEqualTo(1L);
  }

  @Property(tries = 3000)
  void anExactQuotientIsTheDivisions(@ForAll @LongRange(min = 1, max = 1L << 40) long d,
      @ForAll @LongRange(min = -(1L << 22), max = 1L << 22) long q) {
    long u = q * d;
    int twos = Long.numberOfTrailingZeros(d);
    long inverse = Resampler.oddInverse(d >>> twos);
    assertThat(Resampler.exactQuotient(u, twos, inverse)).isEqualTo(u / d).isEqualTo(q);
  }

  @Test
  void anExactQuotientByPowersOfTwoAndTheirMultiples() {
    assertThat(Resampler.exactQuotient(-4800, 5, Resampler.oddInverse(3))).isEqualTo(-50); // 96 = 3·2⁵
    assertThat(Resampler.exactQuotient(1L << 50, 50, 1)).isEqualTo(1);
    assertThat(Resampler.exactQuotient(-(1L << 50), 10, 1)).isEqualTo(-(1L << 40));
  }

  @Property(tries = 300)
  void eachIndicatorsDivisorIsEuclidsFold(@ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @IntRange(min = 1, max = 6) int m, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] units = new long[n * m];
    long[] base = new long[m];
    for (int i = 0; i < m; i++) {
      base[i] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(600); // all zeros, or multiples of a base
    }
    for (int k = 0; k < units.length; k++) {
      units[k] = base[k % m] * (random.nextInt(41) - 20) * (random.nextInt(5) == 0 ? 1 + random.nextInt(7) : 1);
    }
    long[] g = Resampler.divisors(units, n, m);
    for (int i = 0; i < m; i++) {
      BigInteger fold = BigInteger.ZERO;
      for (int r = 0; r < n; r++) {
        fold = fold.gcd(BigInteger.valueOf(units[r * m + i]));
      }
      assertThat(g[i]).as("indicator %d", i).isEqualTo(fold.longValueExact());
    }
  }

  @Test
  void theNextNonzeroCoefficient() {
    long[] c = {0, 3, 0, 0, -2, 0};
    assertThat(Resampler.next(c, 0)).isEqualTo(1);
    assertThat(Resampler.next(c, 2)).isEqualTo(4);
    assertThat(Resampler.next(c, 5)).isEqualTo(-1);
    assertThat(Resampler.next(c, 6)).isEqualTo(-1);
    assertThat(Resampler.next(null, 0)).isEqualTo(-1);
  }

  /** Writing the first term over the constant and adding two lanes in one pass gives the filled array's sums. */
  @Property(tries = 300)
  void aFiguresPassesAreOnePassPerTermOverAFilledArray(@ForAll @IntRange(min = 1, max = 16) int bits,
      @ForAll @IntRange(min = 0, max = 40) int from, @ForAll @IntRange(min = 0, max = 300) int length,
      @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int to = from + length;
    int lanes = Math.max(1, 64 / bits);
    long mask = lanes == 1 ? -1L : (1L << bits) - 1;
    long[] w = new long[to + 3];
    long[] tool = new long[to + 3];
    for (int b = 0; b < w.length; b++) {
      w[b] = random.nextLong();
      tool[b] = random.nextLong(-1_000_000, 1_000_000);
    }
    int at = random.nextInt(lanes) * (lanes == 1 ? 0 : bits);
    int at2 = random.nextInt(lanes) * (lanes == 1 ? 0 : bits);
    long by = random.nextLong(-5000, 5000);
    long by2 = random.nextLong(-5000, 5000);
    long times = random.nextLong(-5000, 5000);
    long constant = random.nextLong();
    long[] expected = new long[w.length];
    java.util.Arrays.fill(expected, -7);
    java.util.Arrays.fill(expected, from, to, constant);
    for (int b = from; b < to; b++) {
      expected[b] += times * tool[b];
    }
    for (int b = from; b < to; b++) {
      expected[b] += by * ((w[b] >>> at) & mask);
    }
    for (int b = from; b < to; b++) {
      expected[b] += by2 * ((w[b] >>> at2) & mask);
    }
    for (int b = from; b < to; b++) {
      expected[b] += by * ((w[b] >>> at2) & mask);
    }

    long[] num = new long[w.length];
    java.util.Arrays.fill(num, -7);
    Resampler.scaled(num, tool, from, to, false, constant, times);
    Resampler.twoLanes(num, w, from, to, true, constant, by, at, by2, at2, mask);
    Resampler.oneLane(num, w, from, to, true, constant, by, at2, mask);
    assertThat(num).isEqualTo(expected);

    // the same terms, the lanes first
    java.util.Arrays.fill(num, -7);
    Resampler.twoLanes(num, w, from, to, false, constant, by, at, by2, at2, mask);
    Resampler.scaled(num, tool, from, to, true, constant, times);
    Resampler.oneLane(num, w, from, to, true, constant, by, at2, mask);
    assertThat(num).isEqualTo(expected);

    // one lane written first
    java.util.Arrays.fill(num, -7);
    Resampler.oneLane(num, w, from, to, false, constant, by, at2, mask);
    Resampler.twoLanes(num, w, from, to, true, constant, by, at, by2, at2, mask);
    Resampler.scaled(num, tool, from, to, true, constant, times);
    assertThat(num).isEqualTo(expected);
  }
}
