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
 * The resampler's per-agency set-up in integers: each step against the plain arithmetic it replaces (a
 * division, Euclid's fold).
 */
class ResamplerSetUpTest {

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
}
