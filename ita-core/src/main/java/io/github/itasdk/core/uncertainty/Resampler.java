package io.github.itasdk.core.uncertainty;

import io.github.itasdk.core.internal.Ratio;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The resampling loop of a bootstrap: per resample, every resampled survey drawn ({@link Draws}), its
 * indicators, tool, the total and the band; then each figure's {@link Spread} for its interval.
 *
 * <p><b>The integer form</b> (wherever the scores' denominators are small, as in every shipped rubric): a
 * resample keeps each survey's drawn words (its indicators' sums, packed); its tools and total are exact
 * integer numerators over fixed denominators, rounded to hundredths exactly for the band and for the
 * intervals' percentiles (the doubles only guess the rounding and give the standard error). An indicator's
 * percentiles are ranked among its integer sums and only the ranked ones rounded; an indicator or tool over
 * several EIT parts is one more integer linear form of the sums ({@link #combine}), made with the tools.
 * Work runs in blocks of {@value #BLOCK} resamples, survey by survey within a block, lane by lane within a
 * survey. Each figure is summarised as its resamples are made, block after block in resample order (on
 * one thread, each block while it is in the cache; over threads, after them): its values counted in bins
 * over the range they can take (ranked by counting), and the sums its standard error needs, added in
 * resample order so that the doubles are the same on any number of threads.
 *
 * <p><b>The band of a resample is decided exactly.</b> The card's rule rounds the total and the lowest tool
 * HALF_UP to 2 decimals; the resample's exact total is a rational (exact per-respondent scores, exact
 * coefficients, the fixed tools' card values). In the integer form it is computed exactly. Otherwise the
 * loop computes it in doubles, whose error is bounded:
 * summing n terms of size at most M costs at most n·u·M (u = 2⁻⁵³) per mean, and the few weighted sums
 * above add a few u·M more; {@link #guard} takes 64 times that, with every respondent and question counted.
 * Where a double lies farther than the guard from a half-hundredth, its rounding is the exact value's;
 * nearer (about once in 10⁷ resamples), the resample is replayed ({@link Draws#replay}) and rounded from
 * exact {@link Ratio}s. So a rating never flips because of binary floating point. Not part of the public
 * API.
 */
final class Resampler {
  /** Resamples per task: blocks are spread over threads; a resample's draws depend on (seed, index) only. */
  private static final int BLOCK = 256;

  /** A resampled survey's respondents. */
  interface Exact {
    /** @return respondent r's exact score on indicator i */
    Ratio score(int r, int i);
  }

  /**
   * A resampled survey.
   *
   * @param scores respondent r's indicator i at {@code scores[r * m + i]}, in doubles
   * @param n respondents
   * @param m indicators
   * @param exact the same scores exactly (used only near a rounding boundary)
   * @param maxAbs the largest |score|
   * @param terms the most terms added for one respondent's score (questions and sub-items)
   * @param units the same scores as integers, respondent r's indicator i being {@code units[r * m + i] / den[i]}
   *     (null when the denominators are too large for longs)
   * @param den the indicators' denominators, or null
   */
  record Survey(double[] scores, int n, int m, Exact exact, double maxAbs, int terms, long[] units, long[] den) {}

  private final List<Survey> surveys;
  private final Ratio[] weight;
  private final Ratio[][] indicatorWeight;
  private final double[] weightD;
  private final double[][] indicatorWeightD;
  private final Ratio fixed;
  private final double fixedD;
  private final long fixedLowest;
  private final BandRule rule;
  private final long seed;
  private final double guard;
  private Ratio[][][] exactScores;
  /** The integer form (null when it could overflow): total = (fixedUnits + Σ totalUnits·S) / totalDen. */
  private final long[][] totalUnits;
  private final long[][] toolUnits;
  private final long[] toolDen;
  private final double[][] meanDen;
  /**
   * The integer scores packed for the draws: several indicators of a respondent share one long, each in a
   * lane of {@code bits} bits wide enough for its sum over any resample (n times its largest score), so
   * lanes never carry into each other and one addition sums them all. Indicator i is in word
   * {@code word[i]} at {@code shift[i]}, divided by its scores' greatest common divisor {@code step[i]} (the
   * shipped rubrics' scores are multiples of 100 in their units: narrower lanes, more to a word); word j of
   * respondent r is {@code packed[s].words[j][r]}.
   */
  private final Draws.Packed[] packed;
  /** How each survey's draws read its stream. */
  private final Draws.Chunks[] chunks;
  private final long[][] step;
  /** Each survey's least and greatest lane value of a respondent (an integer score divided by its step), per lane. */
  private final long[][] laneLeast;
  private final long[][] laneMost;
  private final int[] words;
  private final int[][] word;
  private final int[][] shift;
  private final long[] mask;
  private long fixedUnits;
  private long totalDen;
  /**
   * totalUnits and toolUnits times each indicator's step: a lane's coefficient (no overflow: a product with a
   * lane of 1 or more is within the bounds checked for the sums; with lanes of 0 it is never used).
   */
  private final long[][] totalSteps;
  private final long[][] toolSteps;
  /** 1 / toolDen and 1 / totalDen in doubles: a resample's tools and total in doubles (for the guesses, the spread). */
  private final double[] perToolDen;
  private double perTotalDen;

  /** Per resample: the total and each survey's tool (in the integer form, their exact numerators over 1/den). */
  private double[] totals;
  private double[][] tools;
  /** Per resample, the doubles' path: each survey's indicators. */
  private double[][][] indicators;
  /** Per resample, the integer form: each survey's drawn words (word j of survey s at [s][j][b]). */
  private long[][][] drawnWords;
  /** The integer form's figures: each survey's tool, then the total, then the combinations registered. */
  private Rounded[] rounded;
  /** The integer form's indicators, survey by survey: their lanes counted as the resamples are made. */
  private Lanes[][] lanes;
  /** Combinations registered before the run ({@link #combine}), and their integer forms (null: doubles). */
  private final List<Ratio[][]> combinations = new java.util.ArrayList<>();
  private final List<long[][]> combinationUnits = new java.util.ArrayList<>();
  private final List<Long> combinationDen = new java.util.ArrayList<>();
  /** Whether the last run took the integer form. */
  private boolean integral;
  final int[] ratingOf;
  final long[] totalCents;

  /**
   * @param weight each survey's coefficient in the total
   * @param indicatorWeight each survey's indicators' coefficients in its tool
   * @param fixed the total's part held fixed (OIT, published figures)
   * @param fixedLowest the lowest fixed tool score in hundredths (Long.MAX_VALUE when none)
   * @param rule the rating policy's bands in hundredths
   */
  Resampler(List<Survey> surveys, Ratio[] weight, Ratio[][] indicatorWeight, Ratio fixed, long fixedLowest,
      BandRule rule, long seed, int resamples) {
    this.surveys = List.copyOf(surveys);
    this.weight = weight;
    this.indicatorWeight = indicatorWeight;
    this.weightD = new double[weight.length];
    this.indicatorWeightD = new double[weight.length][];
    for (int s = 0; s < weight.length; s++) {
      weightD[s] = weight[s].toDouble();
      indicatorWeightD[s] = new double[indicatorWeight[s].length];
      for (int i = 0; i < indicatorWeight[s].length; i++) {
        indicatorWeightD[s][i] = indicatorWeight[s][i].toDouble();
      }
    }
    this.fixed = fixed;
    this.fixedD = fixed.toDouble();
    this.fixedLowest = fixedLowest;
    this.rule = rule;
    this.seed = seed;
    this.guard = guard(this.surveys, fixedD);
    int k = surveys.size();
    long[][] tu = new long[k][];
    long[][] su = new long[k][];
    long[] sd = new long[k];
    meanDen = new double[k][];
    boolean fits = true;
    for (Survey sv : surveys) { // loops, not streams: this runs once per agency
      fits &= sv.units() != null;
    }
    if (fits) {
      // total = fixed + Σ weight·Σ c_i·S_i / (den_i·n): bring every coefficient over one denominator
      Ratio[][] alpha = new Ratio[k][];
      Ratio[][] beta = new Ratio[k][];
      BigInteger all = fixed.denominator();
      BigInteger[] each = new BigInteger[k];
      for (int s = 0; s < k; s++) {
        Survey sv = surveys.get(s);
        alpha[s] = new Ratio[sv.m()];
        beta[s] = new Ratio[sv.m()];
        each[s] = BigInteger.ONE;
        meanDen[s] = new double[sv.m()];
        for (int i = 0; i < sv.m(); i++) {
          beta[s][i] = indicatorWeight[s][i].divide(sv.den()[i]).divide(sv.n());
          alpha[s][i] = weight[s].multiply(beta[s][i]);
          all = lcm(all, alpha[s][i].denominator());
          each[s] = lcm(each[s], beta[s][i].denominator());
          meanDen[s][i] = (double) sv.den()[i] * sv.n();
        }
      }
      BigInteger totalBound = fixed.multiply(Ratio.of(all, BigInteger.ONE)).numerator().abs();
      BigInteger limit = BigInteger.ONE.shiftLeft(60);
      for (int s = 0; s < k && fits; s++) {
        Survey sv = surveys.get(s);
        tu[s] = new long[sv.m()];
        su[s] = new long[sv.m()];
        BigInteger toolBound = BigInteger.ZERO;
        long[] largest = new long[sv.m()]; // each indicator's largest |score|, respondent by respondent
        long[] units = sv.units();
        for (int r = 0, at = 0; r < sv.n(); r++) {
          for (int i = 0; i < largest.length; i++, at++) {
            largest[i] = Math.max(largest[i], Math.abs(units[at]));
          }
        }
        for (int i = 0; i < sv.m(); i++) {
          long most = largest[i];
          BigInteger sum = BigInteger.valueOf(most).multiply(BigInteger.valueOf(sv.n()));
          fits &= sum.bitLength() < 53; // the draws' sums, in doubles, stay exact
          BigInteger a = alpha[s][i].multiply(Ratio.of(all, BigInteger.ONE)).numerator();
          BigInteger c = beta[s][i].multiply(Ratio.of(each[s], BigInteger.ONE)).numerator();
          totalBound = totalBound.add(a.abs().multiply(sum));
          toolBound = toolBound.add(c.abs().multiply(sum));
          fits &= a.bitLength() < 62 && c.bitLength() < 62;
          tu[s][i] = a.longValue();
          su[s][i] = c.longValue();
        }
        fits &= each[s].compareTo(limit) < 0 && toolBound.multiply(BigInteger.valueOf(200)).compareTo(limit) < 0;
        sd[s] = each[s].longValue();
      }
      fits &= all.compareTo(limit) < 0 && totalBound.multiply(BigInteger.valueOf(200)).compareTo(limit) < 0;
      fixedUnits = fixed.multiply(Ratio.of(all, BigInteger.ONE)).numerator().longValue();
      totalDen = all.longValue();
    }
    totalUnits = fits ? tu : null;
    packed = new Draws.Packed[k];
    chunks = new Draws.Chunks[k];
    for (int s = 0; s < k; s++) {
      chunks[s] = new Draws.Chunks(surveys.get(s).n());
    }
    words = new int[k];
    word = new int[k][];
    shift = new int[k][];
    step = new long[k][];
    laneLeast = new long[k][];
    laneMost = new long[k][];
    mask = new long[k];
    for (int s = 0; s < k && fits; s++) {
      pack(s, surveys.get(s));
    }
    toolUnits = su;
    toolDen = sd;
    totalSteps = new long[k][];
    toolSteps = new long[k][];
    for (int s = 0; s < k && fits; s++) {
      totalSteps[s] = new long[surveys.get(s).m()];
      toolSteps[s] = new long[surveys.get(s).m()];
      for (int i = 0; i < surveys.get(s).m(); i++) {
        totalSteps[s][i] = tu[s][i] * step[s][i];
        toolSteps[s][i] = su[s][i] * step[s][i];
      }
    }
    perToolDen = new double[k];
    for (int s = 0; s < k && fits; s++) {
      perToolDen[s] = 1.0 / sd[s];
    }
    perTotalDen = fits ? 1.0 / totalDen : 0;
    ratingOf = new int[resamples];
    totalCents = new long[resamples];
  }

  /**
   * Packs survey s's integer scores into lanes (one lane per long when a score is negative), each
   * indicator's divided by their greatest common divisor.
   */
  private void pack(int s, Survey sv) {
    int n = sv.n();
    int m = sv.m();
    step[s] = new long[m];
    long[] units = sv.units();
    long[] g = divisors(units, n, m);
    // a score divided by its step exactly: shifted by the step's twos, times its odd part's inverse
    int[] twos = new int[m];
    long[] inverse = new long[m];
    for (int i = 0; i < m; i++) {
      step[s][i] = Math.max(1, g[i]);
      twos[i] = Long.numberOfTrailingZeros(step[s][i]);
      inverse[i] = oddInverse(step[s][i] >>> twos[i]);
    }
    long most = 0;
    long least = 0;
    laneLeast[s] = new long[m];
    laneMost[s] = new long[m];
    java.util.Arrays.fill(laneLeast[s], Long.MAX_VALUE);
    java.util.Arrays.fill(laneMost[s], Long.MIN_VALUE);
    long[] values = new long[n * m];
    for (int r = 0; r < n; r++) {
      for (int i = 0; i < m; i++) {
        long u = exactQuotient(units[r * m + i], twos[i], inverse[i]);
        values[r * m + i] = u;
        laneLeast[s][i] = Math.min(laneLeast[s][i], u);
        laneMost[s][i] = Math.max(laneMost[s][i], u);
        most = Math.max(most, u);
        least = Math.min(least, u);
      }
    }
    int bits = Math.max(1, 64 - Long.numberOfLeadingZeros(most * n)); // most·n < 2⁵³, checked above
    int lanes = least < 0 ? 1 : Math.max(1, Math.min(m, 64 / bits));
    words[s] = (m + lanes - 1) / lanes;
    word[s] = new int[m];
    shift[s] = new int[m];
    mask[s] = lanes == 1 ? -1L : (1L << bits) - 1;
    long[][] p = new long[words[s]][n];
    for (int i = 0; i < m; i++) {
      word[s][i] = i / lanes;
      shift[s][i] = lanes == 1 ? 0 : (i % lanes) * bits;
      for (int r = 0; r < n; r++) {
        p[word[s][i]][r] += values[r * m + i] << shift[s][i];
      }
    }
    packed[s] = new Draws.Packed(p, n);
  }

  /**
   * A bound, in hundredths, on how far any double of the loop (an indicator mean, a tool, the total) can be
   * from its exact value: 64 times (respondents + terms + 64) · u · the largest magnitude, times 100.
   */
  static double guard(List<Survey> surveys, double fixed) {
    long count = 64;
    double max = Math.max(100, Math.abs(fixed));
    for (Survey s : surveys) {
      count += s.n() + s.terms();
      max = Math.max(max, s.maxAbs());
    }
    return Math.max(1e-9, 64.0 * count * Math.ulp(1.0) / 2 * max * 100);
  }

  /** Whether a double's rounding to hundredths is too close to call in doubles. */
  static boolean nearHalf(double v, double guard) {
    double x = v * 100;
    return !(Math.abs(x - Math.floor(x) - 0.5) > guard) || !(Math.abs(v) < 1e9);
  }

  /** A double's rounding to hundredths, HALF_UP, where {@link #nearHalf} is false. */
  static long hundredths(double v) {
    return (long) Math.floor(v * 100 + 0.5);
  }

  /**
   * Runs the resamples.
   *
   * @param exactly whether to decide every resample's band exactly, and fail if the integer form or the
   *     doubles ever decided differently (where the doubles claimed to be sure): a check for tests
   * @param integers whether to use the integer form where it fits (false: the doubles, for tests)
   */
  void run(int resamples, boolean parallel, boolean exactly, boolean integers) {
    integral = totalUnits != null && integers;
    int k = surveys.size();
    int blocks = (resamples + BLOCK - 1) / BLOCK;
    int mostM = 0;
    int mostN = 0;
    for (Survey sv : surveys) {
      mostM = Math.max(mostM, sv.m());
      mostN = Math.max(mostN, sv.n());
    }
    int maxM = mostM;
    int maxN = mostN;
    if (integral) {
      figures(resamples);
      // every resample's values kept where they are summarised after the run or read again after it;
      // otherwise one block's, summarised as it is made
      boolean all = parallel || !counted();
      int length = all ? resamples : BLOCK;
      drawnWords = new long[k][][];
      for (int s = 0; s < k; s++) {
        drawnWords[s] = new long[words[s]][length];
      }
      for (Rounded figure : rounded) {
        if (figure != null) {
          figure.buffers(length, resamples);
        }
      }
      for (int s = 0; s < k; s++) {
        for (int i = 0; i < lanes[s].length; i++) {
          if (lanes[s][i] != null) {
            lanes[s][i].words = drawnWords[s][word[s][i]];
          }
        }
      }
      if (!parallel) {
        // block after block on this thread, each summarised while its resamples are in the cache
        int[] drawn = new int[maxN];
        for (int block = 0; block < blocks; block++) {
          int from = block * BLOCK;
          int to = Math.min(resamples, from + BLOCK);
          int base = all ? 0 : from;
          blockExactly(from, to, base, drawn, exactly);
          summarise(from, to, base);
        }
        return;
      }
    } else {
      totals = new double[resamples];
      tools = new double[k][resamples];
      indicators = new double[k][][];
      for (int s = 0; s < k; s++) {
        indicators[s] = new double[surveys.get(s).m()][resamples];
      }
    }
    IntStream range = IntStream.range(0, blocks);
    (parallel ? range.parallel() : range).forEach(block -> {
      int from = block * BLOCK;
      int to = Math.min(resamples, from + BLOCK);
      int[] drawn = new int[maxN];
      if (integral) {
        blockExactly(from, to, 0, drawn, exactly);
      } else {
        double[] sums = new double[maxM];
        for (int b = from; b < to; b++) {
          resample(b, sums, drawn, exactly);
        }
      }
    });
    if (integral) {
      // the summaries in resample order, as on one thread
      for (int block = 0; block < blocks; block++) {
        summarise(block * BLOCK, Math.min(resamples, (block + 1) * BLOCK), 0);
      }
    }
  }

  /** Whether every figure is counted in bins as it is made (nothing read again from its values after the run). */
  private boolean counted() {
    for (int f = 0; f < rounded.length; f++) {
      if (rounded[f] == null ? f > surveys.size() : rounded[f].bins == null) {
        return false; // a combination in doubles, or a figure without bins
      }
    }
    for (Lanes[] survey : lanes) {
      for (Lanes l : survey) {
        if (l == null) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The integer form's figures for a run: each survey's tool, the total, each combination that fits in
   * longs; each indicator's lanes where they are narrow. A figure's share of a survey is a multiple of the
   * survey's tool where its coefficients are (the total, a whole tool over its parts), else lane by lane.
   */
  private void figures(int resamples) {
    int k = surveys.size();
    rounded = new Rounded[k + 1 + combinations.size()];
    // a tool's numerators kept over the greatest common divisor of its coefficients
    for (int s = 0; s < k; s++) {
      long[][] c = new long[k][];
      c[s] = toolSteps[s];
      long g = 0;
      for (long t : toolSteps[s]) {
        g = gcd(g, Math.abs(t));
      }
      g = Math.max(1, g);
      long[][] reduced = new long[k][];
      reduced[s] = new long[toolSteps[s].length];
      for (int i = 0; i < reduced[s].length; i++) {
        reduced[s][i] = toolSteps[s][i] / g;
      }
      rounded[s] = new Rounded(toolDen[s], perToolDen[s], reduced, new long[k], g, range(c, 0), true);
    }
    rounded[k] = rounded(totalDen, perTotalDen, totalSteps, fixedUnits, true);
    for (int f = 0; f < combinations.size(); f++) {
      long[][] c = combinationUnits.get(f);
      if (c != null) {
        long den = combinationDen.get(f);
        rounded[k + 1 + f] = rounded(den, 1.0 / den, c, 0, false);
      }
    }
    lanes = new Lanes[k][];
    for (int s = 0; s < k; s++) {
      int m = surveys.get(s).m();
      lanes[s] = new Lanes[m];
      // as Spread.ofLanes: counted where its sums are exact in longs
      if (mask[s] >= 0 && mask[s] < 1L << 20 && resamples < 1 << 22) {
        for (int i = 0; i < m; i++) {
          long[][] c = new long[k][];
          c[s] = new long[m];
          c[s][i] = 1;
          long[] r = range(c, 0);
          if (r != null && r[1] - r[0] < MAX_BINS) {
            lanes[s][i] = new Lanes(shift[s][i], mask[s], r[0], (int) (r[1] - r[0] + 1));
          }
        }
      }
    }
  }

  /**
   * A figure of lane coefficients {@code c} (and a constant), each survey's share taken as a multiple of its
   * tool where its coefficients are one.
   */
  private Rounded rounded(long den, double per, long[][] c, long constant, boolean cents) {
    int k = surveys.size();
    long[][] byLane = new long[k][];
    long[] byTool = new long[k];
    for (int s = 0; s < k; s++) {
      if (c[s] != null) {
        long times = multiple(c[s], rounded[s].byLane[s]);
        if (times != 0) {
          byTool[s] = times;
        } else {
          byLane[s] = c[s];
        }
      }
    }
    return new Rounded(den, per, byLane, byTool, 1, range(c, constant), cents);
  }

  /** The nonzero integer t with c = t·tool, lane by lane, or 0 when there is none. */
  static long multiple(long[] c, long[] tool) {
    long t = 0;
    for (int i = 0; i < c.length && t == 0; i++) {
      if (tool[i] != 0) {
        if (c[i] % tool[i] != 0) {
          return 0;
        }
        t = c[i] / tool[i];
      }
    }
    for (int i = 0; i < c.length && t != 0; i++) {
      long product = tool[i] * t;
      if (Math.multiplyHigh(tool[i], t) != (product >> 63) || product != c[i]) {
        return 0;
      }
    }
    return t;
  }

  /** Widest range of values counted in bins; beyond it a figure is ranked from its values kept per resample. */
  private static final int MAX_BINS = 1 << 16;

  /**
   * Bounds on the values over any resample of {@code constant} + Σ c[s][i]·(lane i of survey s), where lane
   * i is the sum of n drawn respondents' values, each between the survey's least and greatest on that lane.
   * Null when they do not fit in longs.
   */
  private long[] range(long[][] c, long constant) {
    long lo = constant;
    long hi = constant;
    try {
      for (int s = 0; s < c.length; s++) {
        if (c[s] != null) {
          long n = surveys.get(s).n();
          for (int i = 0; i < c[s].length; i++) {
            long a = Math.multiplyExact(Math.multiplyExact(c[s][i], laneLeast[s][i]), n);
            long b = Math.multiplyExact(Math.multiplyExact(c[s][i], laneMost[s][i]), n);
            lo = Math.addExact(lo, Math.min(a, b));
            hi = Math.addExact(hi, Math.max(a, b));
          }
        }
      }
    } catch (ArithmeticException e) {
      return null;
    }
    return new long[] {lo, hi};
  }

  /**
   * A block of resamples in the integer form, kept at index b − base. Survey by survey, one survey's draws
   * for the whole block (its table and scores stay in the cache); then figure by figure its numerators
   * (lane by lane, or as multiples of tools already made) and, for the tools and the total, their
   * hundredths; then each resample's band.
   */
  private void blockExactly(int from, int to, int base, int[] drawn, boolean check) {
    int size = to - from;
    long[] keys = new long[size];
    for (int b = from; b < to; b++) {
      keys[b - from] = Draws.start(seed, b);
    }
    int k = surveys.size();
    for (int s = 0; s < k; s++) {
      Draws.draw(packed[s], keys, size, s, drawnWords[s], from - base, drawn);
    }
    int lo = from - base;
    int hi = to - base;
    long[] low = new long[size]; // resample b's lowest tool at b − from, made with the tools (figures 0 to k − 1)
    for (int f = 0; f < rounded.length; f++) {
      Rounded figure = rounded[f];
      if (figure == null) {
        continue;
      }
      long[] num = figure.num;
      long constant = f == k ? fixedUnits : 0;
      // the first term written with the constant, the others added: no pass to clear the numerators first
      boolean started = false;
      for (int s = 0; s < k; s++) {
        long times = figure.byTool[s];
        if (times != 0) {
          long[] tool = rounded[s].num;
          if (started) {
            for (int b = lo; b < hi; b++) {
              num[b] += times * tool[b];
            }
          } else {
            for (int b = lo; b < hi; b++) {
              num[b] = constant + times * tool[b];
            }
            started = true;
          }
        }
        long[] c = figure.byLane[s];
        for (int i = 0; c != null && i < c.length; i++) {
          long by = c[i];
          if (by != 0) {
            long[] w = drawnWords[s][word[s][i]];
            int at = shift[s][i];
            long lane = mask[s];
            if (started) {
              for (int b = lo; b < hi; b++) {
                num[b] += by * ((w[b] >>> at) & lane);
              }
            } else {
              for (int b = lo; b < hi; b++) {
                num[b] = constant + by * ((w[b] >>> at) & lane);
              }
              started = true;
            }
          }
        }
      }
      if (!started) {
        java.util.Arrays.fill(num, lo, hi, constant);
      }
      if (figure.cents != null) {
        long den = figure.den;
        long reciprocal = figure.reciprocal;
        long g = figure.divisor;
        long[] cents = figure.cents;
        for (int b = lo; b < hi; b++) {
          cents[b] = halfUp(num[b] * g, den, reciprocal);
        }
        if (f == 0) {
          for (int b = lo; b < hi; b++) {
            low[b - lo] = Math.min(fixedLowest, cents[b]);
          }
        } else if (f < k) {
          for (int b = lo; b < hi; b++) {
            low[b - lo] = Math.min(low[b - lo], cents[b]);
          }
        }
      }
    }
    long[] cents = rounded[k].cents;
    for (int b = from; b < to; b++) {
      long c = cents[b - base];
      if (check) {
        long[] e = exact(b);
        if (e[0] != c || e[1] != low[b - from]) {
          throw new IllegalStateException("resample " + b + ": integers gave " + c + "/" + low[b - from]
              + ", exact " + e[0] + "/" + e[1]);
        }
      }
      totalCents[b] = c;
      ratingOf[b] = rule.band(c, low[b - from]);
    }
  }

  /**
   * Adds resamples from to to (made, kept at index b − base, and following those summarised so far) to
   * every figure's summary.
   */
  private void summarise(int from, int to, int base) {
    // two figures' sums at a time: each figure's are added in resample order, one addition waiting for the
    // last, so two in one loop wait half as long
    Rounded pending = null;
    for (Rounded figure : rounded) {
      if (figure != null) {
        figure.count(from - base, to - base, from == 0);
        if (pending == null) {
          pending = figure;
        } else {
          Rounded.deviations(pending, figure, from - base, to - base);
          pending = null;
        }
      }
    }
    if (pending != null) {
      Rounded.deviations(pending, pending, from - base, to - base);
    }
    for (Lanes[] survey : lanes) {
      for (Lanes l : survey) {
        if (l != null) {
          l.summarise(from - base, to - base, from == 0);
        }
      }
    }
  }

  /**
   * A figure that is an exact integer numerator over a fixed denominator in every resample (a tool, the
   * total, a combination): Σ byLane[s][i] · lane i of survey s plus Σ byTool[s] · the numerator of survey
   * s's tool (plus the fixed part, for the total). Its numerators (and, for a tool or the total, hundredths)
   * per resample, and its summary, added to resample by resample in order: the sums of the doubles'
   * deviations from the first resample for the standard error (the same doubles, in the same order, on any
   * number of threads), and its values counted in bins over the range they can take: a tool's or the
   * total's hundredths, a combination's numerators (over their common divisor), only the ranked ones then
   * rounded. Without bins (a range too wide), its hundredths are kept and ranked after the run.
   */
  static final class Rounded {
    final long den;
    final double per;
    /** {@code Long.MAX_VALUE / (2 · den)}: the hundredths by a multiplication ({@link Resampler#halfUp(long, long, long)}). */
    final long reciprocal;
    final long[][] byLane;
    final long[] byTool;
    /** What the bins count: hundredths (null: the numerators, over {@link #divisor}). */
    final boolean countsCents;
    final long divisor;
    final long lo;
    final int[] bins;
    long[] num;
    /** The hundredths per resample (null where counting numerators); every resample's without bins. */
    long[] cents;
    private long[] kept;
    double first;
    double sum;
    double squares;

    /**
     * @param byLane each survey's lane coefficients (null: none)
     * @param byTool each survey's multiple of its tool's numerator as kept (over the tool's divisor)
     * @param divisor what the numerators kept are multiplied by for their value (where hundredths are counted)
     * @param range the least and greatest numerator, or null when unknown
     * @param cents whether each resample's hundredths are made (a tool, the total); else the bins count the
     *     numerators (over their greatest common divisor) where their range allows
     */
    Rounded(long den, double per, long[][] byLane, long[] byTool, long divisor, long[] range, boolean cents) {
      this.den = den;
      this.per = per;
      this.reciprocal = Long.MAX_VALUE / (2 * den);
      long limit = (Long.MAX_VALUE - den) / 200;
      long g = 0;
      if (range != null && !cents) {
        for (long t : byTool) {
          g = gcd(g, Math.abs(t));
        }
        for (long[] c : byLane) {
          for (int i = 0; c != null && i < c.length; i++) {
            g = gcd(g, Math.abs(c[i]));
          }
        }
      }
      if (range != null && !cents && g > 0 && (range[1] - range[0]) / g < MAX_BINS) {
        // every term, and so every numerator and the least, is a multiple of g: numerators kept over g
        countsCents = false;
        this.divisor = g;
        lo = range[0] / g;
        bins = new int[(int) ((range[1] - range[0]) / g + 1)];
        this.byTool = byTool.clone();
        this.byLane = new long[byLane.length][];
        for (int s = 0; s < byTool.length; s++) {
          this.byTool[s] /= g;
          this.byLane[s] = byLane[s] == null ? null : byLane[s].clone();
          for (int i = 0; byLane[s] != null && i < byLane[s].length; i++) {
            this.byLane[s][i] /= g;
          }
        }
        return;
      }
      this.byLane = byLane;
      this.byTool = byTool;
      this.divisor = divisor;
      countsCents = true;
      if (range != null && Math.abs(range[0]) <= limit && Math.abs(range[1]) <= limit
          && halfUp(range[1], den) - halfUp(range[0], den) < MAX_BINS) {
        lo = halfUp(range[0], den);
        bins = new int[(int) (halfUp(range[1], den) - lo + 1)];
      } else {
        lo = 0;
        bins = null;
      }
    }

    /** Room for {@code length} resamples at a time, of {@code resamples} in all. */
    void buffers(int length, int resamples) {
      num = new long[length];
      cents = countsCents ? new long[length] : null;
      kept = bins == null ? new long[resamples] : null;
    }

    /**
     * Counts the resamples at indices from to to (the run's first ones when {@code starts}); their
     * deviations are added by {@link #deviations}.
     */
    void count(int from, int to, boolean starts) {
      if (starts) {
        first = num[from] * divisor * per;
        summarised = 0;
      }
      int[] counts = bins;
      long least = lo;
      if (counts == null) {
        System.arraycopy(cents, from, kept, summarised, to - from);
      } else if (countsCents) {
        for (int b = from; b < to; b++) {
          counts[(int) (cents[b] - least)]++;
        }
      } else {
        for (int b = from; b < to; b++) {
          counts[(int) (num[b] - least)]++;
        }
      }
      summarised += to - from;
    }

    /**
     * Adds the deviations from the first resample of the resamples at indices from to to, and their squares,
     * to two figures' sums (the same figure twice: once), each in resample order.
     */
    static void deviations(Rounded x, Rounded y, int from, int to) {
      long[] xn = x.num;
      long xg = x.divisor;
      double xp = x.per;
      double xf = x.first;
      double xs = x.sum;
      double xq = x.squares;
      if (x == y) {
        for (int b = from; b < to; b++) {
          double d = xn[b] * xg * xp - xf;
          xs += d;
          xq += d * d;
        }
      } else {
        long[] yn = y.num;
        long yg = y.divisor;
        double yp = y.per;
        double yf = y.first;
        double ys = y.sum;
        double yq = y.squares;
        for (int b = from; b < to; b++) {
          double d = xn[b] * xg * xp - xf;
          xs += d;
          xq += d * d;
          double e = yn[b] * yg * yp - yf;
          ys += e;
          yq += e * e;
        }
        y.sum = ys;
        y.squares = yq;
      }
      x.sum = xs;
      x.squares = xq;
    }

    /** As {@link #count} and {@link #deviations}: the resamples at indices from to to, in order. */
    void summarise(int from, int to, boolean starts) {
      count(from, to, starts);
      deviations(this, this, from, to);
    }

    private int summarised;

    Spread spread(int... ranks) {
      long[] at;
      if (bins == null) {
        at = Spread.atRanks(kept, ranks);
      } else if (countsCents) {
        at = Percentiles.fromBins(bins, lo, ranks);
      } else {
        at = new long[ranks.length];
        long[] counted = Percentiles.fromBins(bins, lo, ranks);
        for (int r = 0; r < ranks.length; r++) {
          at[r] = halfUp(counted[r] * divisor, den);
        }
      }
      return Spread.fromSums(at, sum, squares, summarised);
    }
  }

  /**
   * An indicator's lane of its survey's drawn words, its integer sums counted in bins over the range they can
   * take, as the resamples are made (the first resample's kept for the standard error's deviations).
   */
  static final class Lanes {
    final int shift;
    final long mask;
    final long lo;
    final int[] bins;
    long[] words;
    long first;

    Lanes(int shift, long mask, long lo, int size) {
      this.shift = shift;
      this.mask = mask;
      this.lo = lo;
      this.bins = new int[size];
    }

    /** Adds the resamples at indices from to to (the run's first ones when {@code starts}). */
    void summarise(int from, int to, boolean starts) {
      if (starts) {
        first = (words[from] >>> shift) & mask;
      }
      int[] counts = bins;
      long least = lo;
      for (int b = from; b < to; b++) {
        counts[(int) (((words[b] >>> shift) & mask) - least)]++;
      }
    }
  }

  /**
   * Each indicator's greatest common divisor of its |scores| (respondent r's indicator i at
   * {@code units[r · m + i]}; 0 when all are 0), read respondent by respondent.
   */
  static long[] divisors(long[] units, int n, int m) {
    long[] g = new long[m];
    for (int r = 0, at = 0; r < n; r++) {
      for (int i = 0; i < m; i++, at++) {
        long x = Math.abs(units[at]);
        // the divisor so far stays when it divides x (one remainder, not Euclid's two or more)
        if (g[i] == 0 || x % g[i] != 0) {
          g[i] = gcd(g[i], x);
        }
      }
    }
    return g;
  }

  /** The inverse of an odd d modulo 2⁶⁴ (d·x = 1 in longs), by Newton's steps (each doubles the bits right). */
  static long oddInverse(long d) {
    long x = d; // right in 3 bits: d·d = 1 mod 8 for odd d
    for (int k = 0; k < 5; k++) {
      x *= 2 - d * x;
    }
    return x;
  }

  /**
   * u / d for a multiple u of d = odd·2^twos (d positive), as (u >> twos) · oddInverse(odd): exact, because
   * u >> twos is q·odd exactly and the product is q modulo 2⁶⁴, q fitting a long.
   */
  static long exactQuotient(long u, int twos, long inverse) {
    return (u >> twos) * inverse;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /** num / den in hundredths, rounded HALF_UP (den positive; 200·|num| + den within a long). */
  static long halfUp(long num, long den) {
    return num >= 0 ? (200 * num + den) / (2 * den) : -((-200 * num + den) / (2 * den));
  }

  /**
   * As {@link #halfUp(long, long)}, the 64-bit division replaced by a multiplication: for x = 200·num + den
   * from 0 to 2⁶² and d = 2·den, with m = ⌊(2⁶³ − 1) / d⌋ ≥ 2⁶³/d − 1, the high word of 2x·m is
   * q' = ⌊x·m / 2⁶³⌋, at most ⌊x/d⌋ and above x/d − x/2⁶³ > x/d − ½, so q' is ⌊x/d⌋ or one less, and one
   * remainder decides which. Other values take the division.
   *
   * @param reciprocal m, {@code Long.MAX_VALUE / (2 · den)}
   */
  static long halfUp(long num, long den, long reciprocal) {
    long x = 200 * num + den;
    if (num >= 0 && x >= 0 && x < 1L << 62) {
      long d = 2 * den;
      long q = Math.multiplyHigh(x << 1, reciprocal);
      return x - q * d >= d ? q + 1 : q;
    }
    return halfUp(num, den);
  }

  private void resample(int b, double[] sums, int[] drawn, boolean exactly) {
    long key = Draws.start(seed, b);
    double total = fixedD;
    long low = fixedLowest;
    boolean near = false;
    for (int s = 0; s < surveys.size(); s++) {
      Survey sv = surveys.get(s);
      int n = sv.n();
      int m = sv.m();
      Draws.draw(sv.scores(), chunks[s], m, key, s, drawn, sums);
      double[] w = indicatorWeightD[s];
      double t = 0;
      for (int i = 0; i < m; i++) {
        double v = sums[i] / n;
        indicators[s][i][b] = v;
        t += v * w[i];
      }
      tools[s][b] = t;
      total += t * weightD[s];
      near |= nearHalf(t, guard);
      low = Math.min(low, hundredths(t));
    }
    totals[b] = total;
    near |= nearHalf(total, guard);
    long cents = hundredths(total);
    if (near || exactly) {
      long[] e = exact(b);
      if (!near && (e[0] != cents || e[1] != low)) {
        throw new IllegalStateException("resample " + b + ": doubles gave " + cents + "/" + low + ", exact "
            + e[0] + "/" + e[1] + " (guard " + guard + ")");
      }
      cents = e[0];
      low = e[1];
    }
    totalCents[b] = cents;
    ratingOf[b] = rule.band(cents, low);
  }

  /** The total's resampled values at ascending ranks, and their spread. */
  Spread total(int... ranks) {
    return integral ? rounded[surveys.size()].spread(ranks) : Spread.of(totals, ranks);
  }

  /** Survey s's tool (or EIT part): its resampled values at ascending ranks, and their spread. */
  Spread tool(int s, int... ranks) {
    return integral ? rounded[s].spread(ranks) : Spread.of(tools[s], ranks);
  }

  /** Survey s's indicator i: its resampled values at ascending ranks, and their spread. */
  Spread indicator(int s, int i, int... ranks) {
    if (!integral) {
      return Spread.of(indicators[s][i], ranks);
    }
    // the mean of indicator i is lane · step / (den · n): the ranks among the lanes, each rounded exactly
    long g = step[s][i];
    long den = surveys.get(s).den()[i] * surveys.get(s).n();
    Lanes counted = lanes[s][i];
    if (counted != null) {
      return Spread.ofLaneCounts(counted.bins, counted.lo, counted.first, ratingOf.length, g / meanDen[s][i],
          l -> halfUp(l * g, den), ranks);
    }
    return Spread.ofLanes(drawnWords[s][word[s][i]], shift[s][i], mask[s], g / meanDen[s][i],
        l -> halfUp(l * g, den), ranks);
  }

  /**
   * Registers, before the run, a figure that is a linear combination of surveys' indicators (an indicator or
   * a tool over several EIT parts): the sum over surveys s and indicators i of {@code coefficient[s][i]}
   * times indicator i's mean (a null row: survey s is not in it). In the integer form it is made with the
   * resamples, exact, Σ c·lane / D over one common denominator D, rounded to hundredths exactly as the tools
   * are; where that could overflow, and in the doubles' path, it is summed in doubles after the run.
   *
   * @return its number, for {@link #combined}
   */
  int combine(Ratio[][] coefficient) {
    combinations.add(coefficient);
    combinationUnits.add(null);
    combinationDen.add(0L);
    int f = combinations.size() - 1;
    if (totalUnits == null) {
      return f;
    }
    BigInteger all = BigInteger.ONE;
    Ratio[][] perLane = new Ratio[coefficient.length][];
    for (int s = 0; s < coefficient.length; s++) {
      if (coefficient[s] != null) {
        Survey sv = surveys.get(s);
        perLane[s] = new Ratio[sv.m()];
        for (int i = 0; i < sv.m(); i++) {
          perLane[s][i] = coefficient[s][i].multiply(step[s][i]).divide(sv.den()[i]).divide(sv.n());
          all = lcm(all, perLane[s][i].denominator());
        }
      }
    }
    BigInteger bound = all;
    long[][] c = new long[coefficient.length][];
    boolean fits = all.bitLength() < 62;
    for (int s = 0; s < coefficient.length && fits; s++) {
      if (perLane[s] != null) {
        c[s] = new long[perLane[s].length];
        for (int i = 0; i < c[s].length; i++) {
          BigInteger k = perLane[s][i].multiply(Ratio.of(all, BigInteger.ONE)).numerator();
          fits &= k.bitLength() < 62;
          c[s][i] = k.longValue();
          BigInteger most = BigInteger.valueOf(mask[s] == -1L ? Long.MAX_VALUE : mask[s]);
          bound = bound.add(k.abs().multiply(most).multiply(BigInteger.valueOf(200)));
        }
      }
    }
    if (fits && bound.bitLength() < 63) {
      combinationUnits.set(f, c);
      combinationDen.set(f, all.longValue());
    }
    return f;
  }

  /** Combination f ({@link #combine}): its resampled values at ascending ranks, and their spread. */
  Spread combined(int f, int... ranks) {
    if (integral && rounded[surveys.size() + 1 + f] != null) {
      return rounded[surveys.size() + 1 + f].spread(ranks);
    }
    Ratio[][] coefficient = combinations.get(f);
    int resamples = ratingOf.length;
    double[] values = new double[resamples];
    for (int s = 0; s < coefficient.length; s++) {
      if (coefficient[s] != null) {
        for (int i = 0; i < coefficient[s].length; i++) {
          double k = coefficient[s][i].toDouble();
          double[] v = indicatorValues(s, i);
          for (int b = 0; b < resamples; b++) {
            values[b] += k * v[b];
          }
        }
      }
    }
    return Spread.of(values, ranks);
  }

  /** Survey s's indicator i per resample, in doubles. */
  private double[] indicatorValues(int s, int i) {
    if (!integral) {
      return indicators[s][i];
    }
    double[] out = new double[ratingOf.length];
    long[] words = drawnWords[s][word[s][i]];
    int by = shift[s][i];
    long lane = mask[s];
    long g = step[s][i];
    double d = meanDen[s][i];
    for (int b = 0; b < out.length; b++) {
      out[b] = (((words[b] >>> by) & lane) * g) / d;
    }
    return out;
  }

  /** The resample replayed in exact arithmetic: its total and lowest tool in hundredths, HALF_UP. */
  private synchronized long[] exact(int b) {
    if (exactScores == null) {
      exactScores = new Ratio[surveys.size()][][];
    }
    long key = Draws.start(seed, b);
    Ratio total = fixed;
    long low = fixedLowest;
    for (int s = 0; s < surveys.size(); s++) {
      Survey sv = surveys.get(s);
      int n = sv.n();
      if (exactScores[s] == null) {
        exactScores[s] = new Ratio[n][sv.m()];
      }
      int[] counts = new int[n];
      Draws.replay(chunks[s], new Draws.Stream(key, s), counts);
      Ratio t = Ratio.ZERO;
      for (int i = 0; i < sv.m(); i++) {
        Ratio sum = Ratio.ZERO;
        for (int r = 0; r < n; r++) {
          if (counts[r] > 0) {
            if (exactScores[s][r][i] == null) {
              exactScores[s][r][i] = sv.exact().score(r, i);
            }
            sum = sum.add(exactScores[s][r][i].multiply(counts[r]));
          }
        }
        t = t.add(indicatorWeight[s][i].multiply(sum).divide(n));
      }
      total = total.add(weight[s].multiply(t));
      low = Math.min(low, cents(t));
    }
    return new long[] {cents(total), low};
  }

  private static long cents(Ratio r) {
    return r.round2().unscaledValue().longValueExact();
  }
}
