package io.github.itasdk.core.uncertainty;

import io.github.itasdk.core.Scores;
import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.internal.LinearModel.Node;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.InputChecks;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.RubricValidator;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Bootstrap of a score: respondents are resampled with replacement within their survey (IIT, EIT or one
 * EIT part); the OIT (an audit, not a sample) and published figures are held fixed. Because every
 * respondent answers every question, each indicator and tool is the mean over respondents of that
 * respondent's own indicator or tool score, so a resample only sums per-respondent scores — the engine is
 * never re-run. Resample {@code b} draws from a generator seeded by (seed, b), so the numbers are the same
 * on any number of threads. Pure: no I/O, no clock.
 *
 * <pre>{@code
 * Uncertainty u = Bootstrap.of(rubric).run(input, BootstrapOptions.defaults());
 * u.total();                     // Optional[total 84.60 [83.10, 86.02] se 0.7400]
 * u.probabilityMeetsTarget();    // Optional[0.31]
 * }</pre>
 */
public final class Bootstrap {
  private final Rubric rubric;

  private Bootstrap(Rubric rubric) {
    this.rubric = rubric;
  }

  /**
   * @param rubric the rubric inputs are scored under (validated here when built by hand, once per rubric
   *     instance)
   * @return the bootstrap
   * @throws io.github.itasdk.core.InvalidRubricException listing every problem of an invalid rubric
   */
  public static Bootstrap of(Rubric rubric) {
    return new Bootstrap(RubricValidator.validated(java.util.Objects.requireNonNull(rubric, "rubric")));
  }

  /**
   * Per-respondent scores of one survey, row-major: respondent r's indicator i at {@code scores[r * m + i]}
   * (m indicators), so one draw reads one contiguous run. The tool score is the mean of the indicators.
   */
  private record Sample(ToolPart toolPart, List<Indicator> indicators, double[] scores, int size) {}

