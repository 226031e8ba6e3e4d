package io.github.itasdk.core.uncertainty;

/**
 * The bootstrap's random draws: n respondents drawn with replacement, their per-indicator scores summed.
 *
 * <p>Every (seed, resample, survey) has its own stream: xoroshiro128++ (Blackman and Vigna), its two words
 * of state set by SplitMix64 from the seed, the resample's index and the survey's position. So the same
 * seed gives the same draws however the resamples are spread over threads.
 *
 * <p><b>Respondents from chunks, exactly uniform.</b> Each 64-bit output is cut into {@link Chunks#perOutput}
 * chunks of {@link Chunks#bits} bits (5 of 11 bits for up to 255 respondents; wider, fewer chunks for more),
 * the first chunk in the lowest bits. With q = ⌊2^bits / n⌋, a chunk x below n·q draws respondent ⌊x / q⌋
 * (each respondent has exactly q of the accepted values), and a chunk at or above n·q is rejected (less than
 * one in 8). So every drawn respondent is exactly uniform over the n and independent of the others: no
 * bias, unlike mapping a fixed number of bits onto [0, n). A survey's n respondents are drawn in rounds: while
 * n' ≥ perOutput respondents are still wanted, the next ⌊n' / perOutput⌋ outputs give all their chunks;
 * fewer wanted, the next output gives its first n' chunks; the chunks a round rejected are wanted again in
 * the next round. The respondents are the accepted chunks in order ({@link #indices} lists them).
 *
 * <p>The usual draws add integer scores packed several to a long ({@link Packed}), one or two longs a
 * respondent in the shipped rubrics, in kernels that keep the generator and the sums in locals and need no
 * list of drawn respondents: up to 255 respondents (511 with one long and room for the count below), a
 * table gives each 11- or 12-bit chunk its respondent's long (0 for a rejected chunk); more, an exact
 * multiplication gives the respondent (the longs followed by zeros
 * where rejected chunks land). Where the last long leaves a top lane free, each accepted chunk's long
 * carries a 1 there, so the sums count the accepted chunks themselves and a round's rejections cost nothing
 * of their own; with only 4 bits free the count is read and cleared every five outputs, before it can wrap;
 * with none, the rejections of an output's chunks are counted at once under a guard bit above each chunk.
 * The bootstrap draws a block of resamples of one survey in one call (the kind chosen once); with the
 * counted 11-bit table two resamples run side by side, their generators independent work for the processor
 * to overlap. Not part of the public API.
 */
final class Draws {
  private Draws() {}

