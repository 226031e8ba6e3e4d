package io.github.itasdk.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.TargetShare;
import io.github.itasdk.core.rubric.Provenance;
import io.github.itasdk.core.rubric.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The bootstrap's arithmetic helpers: draws, percentiles by counting, the band rule in hundredths. */
class ResamplingArithmeticTest {

  // ------------------------------------------------------------------ draws

  /** Chi-square of the counts against n equal cells: mean n − 1, sd √(2(n − 1)). */
  static double chiSquare(long[] counts, long total) {
    double expected = (double) total / counts.length;
    double x = 0;
    for (long c : counts) {
      x += (c - expected) * (c - expected) / expected;
    }
    return x;
  }

  /**
   * The chi-square's quantile with df degrees of freedom z standard normal deviations up (Wilson and
   * Hilferty's cube-root approximation, a little above the exact point). The mean plus z standard
   * deviations is far too tight for few degrees, the distribution being skewed: 9.5 for one degree is its
   * upper 0.2 % point, and n = 4, seed 0 gives 19.6 for three degrees (upper 0.02 %).
   */
  static double chiSquareQuantile(int df, double z) {
    double v = 2.0 / (9 * df);
    return df * Math.pow(1 - v + z * Math.sqrt(v), 3);
  }

  @Test
  void theChiSquareQuantileIsOnTheSafeSideOfTheExactOne() {
    // upper 10⁻⁶ points (z = 4.753), from the regularised incomplete gamma function: 23.92 (1 degree), 30.66
    // (3), 46.86 (10), 182.12 (100); the approximation a little above each, closer with more degrees
    assertThat(chiSquareQuantile(1, 4.753)).isBetween(23.92, 23.92 * 1.15);
    assertThat(chiSquareQuantile(3, 4.753)).isBetween(30.66, 30.66 * 1.08);
    assertThat(chiSquareQuantile(10, 4.753)).isBetween(46.86, 46.86 * 1.03);
    assertThat(chiSquareQuantile(100, 4.753)).isBetween(182.12, 182.12 * 1.01);
  }

  @Property(tries = 12)
  void drawnRespondentsAreUniformAndConsecutiveOnesIndependent(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    long[] counts = new long[n];
    long[] pairs = new long[n * n];
    int draws = 0;
    int[] drawn = new int[n];
    Draws.Chunks chunks = new Draws.Chunks(n);
    for (int d = 0; draws < 4000 * n * n; d++) {
      Draws.indices(chunks, new Draws.Stream(Draws.start(seed, d), 0), drawn);
      for (int k = 0; k < n; k++) {
        counts[drawn[k]]++;
        pairs[drawn[k] * n + drawn[(k + 1) % n]]++;
      }
      draws += n;
    }
    // the chi-square's upper 3·10⁻⁶ point: a biased or correlated index fails by far more (one cell off by
    // 10 % at 4,000 per cell adds 40 to the statistic; perfectly correlated neighbours make it n·draws)
    if (n > 1) {
      assertThat(chiSquare(counts, draws)).isLessThan(chiSquareQuantile(n - 1, 4.5));
      int cells = n * n;
      assertThat(chiSquare(pairs, draws)).isLessThan(chiSquareQuantile(cells - 1, 4.5));
    }
  }

  @Property(tries = 200)
  void everyChunkValueAcceptedGivesEachRespondentAsOften(@ForAll @IntRange(min = 1, max = 100_000) int n) {
    // exactness of the mapping itself: q accepted values per respondent, fewer than 1 in 8 rejected
    Draws.Chunks c = new Draws.Chunks(n);
    assertThat(c.limit).isEqualTo((long) n * c.q);
    assertThat((double) ((1L << c.bits) - c.limit) / (1L << c.bits)).isLessThan(1.0 / 8);
    assertThat(c.perOutput * (c.bits + 1)).isLessThanOrEqualTo(64);
    assertThat((c.limit - 1) / c.q).isEqualTo(n - 1);
  }

  @Property(tries = 200)
  void aChunksRespondentIsItsQuotientByQ(@ForAll @IntRange(min = 1, max = 100_000) int n) {
    // the multiplication that replaces the division, checked against it on every accepted chunk (up to 2^20)
    Draws.Chunks c = new Draws.Chunks(n);
    for (long x = 0; x < c.limit; x++) {
      if (c.respondent(x) != x / c.q) {
        throw new AssertionError("n " + n + ", chunk " + x + ": " + c.respondent(x) + " instead of " + x / c.q);
      }
    }
  }

