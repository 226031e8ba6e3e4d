package io.github.itasdk.core.uncertainty;

/**
 * The bootstrap's random draws: n respondents drawn with replacement, their per-indicator scores summed.
 *
 * <p>Every (seed, resample, survey) has its own stream: xoroshiro128++ (Blackman and Vigna), its two words
 * of state set by SplitMix64 from the seed, the resample's index and the survey's position. So the same
 * seed gives the same draws however the resamples are spread over threads. Each 64-bit output gives TWO
 * indices: its high and its low 32 bits, each mapped onto [0, n) by Lemire's multiply-shift
 * {@code (bits · n) >>> 32}. The mapping gives every index ⌊2³²/n⌋ or ⌈2³²/n⌉ of the 2³² values, so an
 * index is drawn with probability 1/n off by at most a relative n/2³² (2.3·10⁻⁹ for 10 respondents, 10⁻⁶
 * for 4,000): far below the resampling noise of any interval.
 *
 * <p>The usual draws add integer scores packed several to a long ({@link #draw(long[][], int, long, int,
 * long[])}), the one and two longs per respondent of the shipped rubrics in kernels of their own that keep
 * the generator's state and the sums in locals. Not part of the public API.
 */
final class Draws {
  private Draws() {}

  /** SplitMix64's counter step: the golden ratio in 64 bits. */
  static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private static final long LOW = 0xFFFF_FFFFL;

  /** SplitMix64 of the seed and the resample index: the key of the resample's streams. */
  static long start(long seed, long resample) {
    return mix64(seed + (resample + 1) * GOLDEN);
  }

  /** SplitMix64's finaliser. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The generator of one survey's draws (state never all zero: the second word is never 0 with the first). */
  static final class Stream {
    private long s0;
    private long s1;

    /** @param key the resample's key ({@link #start}) @param survey the survey's position in the resample */
    Stream(long key, int survey) {
      s0 = mix64(key + (2L * survey + 1) * GOLDEN);
      s1 = mix64(key + (2L * survey + 2) * GOLDEN);
      if ((s0 | s1) == 0) {
        s1 = GOLDEN;
      }
    }

    /** @return the next 64 random bits (xoroshiro128++) */
    long next() {
      long a = s0;
      long b = s1;
      long r = Long.rotateLeft(a + b, 17) + a;
      b ^= a;
      s0 = Long.rotateLeft(a, 49) ^ b ^ (b << 21);
      s1 = Long.rotateLeft(b, 28);
      return r;
    }
  }

  /** The first index an output gives: its high 32 bits onto [0, n). */
  static int first(long random, int n) {
    return (int) (((random >>> 32) * n) >>> 32);
  }

  /** The second index an output gives: its low 32 bits onto [0, n). */
  static int second(long random, int n) {
    return (int) (((random & LOW) * n) >>> 32);
  }

  /**
   * The respondents of one draw of n, in order, each counted where it is drawn.
   *
   * @param counts incremented at each drawn respondent
   */
  static void replay(int n, Stream random, int[] counts) {
    for (int k = 0; k < n >>> 1; k++) {
      long r = random.next();
      counts[first(r, n)]++;
      counts[second(r, n)]++;
    }
    if ((n & 1) != 0) {
      counts[first(random.next(), n)]++;
    }
  }

  /**
   * Adds up n respondents drawn with replacement (as {@link #replay} lists them): per indicator, the sum of
   * the drawn respondents' scores. The path for scores too large for the packed integer form (rare), so
   * not specialised.
   *
   * @param scores respondent r's indicator i at {@code scores[r * m + i]}
   * @param sums receives the m sums
   */
  static void draw(double[] scores, int n, int m, long key, int survey, double[] sums) {
    Stream random = new Stream(key, survey);
    java.util.Arrays.fill(sums, 0, m, 0.0);
    for (int k = 0; k < n >>> 1; k++) {
      long r = random.next();
      int a = first(r, n) * m;
      int b = second(r, n) * m;
      for (int i = 0; i < m; i++) {
        sums[i] += scores[a + i] + scores[b + i];
      }
    }
    if ((n & 1) != 0) {
      int a = first(random.next(), n) * m;
      for (int i = 0; i < m; i++) {
        sums[i] += scores[a + i];
      }
    }
  }

  /**
   * As {@link #draw(double[], int, int, long, int, double[])}, on integer scores packed into w words per
   * respondent (several indicators to a long, in lanes that cannot carry into each other): one addition
   * sums a word's every lane. Word j of respondent r is {@code packed[j][r]} (one array per word: two loads
   * at the same index cost less than two at neighbouring ones).
   *
   * @param sums receives the w summed words
   */
  static void draw(long[][] packed, int n, long key, int survey, long[] sums) {
    Stream random = new Stream(key, survey);
    int w = packed.length;
    if (w == 1) {
      sums[0] = draw1(packed[0], n, random.s0, random.s1);
    } else if (w == 2) {
      draw2(packed[0], packed[1], n, random.s0, random.s1, sums);
    } else {
      java.util.Arrays.fill(sums, 0, w, 0L);
      for (int k = 0; k < n >>> 1; k++) {
        long r = random.next();
        int a = first(r, n);
        int b = second(r, n);
        for (int i = 0; i < w; i++) {
          sums[i] += packed[i][a] + packed[i][b];
        }
      }
      if ((n & 1) != 0) {
        int a = first(random.next(), n);
        for (int i = 0; i < w; i++) {
          sums[i] += packed[i][a];
        }
      }
    }
  }

  private static long draw1(long[] p, int n, long s0, long s1) {
    long a0 = 0;
    long b0 = 0;
    for (int k = 0; k < n >>> 1; k++) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long t = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ t ^ (t << 21);
      s1 = Long.rotateLeft(t, 28);
      a0 += p[first(r, n)];
      b0 += p[second(r, n)];
    }
    if ((n & 1) != 0) {
      a0 += p[first(Long.rotateLeft(s0 + s1, 17) + s0, n)];
    }
    return a0 + b0;
  }

  private static void draw2(long[] p, long[] q, int n, long s0, long s1, long[] sums) {
    long a0 = 0;
    long a1 = 0;
    long b0 = 0;
    long b1 = 0;
    for (int k = 0; k < n >>> 1; k++) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long t = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ t ^ (t << 21);
      s1 = Long.rotateLeft(t, 28);
      int a = first(r, n);
      int b = second(r, n);
      a0 += p[a];
      a1 += q[a];
      b0 += p[b];
      b1 += q[b];
    }
    if ((n & 1) != 0) {
      int a = first(Long.rotateLeft(s0 + s1, 17) + s0, n);
      a0 += p[a];
      a1 += q[a];
    }
    sums[0] = a0 + b0;
    sums[1] = a1 + b1;
  }
}