  /**
   * @param input the input (checked and scored as {@link ScoringEngine#score} does)
   * @param options level, resamples, seed
   * @return the uncertainty; not available when the input has no raw survey answers to resample
   * @throws io.github.itasdk.core.InvalidInputException as {@link ScoringEngine#score} does
   */
  public Uncertainty run(AssessmentInput input, BootstrapOptions options) {
    ScoreCard card = ScoringEngine.of(rubric).score(input);
    Uncertainty.Builder out = Uncertainty.builder().options(options);
    List<String> notes = new ArrayList<>();
    List<Sample> samples = new ArrayList<>();
    LinearModel questionModel = cardModel(card);
    for (SurveyResponses s : input.surveys()) {
      Optional<String> fixedBy = overridden(input, s.toolPart());
      if (fixedBy.isPresent()) {
        notes.add(s.toolPart() + " held fixed: " + fixedBy.get());
      } else {
        samples.add(sample(s, questionModel));
      }
    }
    if (samples.isEmpty()) {
      notes.add(0, "no interval: the input has no raw survey answers to resample (published figures only), so "
          + "nothing says how the score would vary with another sample");
      return out.available(false).notes(notes).build();
    }
    notes.add("OIT and published figures held fixed (an audit, not a sample)");
    int resamples = options.resamples();
    // the card's model: the total as coefficients of tools (or EIT parts), each tool of its indicators
    LinearModel model = questionModel;
    Map<Node, Ratio> totalForm = model.direct(Node.TOTAL);
    double fixedSum = 0;
    long fixedLowest = Long.MAX_VALUE;
    for (Map.Entry<Node, Ratio> e : totalForm.entrySet()) {
      ToolPart tp = ToolPart.of(ToolKind.valueOf(e.getKey().id()), e.getKey().part());
      if (samples.stream().noneMatch(sm -> sm.toolPart().equals(tp))) {
        double v = (tp.part() == null ? card.tool(tp.tool()) : card.eit(tp.part())).orElseThrow().doubleValue();
        fixedSum += v * e.getValue().toDouble();
        fixedLowest = Math.min(fixedLowest, cents(v));
      }
    }
    // a weighted part the total reaches only through its tool's whole (its parts not all known) floors at the whole
    for (ToolWeight w : rubric.weighting().weights()) {
      ToolPart tp = w.toolPart();
      if (!totalForm.containsKey(Node.tool(tp)) && !model.onePart().containsKey(tp.tool())
          && samples.stream().noneMatch(sm -> sm.toolPart().equals(tp))) {
        fixedLowest = Math.min(fixedLowest, cents(card.tool(tp.tool()).orElseThrow().doubleValue()));
      }
    }
    double[] sampleWeight = samples.stream().mapToDouble(sm -> model.coefficient(Node.tool(sm.toolPart()), Node.TOTAL)
        .toDouble()).toArray();
    double[][] indicatorWeight = samples.stream().map(sm -> sm.indicators().stream().mapToDouble(ind ->
        model.coefficient(Node.indicator(ind.number(), sm.toolPart().part()), Node.tool(sm.toolPart())).toDouble())
        .toArray()).toArray(double[][]::new);

    // results per resample
    double[] totals = new double[resamples];
    double[][] tools = new double[samples.size()][resamples];
    double[][][] indicators = new double[samples.size()][][];
    for (int s = 0; s < samples.size(); s++) {
      indicators[s] = new double[samples.get(s).indicators().size()][resamples];
    }
    RatingPolicy policy = rubric.ratingPolicy();
    int[] ratingOf = new int[resamples];
    final double fixedPart = fixedSum;
    final long fixedLow = fixedLowest;
    IntStream range = IntStream.range(0, resamples);
    (options.parallel() ? range.parallel() : range).forEach(b -> {
      long state = mix(options.seed(), b);
      double total = fixedPart;
      long low = fixedLow;
      for (int s = 0; s < samples.size(); s++) {
        Sample sm = samples.get(s);
        int n = sm.size();
        int m = sm.indicators().size();
        double[] scores = sm.scores();
        double[] ind = new double[m];
        state = draw(scores, n, m, state, ind);
        double t = 0;
        for (int i = 0; i < m; i++) {
          ind[i] /= n;
          indicators[s][i][b] = ind[i];
          t += ind[i] * indicatorWeight[s][i];
        }
        tools[s][b] = t;
        total += t * sampleWeight[s];
        low = Math.min(low, cents(t));
      }
      totals[b] = total;
      ratingOf[b] = policy.bands().indexOf(policy.band(BigDecimal.valueOf(cents(total), 2), BigDecimal.valueOf(low, 2)));
    });

    double level = options.level();
    Interval totalInterval = interval("total", null, card.total(), totals, level);
    out.total(totalInterval);
    for (int s = 0; s < samples.size(); s++) {
      Sample sm = samples.get(s);
      ToolPart tp = sm.toolPart();
      BigDecimal est = tp.part() == null ? card.tool(tp.tool()).orElseThrow() : card.eit(tp.part()).orElseThrow();
      out.addTools(interval(tp.tool().name(), tp.part(), est, tools[s], level));
      for (int i = 0; i < sm.indicators().size(); i++) {
        int number = sm.indicators().get(i).number();
        BigDecimal iest = tp.part() == null ? card.indicator(number).orElseThrow() : card.indicator(number, tp.part()).orElseThrow();
        out.addIndicators(interval(Integer.toString(number), tp.part(), iest, indicators[s][i], level));
      }
    }
    combinedParts(model, card, samples, tools, indicators, level, out);

    // probabilities over the resamples, decided as the card is: on totals and tools rounded to 2 decimals
    long targetCents = policy.target().movePointRight(2).longValueExact();
    int[] counts = new int[policy.bands().size()];
    int meets = 0;
    for (int b = 0; b < resamples; b++) {
      if (cents(totals[b]) >= targetCents) {
        meets++;
      }
      counts[ratingOf[b]]++;
    }
    out.probabilityMeetsTarget(share(meets, resamples));
    int pointIndex = 0;
    String pointRating = card.rating().map(Rating::code).orElse(card.ratingCandidates().get(0).code());
    for (int i = 0; i < policy.bands().size(); i++) {
      RatingBand band = policy.bands().get(i);
      out.addRatings(RatingChance.of(band.code(), band.label(), share(counts[i], resamples)));
      if (band.code().equals(pointRating)) {
        pointIndex = i;
      }
    }
    out.probabilityRatingDiffers(share(resamples - counts[pointIndex], resamples));

    // planning: the interval narrows as 1/sqrt(n); grow every resampled survey in proportion
    double halfWidth = (totalInterval.high().doubleValue() - totalInterval.low().doubleValue()) / 2;
    double target = options.targetHalfWidth().doubleValue();
    double factor = halfWidth <= target ? 1.0 : (halfWidth / target) * (halfWidth / target);
    for (Sample sm : samples) {
      Optional<Integer> population = input.agency().flatMap(a -> a.groupSize(sm.toolPart()));
      out.addPlanning(SamplePlan.builder().tool(sm.toolPart().tool()).part(Optional.ofNullable(sm.toolPart().part()))
          .current(sm.size()).needed((int) Math.ceil(sm.size() * factor - 1e-9))
          .minimum(population.map(n -> rubric.sampleRule().minimumSample(n))).build());
    }
    return out.available(true).notes(notes).build();
  }