  @Test
  void theQuotientHoldsAtTheWidestChunksAndForQOfOneOrTwo() {
    // the widest chunks (31 bits: n of 2^28 and more), where q falls to 8 and below, and q of 1 and 2 directly
    for (int n : new int[] {1 << 28, (1 << 28) + 12_345, Integer.MAX_VALUE / 2, Integer.MAX_VALUE}) {
      Draws.Chunks c = new Draws.Chunks(n);
      for (long x : new long[] {0, 1, c.q - 1, c.q, c.limit / 2, c.limit - c.q, c.limit - 1}) {
        assertThat(c.respondent(x)).as("n %d, chunk %d", n, x).isEqualTo(x / c.q);
      }
    }
  }

  @Property(tries = 50)
  void aReplayDrawsTheRespondentsTheSumsAddUp(@ForAll @IntRange(min = 1, max = 600) int n,
      @ForAll @IntRange(min = 1, max = 7) int m, @ForAll long seed) {
    double[] scores = new double[n * m];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = (i * 7919L % 1001) / 8.0; // exact in doubles, and so are their sums
    }
    double[] sums = new double[m];
    Draws.Chunks chunks = new Draws.Chunks(n);
    Draws.draw(scores, chunks, m, Draws.start(seed, 3), 1, new int[n], sums);
    int[] counts = new int[n];
    Draws.replay(chunks, new Draws.Stream(Draws.start(seed, 3), 1), counts);
    assertThat(Arrays.stream(counts).sum()).isEqualTo(n);
    for (int i = 0; i < m; i++) {
      double expected = 0;
      for (int r = 0; r < n; r++) {
        expected += counts[r] * scores[r * m + i];
      }
      assertThat(sums[i]).isEqualTo(expected);
    }
  }

  @Property(tries = 600)
  void everyKernelDrawsTheRespondentsTheDefinitionLists(@ForAll @IntRange(min = 1, max = 3000) int n,
      @ForAll @IntRange(min = 1, max = 4) int words, @ForAll @IntRange(min = 0, max = 2) int size,
      @ForAll long seed) {
    kernelMatchesTheDefinition(n, words, size, seed);
  }

  @Test
  void everyKernelDrawsTheDefinitionsRespondentsWhereTheChunksWiden() {
    // every survey of up to 600 respondents in one and two words; then each side of every change of chunk
    // width (up to 16 bits) and of the kernels' reach (4,095 respondents), in one to four words
    for (int n = 1; n <= 600; n++) {
      for (int words = 1; words <= 2; words++) {
        for (int size = 0; size <= 2; size++) {
          kernelMatchesTheDefinition(n, words, size, n * 31L + words);
        }
      }
    }
    int[] sizes = {1, 2, 5, 255, 256, 511, 512, 1023, 1024, 2047, 2048, 3001, 4095, 4096, 5000};
    for (int n : sizes) {
      for (int words = 1; words <= 4; words++) {
        for (int size = 0; size <= 2; size++) {
          kernelMatchesTheDefinition(n, words, size, n * 37L + words);
        }
      }
    }
  }

  /**
   * The sums of a packed draw (whichever kernel takes it) against the respondents {@code indices} lists.
   *
   * @param size 0: words whose n add up below the counter lane, the largest right at that bound; 1: the
   *     largest one above it; 2: any longs, one of them negative
   */
  private static void kernelMatchesTheDefinition(int n, int words, int size, long seed) {
    long[][] packed = new long[words][n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int at = 64 - (32 - Integer.numberOfLeadingZeros(n));
    long bound = ((1L << at) - 1) / n;
    for (long[] w : packed) {
      for (int r = 0; r < n; r++) {
        w[r] = size == 2 ? random.nextLong() : random.nextLong(bound) + random.nextInt(2);
      }
      // the largest word right at the bound or one above it (for n = 1 that is negative: no room either); or
      // a negative word among any longs
      w[random.nextInt(n)] = size < 2 ? bound + size : random.nextLong() | Long.MIN_VALUE;
    }
    Draws.Packed p = new Draws.Packed(packed, n);
    // the kernel each survey takes: a table for one word up to 255 (and 256-511 where counted); the
    // multiplier for one or two words up to 4,095; the general loop otherwise; counted where the last word
    // leaves room for the count
    boolean twelve = words == 1 && n >= 256 && n <= 511 && size == 0;
    assertThat(p.table != null).as("table, n %d, %d words", n, words).isEqualTo(words == 1 && n <= 255 || twelve);
    assertThat(p.first != null).as("multiplier, n %d, %d words", n, words)
        .isEqualTo(words <= 2 && n <= 4095 && !(words == 1 && n <= 255) && !twelve);
    assertThat(p.kind == Draws.Packed.TABLE_COUNTED || p.kind == Draws.Packed.ONE_COUNTED
        || p.kind == Draws.Packed.TWO_COUNTED || p.kind == Draws.Packed.TABLE12_COUNTED)
        .as("counted, n %d, %d words, size %d", n, words, size).isEqualTo(words <= 2 && n <= 4095 && size == 0);
    // one above the bound still leaves bits 60-63 free from 16 respondents on (the bound is then below 2^60 / n)
    assertThat(p.kind == Draws.Packed.TABLE_GROUPED).as("grouped, n %d, %d words, size %d", n, words, size)
        .isEqualTo(words == 1 && n >= 16 && n <= 255 && size == 1);
    for (int b = 0; b < 20; b++) {
      long key = Draws.start(seed, b);
      long[][] sums = new long[words][3];
      Draws.draw(p, key, 2, sums, 1, new int[n]);
      int[] drawn = new int[n];
      Draws.indices(p.chunks, new Draws.Stream(key, 2), drawn);
      for (int j = 0; j < words; j++) {
        long expected = 0;
        for (int r : drawn) {
          expected += packed[j][r];
        }
        assertThat(sums[j][1]).as("n %d, %d words, resample %d, word %d", n, words, b, j).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 200)
  void theMultiplierGivesEveryChunksQuotient(@ForAll @IntRange(min = 1, max = 4095) int n) {
    // (x · ⌈2^32 / q⌉) >>> 32 = ⌊x / q⌋ for every chunk x of the width, accepted or not; a rejected chunk's
    // quotient stays inside the zero-padded words
    Draws.Packed p = new Draws.Packed(new long[][] {new long[n], new long[n]}, n);
    Draws.Chunks c = p.chunks;
    for (long x = 0; x < 1L << c.bits; x++) {
      long i = (x * p.multiplier) >>> 32;
      if (i != x / c.q || i >= p.first.length) {
        throw new AssertionError("n " + n + ", chunk " + x + ": " + i + " instead of " + x / c.q + " (room "
            + p.first.length + ")");
      }
    }
  }

  // ------------------------------------------------------------------ percentiles

  @Provide
  Arbitrary<Double> nearHalves() {
    // x.xx5 and its neighbouring doubles, and plain values
    Arbitrary<Double> halves = Arbitraries.integers().between(0, 9999).flatMap(c -> Arbitraries.integers().between(-3, 3)
        .map(k -> {
          double v = (c + 0.5) / 100;
          for (int i = 0; i < Math.abs(k); i++) {
            v = k > 0 ? Math.nextUp(v) : Math.nextDown(v);
          }
          return v;
        }));
    return Arbitraries.oneOf(halves, Arbitraries.doubles().between(-5, 105));
  }

  @Property(tries = 2000)
  void aValueIsCountedInTheHundredthAnIntervalPrintsIt(@ForAll("nearHalves") double v) {
    assertThat(Percentiles.cents(v))
        .isEqualTo(Scores.twoDecimals(BigDecimal.valueOf(v)).movePointRight(2).longValueExact());
  }

  @Property(tries = 200)
  void percentilesByCountingAreThoseOfASortRounded(@ForAll("values") double[] values,
      @ForAll @IntRange(min = 1, max = 99) int percent) {
    double alpha = percent / 200.0;
    int[] ranks = {Percentiles.rank(alpha, values.length), Percentiles.rank(0.5, values.length),
        Percentiles.rank(1 - alpha, values.length)};
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    long[] got = Percentiles.atRanks(values, sorted[0], sorted[sorted.length - 1], ranks);
    for (int r = 0; r < ranks.length; r++) {
      assertThat(got[r]).isEqualTo(Scores.twoDecimals(BigDecimal.valueOf(sorted[ranks[r]])).movePointRight(2)
          .longValueExact());
    }
  }

  @Provide
  Arbitrary<double[]> values() {
    Arbitrary<double[]> scores = nearHalves().array(double[].class).ofMinSize(1).ofMaxSize(300);
    Arbitrary<double[]> wide = Arbitraries.doubles().between(-1e5, 1e5).array(double[].class).ofMinSize(1).ofMaxSize(300);
    return Arbitraries.oneOf(scores, wide); // wide: beyond the counted bins, selected instead
  }

  @Property(tries = 200)
  void integersRankedByCountingAreThoseOfASort(@ForAll("integers") long[] values,
      @ForAll @IntRange(min = 1, max = 99) int percent) {
    int[] ranks = {Percentiles.rank(percent / 200.0, values.length), Percentiles.rank(0.5, values.length),
        Percentiles.rank(1 - percent / 200.0, values.length)};
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    long[] got = Spread.atRanks(values, ranks);
    for (int r = 0; r < ranks.length; r++) {
      assertThat(got[r]).isEqualTo(sorted[ranks[r]]);
    }
  }

  @Provide
  Arbitrary<long[]> integers() {
    Arbitrary<long[]> narrow = Arbitraries.longs().between(-50, 5000).array(long[].class).ofMinSize(1).ofMaxSize(300);
    Arbitrary<long[]> wide = Arbitraries.longs().array(long[].class).ofMinSize(1).ofMaxSize(300); // sorted instead
    return Arbitraries.oneOf(narrow, wide);
  }

  @Property(tries = 200)
  void anIndicatorsSpreadFromItsLaneIsThatOfItsSums(@ForAll @IntRange(min = 2, max = 400) int resamples,
      @ForAll @IntRange(min = 0, max = 1) int lane, @ForAll boolean wide, @ForAll long seed) {
    // sums in lane `lane` of 12 bits (or 30: the doubles' accumulation), other lanes full of noise; the
    // unit scales the standard error only
    int bits = wide ? 30 : 12;
    long mask = (1L << bits) - 1;
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    long[] words = new long[resamples];
    long[] sums = new long[resamples];
    for (int b = 0; b < resamples; b++) {
      sums[b] = random.nextLong(1L << bits);
      words[b] = (random.nextLong() & ~(mask << (bits * lane))) | sums[b] << (bits * lane);
    }
    int[] ranks = {Percentiles.rank(0.025, resamples), Percentiles.rank(0.5, resamples),
        Percentiles.rank(0.975, resamples)};
    Spread spread = Spread.ofLanes(words, bits * lane, mask, 0.25, k -> 3 * k, ranks);
    long[] sorted = sums.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sums).average().orElseThrow();
    double var = Arrays.stream(sums).mapToDouble(k -> (k - mean) * (k - mean)).sum() / (resamples - 1);
    for (int r = 0; r < ranks.length; r++) {
      assertThat(spread.at()[r]).isEqualTo(3 * sorted[ranks[r]]);
    }
    assertThat(spread.se()).isCloseTo(0.25 * Math.sqrt(var), org.assertj.core.api.Assertions.withinPercentage(1e-7));
  }

  // ------------------------------------------------------------------ figures summarised as they are made

  /** Random block ends: how a run hands its resamples over, block by block, in order. */
  static int[] blockEnds(java.util.SplittableRandom random, int resamples) {
    java.util.List<Integer> ends = new java.util.ArrayList<>();
    for (int b = 0; b < resamples; ) {
      b = Math.min(resamples, b + 1 + random.nextInt(300));
      ends.add(b);
    }
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The definition the summaries made as the resamples come must meet: the values kept per resample, their
   * hundredths ranked by a sort, the standard error from their doubles' deviations from the first value,
   * summed in resample order.
   */
  static Spread ofKeptValues(long[] cents, double[] values, int... ranks) {
    double first = values[0];
    double sum = 0;
    double squares = 0;
    for (double v : values) {
      double d = v - first;
      sum += d;
      squares += d * d;
    }
    long[] sorted = cents.clone();
    Arrays.sort(sorted);
    long[] at = new long[ranks.length];
    for (int r = 0; r < ranks.length; r++) {
      at[r] = sorted[ranks[r]];
    }
    return Spread.fromSums(at, sum, squares, values.length);
  }

  @Property(tries = 400)
  void aFigureSummarisedBlockByBlockHasTheSpreadOfItsValuesKept(@ForAll @IntRange(min = 1, max = 900) int resamples,
      @ForAll @LongRange(min = 1, max = 1L << 36) long anyDen, @ForAll @IntRange(min = 1, max = 12) int divisor,
      @ForAll @IntRange(min = 0, max = 3) int kind, @ForAll long seed) {
    // numerators g·k around den·(50 ± 30) (a score near 50), summarised three ways: hundredths counted over
    // the range the numerators can take (a tool, the total), numerators counted over g (a combination), or
    // hundredths kept (no range known, or one too wide to count)
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    long g = divisor;
    long den = kind == 1 ? 1 + anyDen % 1000 : anyDen; // numerators few enough to count
    long[] full = new long[resamples];
    long[] cents = new long[resamples];
    double[] values = new double[resamples];
    double per = 1.0 / den;
    long least = Long.MAX_VALUE;
    long greatest = Long.MIN_VALUE;
    for (int b = 0; b < resamples; b++) {
      full[b] = g * ((20 * den + random.nextLong(60 * den + 1)) / g);
      cents[b] = Resampler.halfUp(full[b], den);
      values[b] = full[b] * per;
      least = Math.min(least, full[b]);
      greatest = Math.max(greatest, full[b]);
    }
    long[] range = switch (kind) {
      case 0, 1 -> new long[] {least - g * random.nextLong(4), greatest + g * random.nextLong(4)};
      case 2 -> null;
      default -> new long[] {-den * 1_000_000, den * 1_000_000};
    };
    boolean numerators = kind == 1;
    // one survey of two lanes with coefficients 2g and 3g (gcd g): numerators counted over g
    long[][] byLane = {{2 * g, 3 * g}};
    Resampler.Rounded figure = new Resampler.Rounded(den, per, byLane, new long[1], kind == 1 ? 1 : g, range,
        kind != 1);
    assertThat(figure.countsCents).isEqualTo(!numerators);
    assertThat(figure.bins == null).isEqualTo(kind >= 2);
    figure.buffers(resamples, resamples);
    for (int b = 0; b < resamples; b++) {
      // kept as the run keeps them: over the figure's divisor
      figure.num[b] = full[b] / figure.divisor;
      if (figure.cents != null) {
        figure.cents[b] = cents[b];
      }
    }
    // a second figure, its values in reverse order, summarised in the same loop as the first (as a run pairs
    // figures); a third summarised alone
    Resampler.Rounded twin = new Resampler.Rounded(den, per, byLane, new long[1], kind == 1 ? 1 : g, range,
        kind != 1);
    Resampler.Rounded alone = new Resampler.Rounded(den, per, byLane, new long[1], kind == 1 ? 1 : g, range,
        kind != 1);
    twin.buffers(resamples, resamples);
    alone.buffers(resamples, resamples);
    long[] backCents = new long[resamples];
    double[] backValues = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      twin.num[b] = figure.num[resamples - 1 - b];
      alone.num[b] = figure.num[b];
      if (figure.cents != null) {
        twin.cents[b] = figure.cents[resamples - 1 - b];
        alone.cents[b] = figure.cents[b];
      }
      backCents[b] = cents[resamples - 1 - b];
      backValues[b] = values[resamples - 1 - b];
    }
    int from = 0;
    for (int to : blockEnds(random, resamples)) {
      figure.count(from, to, from == 0);
      twin.count(from, to, from == 0);
      Resampler.Rounded.deviations(figure, twin, from, to);
      alone.summarise(from, to, from == 0);
      from = to;
    }
    int[] ranks = {Percentiles.rank(0.025, resamples), Percentiles.rank(0.5, resamples),
        Percentiles.rank(0.975, resamples)};
    Spread expected = ofKeptValues(cents, values, ranks);
    Spread backwards = ofKeptValues(backCents, backValues, ranks);
    for (Spread[] pair : new Spread[][] {{figure.spread(ranks), expected}, {alone.spread(ranks), expected},
        {twin.spread(ranks), backwards}}) {
      assertThat(pair[0].at()).isEqualTo(pair[1].at());
      // the same double, not merely a close one (NaN alike for one resample)
      assertThat(Double.doubleToLongBits(pair[0].se())).isEqualTo(Double.doubleToLongBits(pair[1].se()));
    }
  }

  @Test
  void aFiguresShareOfASurveyIsAMultipleOfItsToolOnlyWhereEveryLaneIs() {
    assertThat(Resampler.multiple(new long[] {565, 0, 1130}, new long[] {1, 0, 2})).isEqualTo(565);
    assertThat(Resampler.multiple(new long[] {-10, -10}, new long[] {1, 1})).isEqualTo(-10);
    assertThat(Resampler.multiple(new long[] {10, 0, 0}, new long[] {1, 1, 1})).isZero(); // one lane only
    assertThat(Resampler.multiple(new long[] {1, 1}, new long[] {2, 2})).isZero(); // a half
    assertThat(Resampler.multiple(new long[] {0, 0}, new long[] {3, 4})).isZero(); // nothing of it
    assertThat(Resampler.multiple(new long[] {Long.MIN_VALUE, 0}, new long[] {Long.MIN_VALUE / 2, 1})).isZero();
  }

  @Property(tries = 300)
  void anIndicatorsLaneCountedBlockByBlockHasTheSpreadOfItsLane(@ForAll @IntRange(min = 1, max = 900) int resamples,
      @ForAll @IntRange(min = 0, max = 1) int lane, @ForAll boolean tooNarrow, @ForAll long seed) {
    // sums in lane `lane` of 12 bits, other lanes full of noise; counted over their range (or over one too
    // narrow, which fails loudly)
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int bits = 12;
    long mask = (1L << bits) - 1;
    long[] words = new long[resamples];
    long centre = 500 + random.nextLong(3000);
    long least = Long.MAX_VALUE;
    long greatest = Long.MIN_VALUE;
    for (int b = 0; b < resamples; b++) {
      long sum = centre - 400 + random.nextLong(801);
      words[b] = (random.nextLong() & ~(mask << (bits * lane))) | sum << (bits * lane);
      least = Math.min(least, sum);
      greatest = Math.max(greatest, sum);
    }
    long lo = tooNarrow ? least + 1 : least - random.nextLong(100);
    int size = (int) (greatest - lo + 1 + (tooNarrow ? -1 : random.nextLong(100)));
    Resampler.Lanes counted = new Resampler.Lanes(bits * lane, mask, lo, Math.max(1, size));
    counted.words = words;
    int from = 0;
    try {
      for (int to : blockEnds(random, resamples)) {
        counted.summarise(from, to, from == 0);
        from = to;
      }
      assertThat(tooNarrow).isFalse();
    } catch (ArrayIndexOutOfBoundsException e) {
      assertThat(tooNarrow).isTrue(); // a range that misses a value is a defect, never a silent miscount
    }
    if (!tooNarrow) {
      int[] ranks = {Percentiles.rank(0.05, resamples), Percentiles.rank(0.5, resamples),
          Percentiles.rank(0.95, resamples)};
      Spread expected = Spread.ofLanes(words, bits * lane, mask, 0.25, k -> 3 * k + 1, ranks);
      Spread got = Spread.ofLaneCounts(counted.bins, counted.lo, counted.first, resamples, 0.25, k -> 3 * k + 1, ranks);
      assertThat(got.at()).isEqualTo(expected.at());
      assertThat(Double.doubleToLongBits(got.se())).isEqualTo(Double.doubleToLongBits(expected.se()));
    }
  }

  @Test
  void selectionFindsWhatASortPutsAtARank() {
    double[] a = {5, 1, 4, 1, 5, 9, 2, 6, 5, 3};
    double[] sorted = a.clone();
    Arrays.sort(sorted);
    for (int k = 0; k < a.length; k++) {
      assertThat(Percentiles.select(a.clone(), 0, k)).isEqualTo(sorted[k]);
    }
  }

  // ------------------------------------------------------------------ band rule

  static final Provenance FACT = Provenance.of("a made-up policy", "-", Status.VERIFIED, null);

  // bands are held to 2 decimals: "75.005" is 75.01
  static final RatingPolicy POLICY = RatingPolicy.builder().id("test").label(Label.of("ทดสอบ", "test"))
      .target(new BigDecimal("85.00")).targetShare(TargetShare.builder().percent(new BigDecimal("50")).provenance(FACT).build())
      .addBands(band("AA", "95.00", "100.00", null, true), band("A", "85.00", "94.99", "50.00", true),
          band("A-", "85.00", "94.99", null, false), band("B", "75.005", "84.99", null, false),
          band("C", "0.00", "75.00", null, false))
      .provenance(FACT).build();

  static RatingBand band(String code, String min, String max, String floor, boolean meets) {
    RatingBand.Builder b = RatingBand.builder().code(code).label(Label.of(code, code)).min(new BigDecimal(min))
        .max(new BigDecimal(max)).meetsTarget(meets);
    if (floor != null) {
      b.toolFloor(new BigDecimal(floor));
    }
    return b.build();
  }

  @Property(tries = 3000)
  void theBandInHundredthsIsThePolicysBand(@ForAll @IntRange(min = 0, max = 10_000) int total,
      @ForAll @IntRange(min = 0, max = 10_000) int lowest) {
    BandRule rule = BandRule.of(POLICY);
    RatingBand expected = POLICY.band(BigDecimal.valueOf(total, 2), BigDecimal.valueOf(lowest, 2));
    assertThat(POLICY.bands().get(rule.band(total, lowest))).isEqualTo(expected);
  }

  /**
   * Any bands, in any order, overlapping or leaving gaps, with bounds between hundredths and floors or none:
   * the rule's band (found from the first band holding the total) is the policy's, and where the policy has
   * none (or the score is out of range) the rule fails as the policy does.
   */
  @Property(tries = 3000)
  void theBandOfAnyPolicyIsThePolicysBand(@ForAll("policies") RatingPolicy policy,
      @ForAll @IntRange(min = -2, max = 10_002) int total, @ForAll @IntRange(min = -2, max = 10_002) int lowest) {
    BandRule rule = BandRule.of(policy);
    String expected;
    try {
      expected = policy.band(BigDecimal.valueOf(total, 2), BigDecimal.valueOf(lowest, 2)).code();
    } catch (io.github.itasdk.core.ItaException e) {
      expected = e.getMessage();
    }
    String actual;
    try {
      actual = policy.bands().get(rule.band(total, lowest)).code();
    } catch (io.github.itasdk.core.ItaException e) {
      actual = e.getMessage();
    }
    assertThat(actual).isEqualTo(expected);
  }

  /** A standard error's 4 decimals, made from the double where it is far from a half, are the decimal's. */
  @Property(tries = 20_000)
  void aStandardErrorRoundsAsItsDecimalDoes(@ForAll("standardErrors") double v) {
    BigDecimal expected = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    BigDecimal actual = Bootstrap.fourDecimals(v);
    assertThat(actual).isEqualTo(expected); // equal scales too
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }

  @Provide
  Arbitrary<Double> standardErrors() {
    // anywhere; on and a few ulps around a half-unit of the 4th decimal; beyond the fast path's range
    Arbitrary<Double> half = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 2_000_000),
        Arbitraries.integers().between(-4, 4)).as((c, ulps) -> {
          double x = (2.0 * c + 1) / 20_000;
          for (int i = 0; i < Math.abs(ulps); i++) {
            x = ulps > 0 ? Math.nextUp(x) : Math.nextDown(x);
          }
          return x;
        });
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 20).ofScale(12), half,
        Arbitraries.doubles().between(0, 1e-3).ofScale(15), Arbitraries.doubles().between(9_990, 1e6).ofScale(6), Arbitraries.of(0.0, -0.0, 1e4, Math.nextDown(1e4), 0.00005,
            0.00015, 1.00005, 99.99995, -0.00005, -1.5));
  }

  @Test
  void aStandardErrorThatIsNoNumberFailsAsTheDecimalDoes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Bootstrap.fourDecimals(Double.NaN))
        .isInstanceOf(NumberFormatException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Bootstrap.fourDecimals(Double.POSITIVE_INFINITY))
        .isInstanceOf(NumberFormatException.class);
  }

  @Provide
  Arbitrary<RatingPolicy> policies() {
    // bounds in thousandths (some between hundredths), near a few edges so that totals land on them
    Arbitrary<Integer> bound = Arbitraries.oneOf(Arbitraries.integers().between(0, 100_000),
        Arbitraries.of(0, 74_995, 75_000, 75_005, 84_990, 85_000, 94_990, 95_000, 100_000));
    Arbitrary<RatingBand> band = net.jqwik.api.Combinators.combine(bound, bound, bound.injectNull(0.5))
        .as((x, y, floor) -> band("b" + x + "-" + y, BigDecimal.valueOf(Math.min(x, y), 3).toPlainString(),
            BigDecimal.valueOf(Math.max(x, y), 3).toPlainString(),
            floor == null ? null : BigDecimal.valueOf(floor, 3).toPlainString(), false));
    return band.list().ofMinSize(1).ofMaxSize(8).uniqueElements(RatingBand::code)
        .map(bands -> RatingPolicy.builder().from(POLICY).bands(bands).build());
  }

  @Test
  void aHalfHundredthRoundsUpExactly_andTheBandsEdgesHold() {
    BandRule rule = BandRule.of(POLICY);
    assertThat(Resampler.halfUp(84_995, 1000)).isEqualTo(8500); // 84.995 → 85.00
    assertThat(Resampler.halfUp(84_994_999, 1_000_000)).isEqualTo(8499);
    assertThat(Resampler.halfUp(-1, 200)).isEqualTo(-1); // −0.005 → −0.01 (half away from zero)
    assertThat(POLICY.bands().get(rule.band(8500, 4999)).code()).isEqualTo("A-");
    assertThat(POLICY.bands().get(rule.band(8500, 5000)).code()).isEqualTo("A");
    assertThat(POLICY.bands().get(rule.band(7500, 0)).code()).isEqualTo("C");
    assertThat(POLICY.bands().get(rule.band(7501, 0)).code()).isEqualTo("B"); // 75.005 held as 75.01
  }

  @Property(tries = 5000)
  void theHundredthsByAReciprocalAreTheDivisions(@ForAll("numerators") long num, @ForAll("denominators") long den) {
    long limit = (Long.MAX_VALUE - den) / 200; // halfUp's domain: 200·|num| + den within a long
    net.jqwik.api.Assume.that(num <= limit && -num <= limit);
    assertThat(Resampler.halfUp(num, den, Long.MAX_VALUE / (2 * den))).isEqualTo(Resampler.halfUp(num, den));
  }

  private static long limitOf(long den) {
    return (Long.MAX_VALUE - den) / 200;
  }

  @Provide
  Arbitrary<Long> denominators() {
    // small, powers of two and their neighbours, up to the largest a figure has (below 2⁶¹)
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 1000), Arbitraries.longs().between(1, 1L << 60),
        Arbitraries.integers().between(0, 60).flatMap(e -> Arbitraries.of(1L << e, (1L << e) + 1, Math.max(1, (1L << e) - 1))));
  }

  @Provide
  Arbitrary<Long> numerators() {
    // anywhere 200·num + den stays within a long, and around 2⁶² (where the multiplication gives way)
    long near = ((1L << 62) / 200);
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 1L << 40), Arbitraries.longs().between(-(1L << 40), 0),
        Arbitraries.longs().between(near - 1_000_000, near + 1_000_000), Arbitraries.longs().between(0, near * 2));
  }

  @Test
  void theHundredthsByAReciprocalAtTheEdges() {
    long[][] cases = {{0, 1}, {1, 1}, {84_995, 1000}, {84_994_999, 1_000_000}, {-1, 200}, {(1L << 62) / 200 - 1, 1},
        {(1L << 62) / 200, 1}, {(Long.MAX_VALUE - 3) / 200, 3}, {10_000L << 40, 1L << 40}, {(limitOf(1L << 60)), 1L << 60}};
    for (long[] c : cases) {
      assertThat(Resampler.halfUp(c[0], c[1], Long.MAX_VALUE / (2 * c[1]))).as("%d / %d", c[0], c[1])
          .isEqualTo(Resampler.halfUp(c[0], c[1]));
    }
  }

  @Property(tries = 1000)
  void doublesFarFromAHalfRoundAsTheirExactValue(@ForAll @IntRange(min = 0, max = 9999) int c,
      @ForAll @IntRange(min = 1, max = 999) int den, @ForAll @IntRange(min = -2000, max = 2000) int off) {
    // an exact value near c + ½ hundredths: (c + ½)/100 + off/(den · 10⁹); its double, rounded if not near
    BigDecimal exact = BigDecimal.valueOf(2L * c + 1, 3).add(BigDecimal.valueOf(off)
        .divide(BigDecimal.valueOf(den).scaleByPowerOfTen(9), 30, RoundingMode.HALF_EVEN));
    double v = exact.doubleValue();
    double guard = 1e-6;
    if (!Resampler.nearHalf(v, guard)) {
      assertThat(Resampler.hundredths(v)).isEqualTo(exact.setScale(2, RoundingMode.HALF_UP).movePointRight(2)
          .longValueExact());
    }
  }
}