  /** SplitMix64's counter step: the golden ratio in 64 bits. */
  static final long GOLDEN = 0x9E3779B97F4A7C15L;

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
      s0 = first(key, survey);
      s1 = second(key, survey, s0);
    }

    /** The first word of the state of survey's stream in the resample of that key. */
    static long first(long key, int survey) {
      return mix64(key + (2L * survey + 1) * GOLDEN);
    }

    /** The second word, given the first: never 0 with it. */
    static long second(long key, int survey, long first) {
      long s1 = mix64(key + (2L * survey + 2) * GOLDEN);
      return (first | s1) == 0 ? GOLDEN : s1;
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

  /**
   * How the outputs of a stream are cut into respondents of a survey of n: chunks of {@code bits} bits, at
   * least 11 and at least 3 more than n needs (so fewer than one chunk in 8 is rejected), each followed by a
   * guard bit, as many as fit a long.
   */
  static final class Chunks {
    /** Respondents. */
    final int n;
    /** Bits of a chunk. */
    final int bits;
    /** Chunks per 64-bit output. */
    final int perOutput;
    /** Values of a chunk per respondent: ⌊2^bits / n⌋. */
    final int q;
    /** Chunks below this are accepted: n·q. */
    final long limit;
    /**
     * ⌊(2^64 − 1) / q⌋ + 1 as an unsigned long (0 when q is 1): with it the high 64 bits of magic·x are
     * ⌊x / q⌋ for every x below 2^32 (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019),
     * a multiplication in place of a division on the general path.
     */
    private final long magic;
    /** One chunk's bits: 2^bits − 1. */
    final long mask;
    /** Every chunk of an output, each under its guard bit ({@link #perOutput} of them, bits + 1 apart). */
    final long all;
    /** The guard bit above each chunk of an output. */
    final long guards;
    /**
     * 2^bits − limit added to each chunk of an output: a chunk's guard bit is then set exactly when the chunk
     * is rejected (at or above {@link #limit}), so one bit count gives an output's rejections.
     */
    final long rejects;

    Chunks(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("a survey to resample needs a respondent, got " + n);
      }
      this.n = n;
      this.bits = Math.min(31, Math.max(11, 32 - Integer.numberOfLeadingZeros(n) + 3));
      this.perOutput = 64 / (bits + 1);
      this.q = (int) ((1L << bits) / n);
      this.limit = (long) n * q;
      this.magic = q == 1 ? 0 : Long.divideUnsigned(-1L, q) + 1;
      long spread = 0; // a 1 at the lowest bit of each chunk
      for (int j = 0; j < perOutput; j++) {
        spread |= 1L << j * (bits + 1);
      }
      this.mask = (1L << bits) - 1;
      this.all = mask * spread;
      this.guards = (mask + 1) * spread;
      this.rejects = ((1L << bits) - limit) * spread;
    }

    /** @return the respondent of an accepted chunk x (x below {@link #limit}): ⌊x / q⌋ */
    int respondent(long x) {
      // the unsigned high product of magic and x (x ≥ 0): the signed one, plus x where magic's top bit is set
      return q == 1 ? (int) x : (int) (Math.multiplyHigh(magic, x) + ((magic >> 63) & x));
    }

    /** Chunk j of an output. */
    long chunk(long random, int j) {
      return (random >>> (j * (bits + 1))) & ((1L << bits) - 1);
    }
  }

  /**
   * The respondents of one draw of n, in the order drawn (the definition the kernels follow).
   *
   * @param out receives the n respondents
   */
  static void indices(Chunks c, Stream random, int[] out) {
    int need = c.n;
    int k = 0;
    while (need > 0) {
      int outputs = need >= c.perOutput ? need / c.perOutput : 1;
      int take = need >= c.perOutput ? c.perOutput : need;
      need -= outputs * take;
      for (int o = 0; o < outputs; o++) {
        long r = random.next();
        for (int j = 0; j < take; j++) {
          long x = c.chunk(r, j);
          if (x < c.limit) {
            out[k++] = c.respondent(x);
          } else {
            need++;
          }
        }
      }
    }
  }

  /**
   * Counts the respondents of one draw of n.
   *
   * @param counts incremented at each drawn respondent
   */
  static void replay(Chunks c, Stream random, int[] counts) {
    int[] drawn = new int[c.n];
    indices(c, random, drawn);
    for (int r : drawn) {
      counts[r]++;
    }
  }

  /**
   * Adds up n respondents drawn with replacement (as {@link #indices} lists them): per indicator, the sum of
   * the drawn respondents' scores. The path for scores too large for the packed integer form (rare), so
   * not specialised.
   *
   * @param scores respondent r's indicator i at {@code scores[r * m + i]}
   * @param drawn room for n respondents
   * @param sums receives the m sums
   */
  static void draw(double[] scores, Chunks c, int m, long key, int survey, int[] drawn, double[] sums) {
    indices(c, new Stream(key, survey), drawn);
    java.util.Arrays.fill(sums, 0, m, 0.0);
    for (int k = 0; k < c.n; k++) {
      int a = drawn[k] * m;
      for (int i = 0; i < m; i++) {
        sums[i] += scores[a + i];
      }
    }
  }

  /**
   * A survey's integer scores packed into w words per respondent (several indicators to a long, in lanes
   * that cannot carry into each other): one addition sums a word's every lane. Word j of respondent r is
   * {@code words[j][r]}. With one word and up to 255 respondents, {@code table} holds each 11-bit chunk's
   * respondent's word (0 for a rejected chunk): in exactly 2048 entries for the counted and grouped kinds,
   * whose kernels take a chunk's index as the output's bits masked by the table's length − 1 (so the JIT
   * sees every index in range and checks none); in 4096 for the guard-bit kernel, which points the chunks
   * of an output it does not want at 2048 and above (0). Likewise each 12-bit chunk's, in 4096 entries, for
   * one counted word and 256-511 respondents. Otherwise, with one or two words and 4 or 5 chunks an output (up
   * to 4,095 respondents), {@code first} and {@code second} hold words 0 and 1 of each respondent followed
   * by zeros up to the largest quotient any chunk has, so that a rejected chunk adds 0 without a branch;
   * {@code multiplier} is ⌈2^32 / q⌉, with which (x · multiplier) >>> 32 is ⌊x / q⌋ for every chunk x (x and
   * the multiplier's error, both below 2^15, make an error below 2^30 of 2^32). In a counted kind the last
   * word of each respondent (never of a zero) carries a 1 at {@link #counter}.
   */
  static final class Packed {
    /** The general loop: {@link #indices}, then a pass per word. */
    static final int GENERAL = 0;
    /** One word, 11-bit chunks: {@link #table} (rejections counted by guard bits). */
    static final int TABLE = 1;
    /** One word, 11-bit chunks: {@link #table} carrying a 1 in the counter lane at {@link #counter}. */
    static final int TABLE_COUNTED = 2;
    /** One word, four chunks an output: {@link #first} and the multiplier. */
    static final int ONE = 3;
    /** One word, four chunks an output: {@link #first} carrying a 1 at {@link #counter}, the multiplier. */
    static final int ONE_COUNTED = 4;
    /** Two words: {@link #first}, {@link #second} and the multiplier. */
    static final int TWO = 5;
    /** Two words, {@link #second} carrying a 1 at {@link #counter}. */
    static final int TWO_COUNTED = 6;
    /**
     * One word, 11-bit chunks, the top 4 bits free: {@link #table} carrying a 1 at bit 60, the count read
     * and cleared every five outputs (before either sum's 4 bits can wrap).
     */
    static final int TABLE_GROUPED = 7;
    /** One word, 12-bit chunks (256-511 respondents): {@link #table} carrying a 1 at {@link #counter}. */
    static final int TABLE12_COUNTED = 8;

    final long[][] words;
    final Chunks chunks;
    final int kind;
    final long[] table;
    final long[] first;
    final long[] second;
    final long multiplier;
    /**
     * Where the count of accepted chunks starts in a counted kernel's sums (the lowest bit of a top lane
     * wide enough for n), or 64: the words are never negative and n of the largest add up below it, so no
     * sum of the words reaches it.
     */
    final int counter;

    Packed(long[][] words, int n) {
      this.words = words;
      this.chunks = new Chunks(n);
      this.multiplier = ((1L << 32) + chunks.q - 1) / chunks.q;
      int at = 64 - (32 - Integer.numberOfLeadingZeros(n));
      // the count goes in the last word (of one or two)
      long[] last = words[words.length - 1];
      boolean room = words.length <= 2;
      for (int r = 0; r < n && room; r++) {
        room = last[r] >= 0 && last[r] <= ((1L << at) - 1) / n;
      }
      boolean nibble = !room && words.length == 1;
      for (int r = 0; r < n && nibble; r++) {
        nibble = words[0][r] >= 0 && words[0][r] <= ((1L << 60) - 1) / n;
      }
      this.counter = room ? at : nibble ? 60 : 64;
      long one = room || nibble ? 1L << this.counter : 0;
      long[] t = null;
      long[] f = null;
      long[] g = null;
      int k = GENERAL;
      boolean eleven = words.length == 1 && chunks.bits == 11;
      if (eleven || words.length == 1 && chunks.bits == 12 && room) {
        k = !eleven ? TABLE12_COUNTED : room ? TABLE_COUNTED : nibble ? TABLE_GROUPED : TABLE;
        // every chunk of 12 bits, or of 11 with its guard bit (the guard-bit kernel's), or of 11 bits
        t = new long[k == TABLE_COUNTED || k == TABLE_GROUPED ? 2048 : 4096];
        // chunk x is respondent x / q's: each respondent's word in q entries in a row, up to n·q (no division)
        for (int r = 0; r < n; r++) {
          java.util.Arrays.fill(t, r * chunks.q, (r + 1) * chunks.q, words[0][r] | one);
        }
      } else if (words.length <= 2 && chunks.bits <= 15 && chunks.perOutput >= 4) {
        int size = (int) (((1L << chunks.bits) - 1) / chunks.q) + 1;
        f = java.util.Arrays.copyOf(words[0], size);
        g = words.length == 2 ? java.util.Arrays.copyOf(words[1], size) : null;
        long[] counted = g != null ? g : f;
        for (int r = 0; r < n && room; r++) {
          counted[r] |= one;
        }
        k = g != null ? (room ? TWO_COUNTED : TWO) : room ? ONE_COUNTED : ONE;
      }
      this.kind = k;
      this.table = t;
      this.first = f;
      this.second = g;
    }
  }


  /** The five 11-bit chunks of an output, each under a guard bit (12 bits apart). */
  private static final long CHUNKS = 0x7FFL * 0x0001_0010_0100_1001L;
  /** The guard bit of each of the five chunks. */
  private static final long GUARDS = 0x800L * 0x0001_0010_0100_1001L;

  /**
   * Adds up n respondents drawn with replacement (as {@link #indices} lists them) in packed words.
   *
   * @param sums receives word j's sum at {@code sums[j][at]}
   * @param drawn room for n respondents (used where there is no table)
   */
  static void draw(Packed p, long key, int survey, long[][] sums, int at, int[] drawn) {
    long s0 = Stream.first(key, survey);
    long s1 = Stream.second(key, survey, s0);
    Chunks c = p.chunks;
    switch (p.kind) {
      case Packed.TABLE_COUNTED:
        sums[0][at] = draw5counted(p.table, c.n, p.counter, s0, s1);
        return;
      case Packed.TABLE_GROUPED:
        sums[0][at] = draw5grouped(p.table, c.n, s0, s1);
        return;
      case Packed.TABLE12_COUNTED:
        sums[0][at] = draw4table(p.table, c.n, p.counter, s0, s1);
        return;
      case Packed.TABLE:
        sums[0][at] = draw5(p.table, c, s0, s1);
        return;
      case Packed.ONE_COUNTED:
        sums[0][at] = draw4counted(p.first, c, p.multiplier, p.counter, s0, s1);
        return;
      case Packed.ONE:
        sums[0][at] = draw4(p.first, c, p.multiplier, s0, s1);
        return;
      case Packed.TWO_COUNTED:
        if (c.perOutput == 5) {
          draw5x2counted(p.first, p.second, c, p.multiplier, p.counter, s0, s1, sums, at);
        } else {
          draw4x2counted(p.first, p.second, c, p.multiplier, p.counter, s0, s1, sums, at);
        }
        return;
      case Packed.TWO:
        if (c.perOutput == 5) {
          draw5x2(p.first, p.second, c, p.multiplier, s0, s1, sums, at);
        } else {
          draw4x2(p.first, p.second, c, p.multiplier, s0, s1, sums, at);
        }
        return;
      default:
        indices(c, new Stream(key, survey), drawn);
        for (int j = 0; j < p.words.length; j++) {
          long[] word = p.words[j];
          long sum = 0;
          for (int k = 0; k < c.n; k++) {
            sum += word[drawn[k]];
          }
          sums[j][at] = sum;
        }
    }
  }

  /**
   * Draws a block of resamples of one survey: resample i (i below count) with key {@code keys[i]}, its sums
   * at {@code sums[j][at + i]}, each exactly as {@link #draw(Packed, long, int, long[][], int, int[])} gives
   * them. The kind is chosen once for the block; the counted 11-bit table draws two resamples at a time
   * ({@link #draw5countedPairs}), the grouped one each in turn from this loop.
   *
   * @param drawn room for n respondents (used where there is no table)
   */
  static void draw(Packed p, long[] keys, int count, int survey, long[][] sums, int at, int[] drawn) {
    long[] t = p.table;
    int n = p.chunks.n;
    long[] out = sums[0];
    switch (p.kind) {
      case Packed.TABLE_COUNTED:
        draw5countedPairs(t, p.chunks, p.counter, keys, count, survey, out, at);
        return;
      case Packed.TABLE_GROUPED:
        for (int i = 0; i < count; i++) {
          long s0 = Stream.first(keys[i], survey);
          out[at + i] = draw5grouped(t, n, s0, Stream.second(keys[i], survey, s0));
        }
        return;
      default:
        for (int i = 0; i < count; i++) {
          draw(p, keys[i], survey, sums, at + i, drawn);
        }
    }
  }

  /**
   * {@link #draw5counted} for a block, two resamples at a time: their first rounds have the same n / 5
   * outputs, run in one loop (two generators side by side, independent work for the processor to overlap);
   * then one output of each a turn, as in {@link #draw5counted}, until neither wants more (a resample already
   * drawn takes no chunk, and its generator's further outputs are unused). There each output's rejections
   * among the chunks it takes are counted at once by the guard bits, as in {@link #draw5}, so that the
   * number still wanted waits on no table look-up.
   */
  private static void draw5countedPairs(long[] t, Chunks ch, int at, long[] keys, int count, int survey,
      long[] out, int base) {
    int n = ch.n;
    long add = ch.rejects;
    int top = t.length - 1; // 2047, written so that the JIT sees every index below t.length
    long last = t[top];
    long low = (1L << at) - 1;
    int i = 0;
    for (; i + 1 < count; i += 2) {
      long a0 = Stream.first(keys[i], survey);
      long a1 = Stream.second(keys[i], survey, a0);
      long b0 = Stream.first(keys[i + 1], survey);
      long b1 = Stream.second(keys[i + 1], survey, b0);
      long a = 0;
      long b = 0;
      for (int k = n / 5; k > 0; k--) {
        long r = Long.rotateLeft(a0 + a1, 17) + a0;
        long x = a1 ^ a0;
        a0 = Long.rotateLeft(a0, 49) ^ x ^ (x << 21);
        a1 = Long.rotateLeft(x, 28);
        long u = Long.rotateLeft(b0 + b1, 17) + b0;
        long y = b1 ^ b0;
        b0 = Long.rotateLeft(b0, 49) ^ y ^ (y << 21);
        b1 = Long.rotateLeft(y, 28);
        a += t[(int) r & top];
        b += t[(int) u & top];
        a += t[(int) (r >>> 12) & top];
        b += t[(int) (u >>> 12) & top];
        a += t[(int) (r >>> 24) & top];
        b += t[(int) (u >>> 24) & top];
        a += t[(int) (r >>> 36) & top];
        b += t[(int) (u >>> 36) & top];
        a += t[(int) (r >>> 48) & top];
        b += t[(int) (u >>> 48) & top];
      }
      int needA = n - (int) (a >>> at);
      int needB = n - (int) (b >>> at);
      while ((needA | needB) != 0) {
        int takeA = Math.min(needA, 5);
        int takeB = Math.min(needB, 5);
        long r = Long.rotateLeft(a0 + a1, 17) + a0;
        long x = a1 ^ a0;
        a0 = Long.rotateLeft(a0, 49) ^ x ^ (x << 21);
        a1 = Long.rotateLeft(x, 28);
        long u = Long.rotateLeft(b0 + b1, 17) + b0;
        long y = b1 ^ b0;
        b0 = Long.rotateLeft(b0, 49) ^ y ^ (y << 21);
        b1 = Long.rotateLeft(y, 28);
        a += firstChunks(t, r, takeA, last);
        b += firstChunks(t, u, takeB, last);
        needA += Long.bitCount(((r & CHUNKS) + add) & GUARDS & ~(-1L << 12 * takeA)) - takeA;
        needB += Long.bitCount(((u & CHUNKS) + add) & GUARDS & ~(-1L << 12 * takeB)) - takeB;
      }
      out[base + i] = a & low;
      out[base + i + 1] = b & low;
    }
    if (i < count) {
      long s0 = Stream.first(keys[i], survey);
      out[base + i] = draw5counted(t, n, at, s0, Stream.second(keys[i], survey, s0));
    }
  }

  /**
   * One word, 11-bit chunks (5 to an output): per chunk a table look-up and an addition; an output's
   * rejections counted at once (a chunk x is rejected when x + 2048 − limit reaches its guard bit).
   */
  private static long draw5(long[] t, Chunks c, long s0, long s1) {
    int top = t.length - 1; // 4095, written so that the JIT sees every index below t.length
    long add = c.rejects;
    long a = 0;
    long b = 0;
    int need = c.n;
    while (need >= 5) {
      int outputs = need / 5;
      int rejected = 0;
      for (int k = 0; k < outputs; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        long v = r & CHUNKS;
        rejected += Long.bitCount((v + add) & GUARDS);
        a += t[(int) v & top];
        b += t[(int) (v >>> 12) & top];
        a += t[(int) (v >>> 24) & top];
        b += t[(int) (v >>> 36) & top];
        a += t[(int) (v >>> 48) & top];
      }
      need += rejected - 5 * outputs;
    }
    while (need > 0) {
      // the first `need` chunks of one output; the others point at 2048 (guard bit set), which adds 0
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      long wanted = CHUNKS >>> (12 * (5 - need));
      long v = r & wanted;
      need = Long.bitCount((v + add) & GUARDS & (wanted << 1));
      v |= GUARDS & ~(wanted << 1);
      a += t[(int) v & top];
      b += t[(int) (v >>> 12) & top];
      a += t[(int) (v >>> 24) & top];
      b += t[(int) (v >>> 36) & top];
      a += t[(int) (v >>> 48) & top];
    }
    return a + b;
  }

  /** Four chunks an output (12 to 15 bits each, n from 256 to 4,095), one word, by the multiplier. */
  private static long draw4(long[] p, Chunks c, long mul, long s0, long s1) {
    int s = c.bits + 1;
    long mask = c.mask;
    long chunks = c.all;
    long guards = c.guards;
    long add = c.rejects;
    long a = 0;
    long b = 0;
    int need = c.n;
    while (need >= 4) {
      int outputs = need >> 2;
      int rejected = 0;
      for (int k = 0; k < outputs; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        long v = r & chunks;
        rejected += Long.bitCount((v + add) & guards);
        a += p[(int) (((v & mask) * mul) >>> 32)];
        v >>>= s;
        b += p[(int) (((v & mask) * mul) >>> 32)];
        v >>>= s;
        a += p[(int) (((v & mask) * mul) >>> 32)];
        b += p[(int) (((v >>> s) * mul) >>> 32)];
      }
      need += rejected - 4 * outputs;
    }
    while (need > 0) {
      // the first `need` chunks of one output; a rejected chunk's quotient is at n or above, where p is 0
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      int wanted = need;
      for (int j = 0; j < wanted; j++) {
        long y = (r >>> j * s) & mask;
        need -= y < c.limit ? 1 : 0;
        a += p[(int) ((y * mul) >>> 32)];
      }
    }
    return a + b;
  }

  /** Four chunks an output, two words, by the multiplier; the sums in {@code sums[0][at]} and {@code sums[1][at]}. */
  private static void draw4x2(long[] p, long[] q, Chunks c, long mul, long s0, long s1, long[][] sums, int at) {
    int s = c.bits + 1;
    long mask = c.mask;
    long chunks = c.all;
    long guards = c.guards;
    long add = c.rejects;
    long a = 0;
    long a2 = 0;
    int need = c.n;
    while (need >= 4) {
      int outputs = need >> 2;
      int rejected = 0;
      for (int k = 0; k < outputs; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        long v = r & chunks;
        rejected += Long.bitCount((v + add) & guards);
        int i0 = (int) (((v & mask) * mul) >>> 32);
        a += p[i0];
        a2 += q[i0];
        v >>>= s;
        int i1 = (int) (((v & mask) * mul) >>> 32);
        a += p[i1];
        a2 += q[i1];
        v >>>= s;
        int i2 = (int) (((v & mask) * mul) >>> 32);
        a += p[i2];
        a2 += q[i2];
        int i3 = (int) (((v >>> s) * mul) >>> 32);
        a += p[i3];
        a2 += q[i3];
      }
      need += rejected - 4 * outputs;
    }
    while (need > 0) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      int wanted = need;
      for (int j = 0; j < wanted; j++) {
        long y = (r >>> j * s) & mask;
        need -= y < c.limit ? 1 : 0;
        int i = (int) ((y * mul) >>> 32);
        a += p[i];
        a2 += q[i];
      }
    }
    sums[0][at] = a;
    sums[1][at] = a2;
  }

  /** Five 11-bit chunks an output (up to 255 respondents), two words, by the multiplier. */
  private static void draw5x2(long[] p, long[] q, Chunks c, long mul, long s0, long s1, long[][] sums, int at) {
    long mask = 0x7FF;
    long add = c.rejects;
    long a = 0;
    long a2 = 0;
    int need = c.n;
    while (need >= 5) {
      int outputs = need / 5;
      int rejected = 0;
      for (int k = 0; k < outputs; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        long v = r & CHUNKS;
        rejected += Long.bitCount((v + add) & GUARDS);
        int i0 = (int) (((v & mask) * mul) >>> 32);
        a += p[i0];
        a2 += q[i0];
        int i1 = (int) ((((v >>> 12) & mask) * mul) >>> 32);
        a += p[i1];
        a2 += q[i1];
        int i2 = (int) ((((v >>> 24) & mask) * mul) >>> 32);
        a += p[i2];
        a2 += q[i2];
        int i3 = (int) ((((v >>> 36) & mask) * mul) >>> 32);
        a += p[i3];
        a2 += q[i3];
        int i4 = (int) (((v >>> 48) * mul) >>> 32);
        a += p[i4];
        a2 += q[i4];
      }
      need += rejected - 5 * outputs;
    }
    while (need > 0) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      int wanted = need;
      for (int j = 0; j < wanted; j++) {
        long y = (r >>> 12 * j) & mask;
        need -= y < c.limit ? 1 : 0;
        int i = (int) ((y * mul) >>> 32);
        a += p[i];
        a2 += q[i];
      }
    }
    sums[0][at] = a;
    sums[1][at] = a2;
  }

  /**
   * The table's words of the first {@code take} chunks of output r, of a table of 2048 entries: the other
   * chunks are set to all ones, the last entry, whose word is subtracted again as many times.
   */
  private static long firstChunks(long[] t, long r, int take, long last) {
    int top = t.length - 1; // 2047, written so that the JIT sees every index below t.length
    long v = r | CHUNKS & -1L << 12 * take;
    long a = t[(int) v & top] + t[(int) (v >>> 12) & top] - (5 - take) * last;
    long b = t[(int) (v >>> 24) & top] + t[(int) (v >>> 36) & top];
    return a + b + t[(int) (v >>> 48) & top];
  }

  /**
   * One word, 11-bit chunks, each table entry of an accepted chunk carrying a 1 at bit {@code at}: the
   * accepted chunks are counted by the additions themselves (the sums' top lane), so a round's rejections
   * need no work of their own. A chunk is its own index in the table of 2,048 entries.
   *
   * <p>The first round's n / 5 outputs run in one loop; then the rest of the definition's rounds one output
   * at a time, each taking its first min(need, 5) chunks (while 5 or more are wanted a round's outputs take
   * all five, so this is the same order). The chunks an output does not take are set to all ones, the
   * table's last entry, whose word (whatever it is: 0 where it rejects, a respondent's where n divides
   * 2,048) is subtracted again as many times; the sums stay exact as their arithmetic wraps modulo 2^64.
   */
  private static long draw5counted(long[] t, int n, int at, long s0, long s1) {
    int top = t.length - 1; // 2047, written so that the JIT sees every index below t.length
    long a = 0;
    long b = 0;
    for (int k = n / 5; k > 0; k--) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      a += t[(int) r & top];
      b += t[(int) (r >>> 12) & top];
      a += t[(int) (r >>> 24) & top];
      b += t[(int) (r >>> 36) & top];
      a += t[(int) (r >>> 48) & top];
    }
    a += b;
    long last = t[top];
    int need = n - (int) (a >>> at);
    while (need > 0) {
      int take = Math.min(need, 5);
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      a += firstChunks(t, r, take, last);
      need = n - (int) (a >>> at);
    }
    return a & ((1L << at) - 1);
  }

  /** As {@link #draw4}, the accepted chunks counted at bit {@code at} of the sums (see {@link #draw5counted}). */
  private static long draw4counted(long[] p, Chunks c, long mul, int at, long s0, long s1) {
    int s = c.bits + 1;
    long mask = (1L << c.bits) - 1;
    long a = 0;
    long b = 0;
    int n = c.n;
    int need = n;
    while (need >= 4) {
      int outputs = need >> 2;
      for (int k = 0; k < outputs; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        a += p[(int) (((r & mask) * mul) >>> 32)];
        r >>>= s;
        b += p[(int) (((r & mask) * mul) >>> 32)];
        r >>>= s;
        a += p[(int) (((r & mask) * mul) >>> 32)];
        b += p[(int) ((((r >>> s) & mask) * mul) >>> 32)];
      }
      need = n - (int) ((a + b) >>> at);
    }
    while (need > 0) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      for (int j = 0; j < need; j++) {
        a += p[(int) ((((r >>> j * s) & mask) * mul) >>> 32)];
      }
      need = n - (int) ((a + b) >>> at);
    }
    return (a + b) & ((1L << at) - 1);
  }

  /** As {@link #draw4x2}, the accepted chunks counted at bit {@code w} of the second word's sum. */
  private static void draw4x2counted(long[] p, long[] q, Chunks c, long mul, int w, long s0, long s1,
      long[][] sums, int at) {
    int s = c.bits + 1;
    long mask = (1L << c.bits) - 1;
    long a = 0;
    long a2 = 0;
    int n = c.n;
    int need = n;
    while (need >= 4) {
      int outputs = need >> 2;
      for (int k = 0; k < outputs; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        int i0 = (int) (((r & mask) * mul) >>> 32);
        a += p[i0];
        a2 += q[i0];
        r >>>= s;
        int i1 = (int) (((r & mask) * mul) >>> 32);
        a += p[i1];
        a2 += q[i1];
        r >>>= s;
        int i2 = (int) (((r & mask) * mul) >>> 32);
        a += p[i2];
        a2 += q[i2];
        int i3 = (int) ((((r >>> s) & mask) * mul) >>> 32);
        a += p[i3];
        a2 += q[i3];
      }
      need = n - (int) (a2 >>> w);
    }
    while (need > 0) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      for (int j = 0; j < need; j++) {
        int i = (int) ((((r >>> j * s) & mask) * mul) >>> 32);
        a += p[i];
        a2 += q[i];
      }
      need = n - (int) (a2 >>> w);
    }
    sums[0][at] = a;
    sums[1][at] = a2 & ((1L << w) - 1);
  }

  /** As {@link #draw5x2}, the accepted chunks counted at bit {@code w} of the second word's sum. */
  private static void draw5x2counted(long[] p, long[] q, Chunks c, long mul, int w, long s0, long s1,
      long[][] sums, int at) {
    long a = 0;
    long a2 = 0;
    int n = c.n;
    int need = n;
    while (need >= 5) {
      int outputs = need / 5;
      for (int k = 0; k < outputs; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        int i0 = (int) (((r & 0x7FF) * mul) >>> 32);
        a += p[i0];
        a2 += q[i0];
        int i1 = (int) ((((r >>> 12) & 0x7FF) * mul) >>> 32);
        a += p[i1];
        a2 += q[i1];
        int i2 = (int) ((((r >>> 24) & 0x7FF) * mul) >>> 32);
        a += p[i2];
        a2 += q[i2];
        int i3 = (int) ((((r >>> 36) & 0x7FF) * mul) >>> 32);
        a += p[i3];
        a2 += q[i3];
        int i4 = (int) ((((r >>> 48) & 0x7FF) * mul) >>> 32);
        a += p[i4];
        a2 += q[i4];
      }
      need = n - (int) (a2 >>> w);
    }
    while (need > 0) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      for (int j = 0; j < need; j++) {
        int i = (int) ((((r >>> 12 * j) & 0x7FF) * mul) >>> 32);
        a += p[i];
        a2 += q[i];
      }
      need = n - (int) (a2 >>> w);
    }
    sums[0][at] = a;
    sums[1][at] = a2 & ((1L << w) - 1);
  }

  /**
   * One word, 11-bit chunks, each accepted chunk's table entry carrying a 1 at bit 60 (the words' sums stay
   * below it): per five outputs each sum gains at most 15 there (3 and 2 chunks an output), so the count is
   * read off the top 4 bits and cleared every five outputs of the first round, before it can wrap. Then as
   * {@link #draw5counted}, one output at a time into one sum (at most 5 counted), read and cleared after each.
   */
  private static long draw5grouped(long[] t, int n, long s0, long s1) {
    int top = t.length - 1; // 2047, written so that the JIT sees every index below t.length
    long low = (1L << 60) - 1;
    long a = 0;
    long b = 0;
    int need = n;
    for (int outputs = n / 5; outputs > 0; ) {
      int group = Math.min(outputs, 5);
      outputs -= group;
      for (int k = 0; k < group; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        a += t[(int) r & top];
        b += t[(int) (r >>> 12) & top];
        a += t[(int) (r >>> 24) & top];
        b += t[(int) (r >>> 36) & top];
        a += t[(int) (r >>> 48) & top];
      }
      need -= (int) (a >>> 60) + (int) (b >>> 60);
      a &= low;
      b &= low;
    }
    a += b;
    long last = t[top];
    while (need > 0) {
      int take = Math.min(need, 5);
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      a += firstChunks(t, r, take, last);
      need -= (int) (a >>> 60);
      a &= low;
    }
    return a;
  }

  /**
   * One word, four 12-bit chunks an output (13 bits apart), each chunk's table entry its respondent's word
   * with a 1 at bit {@code at} (0 for a rejected chunk): as {@link #draw5counted}.
   */
  private static long draw4table(long[] t, int n, int at, long s0, long s1) {
    long a = 0;
    long b = 0;
    int need = n;
    while (need >= 4) {
      int outputs = need >> 2;
      for (int k = 0; k < outputs; k++) {
        long r = Long.rotateLeft(s0 + s1, 17) + s0;
        long x = s1 ^ s0;
        s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
        s1 = Long.rotateLeft(x, 28);
        a += t[(int) r & 0xFFF];
        b += t[(int) (r >>> 13) & 0xFFF];
        a += t[(int) (r >>> 26) & 0xFFF];
        b += t[(int) (r >>> 39) & 0xFFF];
      }
      need = n - (int) ((a + b) >>> at);
    }
    while (need > 0) {
      long r = Long.rotateLeft(s0 + s1, 17) + s0;
      long x = s1 ^ s0;
      s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
      s1 = Long.rotateLeft(x, 28);
      for (int j = 0; j < need; j++) {
        a += t[(int) (r >>> 13 * j) & 0xFFF];
      }
      need = n - (int) ((a + b) >>> at);
    }
    return (a + b) & ((1L << at) - 1);
  }
}