  private void combinedParts(LinearModel model, ScoreCard card, List<Sample> samples, double[][] tools,
      double[][][] indicators, double level, Uncertainty.Builder out) {
    for (Tool t : rubric.tools()) {
      if (!t.hasParts()) {
        continue;
      }
      List<Integer> idx = new ArrayList<>();
      List<Double> w = new ArrayList<>();
      for (Part p : t.parts()) {
        for (int s = 0; s < samples.size(); s++) {
          if (samples.get(s).toolPart().equals(ToolPart.of(t.tool(), p))) {
            idx.add(s);
            w.add(model.coefficient(Node.tool(ToolPart.of(t.tool(), p)), Node.tool(ToolPart.of(t.tool()))).toDouble());
          }
        }
      }
      if (idx.size() != t.parts().size()) {
        continue; // a part is held fixed or absent: no combined interval
      }
      int resamples = tools[idx.get(0)].length;
      double[] whole = new double[resamples];
      for (int b = 0; b < resamples; b++) {
        for (int k = 0; k < idx.size(); k++) {
          whole[b] += tools[idx.get(k)][b] * w.get(k);
        }
      }
      out.addTools(interval(t.tool().name(), null, card.tool(t.tool()).orElseThrow(), whole, level));
      List<Indicator> inds = samples.get(idx.get(0)).indicators();
      for (int i = 0; i < inds.size(); i++) {
        double[] v = new double[resamples];
        for (int b = 0; b < resamples; b++) {
          for (int k = 0; k < idx.size(); k++) {
            v[b] += indicators[idx.get(k)][i][b] * w.get(k);
          }
        }
        int number = inds.get(i).number();
        out.addIndicators(interval(Integer.toString(number), null, card.indicator(number).orElseThrow(), v, level));
      }
    }
  }

  /** The card's model (a survey resampled here has no given figure in its tool, so its questions are leaves). */
  private LinearModel cardModel(ScoreCard card) {
    return LinearModel.ofCard(rubric, card);
  }

  /** Why a survey's raw answers do not decide its tool score (a published figure overrides them), if so. */
  private Optional<String> overridden(AssessmentInput input, ToolPart tp) {
    for (PublishedFigure f : input.published()) {
      if (f.level() == FigureLevel.TOTAL) {
        continue;
      }
      Optional<ToolKind> tool = InputChecks.toolOfFigure(rubric, f);
      if (tool.orElse(null) == tp.tool() && (f.part().isEmpty() || f.part().get() == tp.part())) {
        return Optional.of("published " + f + " overrides figures computed from its answers");
      }
    }
    return Optional.empty();
  }

  /**
   * Adds up n respondents drawn with replacement: per indicator, the sum of the drawn respondents' scores.
   * A draw is SplitMix64 on a counter (no dependency from one draw to the next, so draws overlap in the
   * CPU) followed by Lemire's multiply-shift onto [0, n); the usual 3 and 5 indicators per survey keep
   * their sums in locals.
   *
   * @return the generator's state after the draws
   */
  private static long draw(double[] scores, int n, int m, long state, double[] sums) {
    long x = state;
    if (m == 5) {
      double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0;
      for (int k = 0; k < n; k++) {
        x += GOLDEN;
        int at = (int) (((mix64(x) >>> 32) * n) >>> 32) * 5;
        a0 += scores[at];
        a1 += scores[at + 1];
        a2 += scores[at + 2];
        a3 += scores[at + 3];
        a4 += scores[at + 4];
      }
      sums[0] = a0;
      sums[1] = a1;
      sums[2] = a2;
      sums[3] = a3;
      sums[4] = a4;
    } else if (m == 3) {
      double a0 = 0, a1 = 0, a2 = 0;
      for (int k = 0; k < n; k++) {
        x += GOLDEN;
        int at = (int) (((mix64(x) >>> 32) * n) >>> 32) * 3;
        a0 += scores[at];
        a1 += scores[at + 1];
        a2 += scores[at + 2];
      }
      sums[0] = a0;
      sums[1] = a1;
      sums[2] = a2;
    } else {
      for (int k = 0; k < n; k++) {
        x += GOLDEN;
        int at = (int) (((mix64(x) >>> 32) * n) >>> 32) * m;
        for (int i = 0; i < m; i++) {
          sums[i] += scores[at + i];
        }
      }
    }
    return x;
  }

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** SplitMix64's finaliser: consecutive counters give independent draws, with no chain between them. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Each respondent's own indicator scores: their question scores with the model's coefficients. */
  private Sample sample(SurveyResponses s, LinearModel model) {
    Tool tool = rubric.tool(s.tool());
    List<Indicator> inds = tool.indicators();
    int n = s.respondents().size();
    int m = inds.size();
    double[] scores = new double[n * m];
    // per indicator: its questions' ids, points (polarity applied) and weights, worked out once
    String[][] ids = new String[m][];
    double[][][][] points = new double[m][][][];
    double[][] weights = new double[m][];
    for (int i = 0; i < m; i++) {
      List<Question> qs = inds.get(i).questions();
      ids[i] = new String[qs.size()];
      points[i] = new double[qs.size()][][];
      weights[i] = new double[qs.size()];
      for (int j = 0; j < qs.size(); j++) {
        ids[i][j] = qs.get(j).id();
        points[i][j] = points(qs.get(j));
        weights[i][j] = model.coefficient(Node.question(qs.get(j).id(), s.toolPart().part()),
            Node.indicator(inds.get(i).number(), s.toolPart().part())).toDouble();
      }
    }
    for (int r = 0; r < n; r++) {
      Map<String, List<Integer>> answers = s.respondents().get(r).answers();
      for (int i = 0; i < m; i++) {
        double sum = 0;
        for (int j = 0; j < ids[i].length; j++) {
          List<Integer> levels = answers.get(ids[i][j]);
          double[][] pts = points[i][j];
          double qs = 0;
          for (int k = 0; k < levels.size(); k++) {
            qs += pts[k][levels.get(k)];
          }
          sum += weights[i][j] * qs / levels.size();
        }
        scores[r * m + i] = sum;
      }
    }
    return new Sample(s.toolPart(), inds, scores, n);
  }

  /** Points per sub-item and level, polarity applied. */
  private double[][] points(Question q) {
    AnswerScale scale = rubric.scaleOf(q);
    int k = scale.size();
    double[][] pts = new double[q.subItems().size()][k + 1];
    for (int s = 0; s < q.subItems().size(); s++) {
      Polarity polarity = q.subItems().get(s).polarity();
      for (int level = 1; level <= k; level++) {
        pts[s][level] = Ratio.parse(scale.scoredLevel(level, polarity).points()).toDouble();
      }
    }
    return pts;
  }

  private static Interval interval(String id, Part part, BigDecimal estimate, double[] values, double level) {
    double alpha = (1 - level) / 2;
    double[] work = values.clone();
    // alpha < 0.5, so the ranks ascend; each select leaves the values partitioned around its rank, so the
    // next one searches only above it
    int lowRank = rank(alpha, work.length);
    int medianRank = rank(0.5, work.length);
    int highRank = rank(1 - alpha, work.length);
    double low = select(work, 0, lowRank);
    double median = select(work, lowRank, medianRank);
    double high = select(work, medianRank, highRank);
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double se = Math.sqrt(ss / (values.length - 1));
    return Interval.builder().id(id).part(Optional.ofNullable(part)).estimate(estimate)
        .low(Scores.twoDecimals(BigDecimal.valueOf(low)))
        .high(Scores.twoDecimals(BigDecimal.valueOf(high)))
        .median(Scores.twoDecimals(BigDecimal.valueOf(median)))
        .standardError(BigDecimal.valueOf(se).setScale(4, RoundingMode.HALF_UP)).build();
  }

  /** The 0-based rank of the nearest-rank p-th percentile among n values. */
  static int rank(double p, int n) {
    return Math.max(0, Math.min(n - 1, (int) Math.ceil(p * n) - 1));
  }

  /**
   * The k-th smallest value (0-based), by quickselect: the same value a full sort puts at index k, in linear
   * time (a sort per interval was a third of a bootstrap). Reorders {@code a}, leaving it partitioned around
   * k (nothing before k is greater, nothing after is smaller), so that a later select of a rank above k may
   * start at k.
   *
   * @param from where the search starts: 0, or the rank of an earlier select on the same array, at most k
   */
  static double select(double[] a, int from, int k) {
    int lo = from;
    int hi = a.length - 1;
    while (lo < hi) {
      double pivot = median(a[lo], a[lo + (hi - lo) / 2], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static double median(double x, double y, double z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }

  /** A score in hundredths, rounded HALF_UP as the card rounds (to the nearest double: statistics only). */
  private static long cents(double v) {
    return (long) Math.floor(v * 100 + 0.5 + 1e-9);
  }

  /** SplitMix64 of the seed and the resample index: independent, reproducible streams per resample. */
  static long mix(long seed, long index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The one rounding rule for probabilities (JSON, text and reports alike): the exact share k / n of the
   * resamples, rounded HALF_UP to 4 decimals (exact for up to 10,000 resamples).
   */
  static double share(long k, int n) {
    return java.math.BigDecimal.valueOf(k).divide(java.math.BigDecimal.valueOf(n), 4, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }
}
