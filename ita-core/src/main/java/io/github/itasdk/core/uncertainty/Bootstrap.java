package io.github.itasdk.core.uncertainty;

import io.github.itasdk.core.Scores;
import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.internal.ModelCache;
import io.github.itasdk.core.internal.LinearModel.Node;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.InputChecks;
import io.github.itasdk.core.engine.ScoringEngine;
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
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bootstrap of a score: respondents are resampled with replacement within their survey (IIT, EIT or one
 * EIT part); the OIT (an audit, not a sample) and published figures are held fixed. Because every
 * respondent answers every question, each indicator and tool is the mean over respondents of that
 * respondent's own indicator or tool score, so a resample only sums per-respondent scores — the engine is
 * never re-run. Each survey of resample {@code b} draws from its own generator keyed by (seed, b, survey),
 * so the numbers are the same on any number of threads. Each resample's rating is decided as the card's
 * is, by {@link RatingPolicy#band} on its exact total and lowest tool rounded HALF_UP to 2 decimals (in
 * integers, never on a {@code double} near a half-hundredth); intervals are percentiles of the resampled
 * values rounded to 2 decimals. Pure: no I/O, no clock.
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

  /** A resampled survey: its tool or EIT part, indicators, and respondents' indicator scores. */
  private record Sample(ToolPart toolPart, List<Indicator> indicators, Resampler.Survey survey) {
    int size() {
      return survey.n();
    }
  }

  /**
   * @param input the input (checked and scored as {@link ScoringEngine#score} does)
   * @param options level, resamples, seed
   * @return the uncertainty; not available when the input has no raw survey answers to resample
   * @throws io.github.itasdk.core.InvalidInputException as {@link ScoringEngine#score} does
   */
  public Uncertainty run(AssessmentInput input, BootstrapOptions options) {
    return run(input, options, false, true);
  }

  /**
   * As {@link #run(AssessmentInput, BootstrapOptions)}, for tests: with {@code exactly}, every resample's
   * band is also decided from exact fractions and the run fails if the fast path ever decided otherwise;
   * without {@code integers}, the fast path is the doubles' (as for scores too large for the integer form).
   */
  Uncertainty run(AssessmentInput input, BootstrapOptions options, boolean exactly, boolean integers) {
    // checked and scored as the engine does; the answer levels read in its check spare a second walk
    InputChecks.Scored scored = InputChecks.scored(rubric, input);
    ScoreCard card = scored.card();
    Uncertainty.Builder out = Uncertainty.builder().options(options);
    List<String> notes = new ArrayList<>();
    List<Sample> samples = new ArrayList<>();
    LinearModel questionModel = cardModel(card);
    for (SurveyResponses s : input.surveys()) {
      Optional<String> fixedBy = overridden(input, s.toolPart());
      if (fixedBy.isPresent()) {
        notes.add(s.toolPart() + " held fixed: " + fixedBy.get());
      } else {
        samples.add(sample(s, questionModel, scored.levels().get(s.toolPart())));
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
    Ratio fixedSum = Ratio.ZERO;
    long fixedLowest = Long.MAX_VALUE;
    for (Map.Entry<Node, Ratio> e : totalForm.entrySet()) {
      ToolPart tp = ToolPart.of(ToolKind.valueOf(e.getKey().id()), e.getKey().part());
      if (!resampled(samples, tp)) {
        BigDecimal v = (tp.part() == null ? card.tool(tp.tool()) : card.eit(tp.part())).orElseThrow();
        fixedSum = fixedSum.add(Ratio.of(v).multiply(e.getValue()));
        fixedLowest = Math.min(fixedLowest, hundredths(v));
      }
    }
    // a weighted part the total reaches only through its tool's whole (its parts not all known) floors at the whole
    for (ToolWeight w : rubric.weighting().weights()) {
      ToolPart tp = w.toolPart();
      if (!totalForm.containsKey(Node.tool(tp)) && !model.onePart().containsKey(tp.tool())
          && !resampled(samples, tp)) {
        fixedLowest = Math.min(fixedLowest, hundredths(card.tool(tp.tool()).orElseThrow()));
      }
    }
    List<ToolPart> sampled = new ArrayList<>(samples.size());
    List<Resampler.Survey> surveys = new ArrayList<>(samples.size());
    for (Sample sm : samples) {
      sampled.add(sm.toolPart());
      surveys.add(sm.survey());
    }
    Weights weights = ModelCache.of(rubric).kept(new WeightsKey(model, sampled), () -> weights(model, samples));
    BandRule rule = ModelCache.of(rubric).kept(BandRule.class, () -> BandRule.of(rubric.ratingPolicy()));
    Resampler resampler = new Resampler(surveys, weights.sample(), weights.indicator(), fixedSum, fixedLowest,
        rule, options.seed(), resamples);
    int[] ratingOf = resampler.ratingOf;
    long[] totalCents = resampler.totalCents;
    List<Combined> combined = new ArrayList<>(weights.combined().size());
    for (CombinedForm c : weights.combined()) {
      combined.add(new Combined(c.tool(), c.number(), resampler.combine(c.coefficient())));
    }
    resampler.run(resamples, options.parallel(), exactly, integers);
    RatingPolicy policy = rubric.ratingPolicy();

    double level = options.level();
    double alpha = (1 - level) / 2;
    // alpha < 0.5, so the ranks ascend
    int[] ranks = {Percentiles.rank(alpha, resamples), Percentiles.rank(0.5, resamples),
        Percentiles.rank(1 - alpha, resamples)};
    Interval totalInterval = interval("total", null, card.total(), resampler.total(ranks));
    out.total(totalInterval);
    for (int s = 0; s < samples.size(); s++) {
      Sample sm = samples.get(s);
      ToolPart tp = sm.toolPart();
      BigDecimal est = tp.part() == null ? card.tool(tp.tool()).orElseThrow() : card.eit(tp.part()).orElseThrow();
      out.addTools(interval(tp.tool().name(), tp.part(), est, resampler.tool(s, ranks)));
      for (int i = 0; i < sm.indicators().size(); i++) {
        int number = sm.indicators().get(i).number();
        BigDecimal iest = tp.part() == null ? card.indicator(number).orElseThrow() : card.indicator(number, tp.part()).orElseThrow();
        out.addIndicators(interval(Integer.toString(number), tp.part(), iest, resampler.indicator(s, i, ranks)));
      }
    }
    for (Combined c : combined) {
      Spread spread = resampler.combined(c.index(), ranks);
      if (c.number() == null) {
        out.addTools(interval(c.tool().name(), null, card.tool(c.tool()).orElseThrow(), spread));
      } else {
        out.addIndicators(interval(Integer.toString(c.number()), null, card.indicator(c.number()).orElseThrow(), spread));
      }
    }

    // probabilities over the resamples, decided as the card is: on totals and tools rounded to 2 decimals
    long targetCents = policy.target().movePointRight(2).longValueExact();
    int[] counts = new int[policy.bands().size()];
    int meets = 0;
    for (int b = 0; b < resamples; b++) {
      if (totalCents[b] >= targetCents) {
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

  /** Whether a survey of the tool or part is resampled (a loop, not a stream: this runs once per agency). */
  private static boolean resampled(List<Sample> samples, ToolPart tp) {
    for (Sample sm : samples) {
      if (sm.toolPart().equals(tp)) {
        return true;
      }
    }
    return false;
  }

  /** A whole tool's figure (number null) or its indicator's, combined over its parts: its number in the resampler. */
  private record Combined(ToolKind tool, Integer number, int index) {}

  /**
   * A whole tool's figure (number null) or its indicator's, combined over its parts: its coefficients on each
   * resampled survey's indicators (null rows: surveys not in it).
   */
  private record CombinedForm(ToolKind tool, Integer number, Ratio[][] coefficient) {}

  /**
   * What the resampling reads of a card's model for the surveys it resamples: each survey's coefficient in
   * the total, its indicators' in its tool, and the figures combined over EIT parts. Worked out once per
   * model and surveys and kept with the rubric ({@link ModelCache#kept}); never written once made.
   */
  private record Weights(Ratio[] sample, Ratio[][] indicator, List<CombinedForm> combined) {}

  /** What {@link Weights} depend on: the model (kept once per pattern) and the surveys resampled, in order. */
  private record WeightsKey(LinearModel model, List<ToolPart> sampled) {}

  private Weights weights(LinearModel model, List<Sample> samples) {
    Ratio[] sampleWeight = new Ratio[samples.size()];
    Ratio[][] indicatorWeight = new Ratio[samples.size()][];
    for (int s = 0; s < samples.size(); s++) {
      Sample sm = samples.get(s);
      sampleWeight[s] = model.coefficient(Node.tool(sm.toolPart()), Node.TOTAL);
      indicatorWeight[s] = new Ratio[sm.indicators().size()];
      for (int i = 0; i < indicatorWeight[s].length; i++) {
        indicatorWeight[s][i] = model.coefficient(Node.indicator(sm.indicators().get(i).number(), sm.toolPart().part()),
            Node.tool(sm.toolPart()));
      }
    }
    return new Weights(sampleWeight, indicatorWeight, combinedParts(model, samples, indicatorWeight));
  }

  /**
   * Where every part of a tool was resampled, the whole tool's and its indicators' figures: each part's
   * tool (its indicators with their weights) and indicators weighted by the part's coefficient in the tool.
   * In the order their intervals are listed.
   */
  private List<CombinedForm> combinedParts(LinearModel model, List<Sample> samples, Ratio[][] indicatorWeight) {
    List<CombinedForm> combined = new ArrayList<>();
    for (Tool t : rubric.tools()) {
      if (!t.hasParts()) {
        continue;
      }
      Ratio[] partWeight = new Ratio[samples.size()];
      int parts = 0;
      int first = -1;
      for (Part p : t.parts()) {
        for (int s = 0; s < samples.size(); s++) {
          if (samples.get(s).toolPart().equals(ToolPart.of(t.tool(), p))) {
            partWeight[s] = model.coefficient(Node.tool(ToolPart.of(t.tool(), p)), Node.tool(ToolPart.of(t.tool())));
            parts++;
            first = first < 0 ? s : first;
          }
        }
      }
      if (parts != t.parts().size()) {
        continue; // a part is held fixed or absent: no combined interval
      }
      Ratio[][] whole = new Ratio[samples.size()][];
      for (int s = 0; s < samples.size(); s++) {
        if (partWeight[s] != null) {
          whole[s] = new Ratio[indicatorWeight[s].length];
          for (int i = 0; i < whole[s].length; i++) {
            whole[s][i] = partWeight[s].multiply(indicatorWeight[s][i]);
          }
        }
      }
      combined.add(new CombinedForm(t.tool(), null, whole));
      List<Indicator> inds = samples.get(first).indicators();
      for (int i = 0; i < inds.size(); i++) {
        Ratio[][] one = new Ratio[samples.size()][];
        for (int s = 0; s < samples.size(); s++) {
          if (partWeight[s] != null) {
            one[s] = new Ratio[indicatorWeight[s].length];
            java.util.Arrays.fill(one[s], Ratio.ZERO);
            one[s][i] = partWeight[s];
          }
        }
        combined.add(new CombinedForm(t.tool(), inds.get(i).number(), one));
      }
    }
    return List.copyOf(combined);
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
   * For tests: survey {@code survey}'s respondents' exact integer indicator scores (respondent r's indicator i
   * at {@code r · m + i}, over the survey's denominators), summed from the answer levels the engine's check
   * kept or from the answers themselves; null where the survey's scores have no integer form.
   */
  long[] units(AssessmentInput input, int survey, boolean fromLevels) {
    InputChecks.Scored scored = InputChecks.scored(rubric, input);
    SurveyResponses s = input.surveys().get(survey);
    byte[] levels = fromLevels ? java.util.Objects.requireNonNull(scored.levels().get(s.toolPart())) : null;
    return sample(s, cardModel(scored.card()), levels).survey().units();
  }

  /**
   * Each respondent's own indicator scores: their question scores with the model's coefficients, in doubles
   * for the draws, and exactly on demand (for a resample near a rounding boundary). In the integer form
   * they are summed from the answer levels the engine's check read ({@link InputChecks.Scored#levels}),
   * where it kept them, else from the answers.
   */
  private Sample sample(SurveyResponses s, LinearModel model, byte[] levels) {
    Scoring sc = ModelCache.of(rubric).kept(new ScoringKey(model, s.toolPart()),
        () -> new Scoring(rubric, s.toolPart(), model));
    int n = s.respondents().size();
    int m = sc.m;
    double[] scores = new double[n * m];
    long[] units = sc.integral ? new long[n * m] : null;
    double[] sums = new double[m];
    double maxAbs = 0;
    boolean read = sc.integral && levels != null && levels.length == n * sc.slots;
    if (read) {
      sc.fromLevels(levels, n, units);
    }
    for (int r = 0; r < n; r++) {
      if (sc.integral) {
        if (!read) {
          // exact: the doubles' sum would be replaced by this one
          Map<String, List<Integer>> answers = s.respondents().get(r).answers();
          if (!sc.inOrder(answers, units, r * m)) {
            sc.byId(answers, units, r * m);
          }
        }
        for (int i = 0; i < m; i++) {
          double sum = (double) units[r * m + i] / sc.den[i];
          scores[r * m + i] = sum;
          maxAbs = Math.max(maxAbs, Math.abs(sum));
        }
      } else {
        sc.inDoubles(s.respondents().get(r).answers(), sums);
        for (int i = 0; i < m; i++) {
          scores[r * m + i] = sums[i];
          maxAbs = Math.max(maxAbs, Math.abs(sums[i]));
        }
      }
    }
    Resampler.Exact exact = (r, i) -> sc.exact(s.respondents().get(r).answers(), i);
    return new Sample(s.toolPart(), sc.indicators, new Resampler.Survey(scores, n, m, exact, maxAbs, sc.terms,
        units, sc.integral ? sc.den : null));
  }

  /** What {@link Scoring} depends on: the card's model (kept once per pattern: its coefficients) and the survey. */
  private record ScoringKey(LinearModel model, ToolPart toolPart) {}

  /**
   * How a survey's respondents are scored per indicator under a model, worked out once per rubric, pattern
   * and survey and kept with the rubric ({@link ModelCache#kept}): each question's points (polarity
   * applied) and weight in its indicator, exactly and in doubles, and, where the denominators are small, the
   * exact integer form: respondent r's indicator i is units / den[i], summed from one integer per question,
   * sub-item and level. Immutable once made (its arrays are never written again), so shared by threads.
   */
  private static final class Scoring {
    final List<Indicator> indicators;
    final int m;
    /** Per indicator and question: id, points per sub-item and level, weight; in doubles too. */
    final String[][] ids;
    final Ratio[][][][] points;
    final double[][][][] pointsD;
    final Ratio[][] weights;
    final double[][] weightsD;
    final int terms;
    final boolean integral;
    final long[] den;
    final long[][][][] unit;
    /** The questions in rubric order (indicator by indicator): id, indicator, units per sub-item and level. */
    final String[] order;
    final int[] indicatorOf;
    final long[][][] unitOf;
    /**
     * The integer form by answer level, as the engine's check keeps the levels ({@link InputChecks.Scored#levels}):
     * the sub-items of every question in rubric order ({@code slots} of them), sub-item t's units for level v
     * at {@code levelUnits[slotAt[t] + v]}, indicator i's sub-items from {@code firstSlot[i]} to
     * {@code firstSlot[i + 1]}.
     */
    final int slots;
    final long[] levelUnits;
    final int[] slotAt;
    final int[] firstSlot;

    Scoring(Rubric rubric, ToolPart tp, LinearModel model) {
      Tool tool = rubric.tool(tp.tool());
      indicators = tool.indicators();
      m = indicators.size();
      ids = new String[m][];
      points = new Ratio[m][][][];
      pointsD = new double[m][][][];
      weights = new Ratio[m][];
      weightsD = new double[m][];
      int most = 0;
      int questions = 0;
      for (int i = 0; i < m; i++) {
        List<Question> qs = indicators.get(i).questions();
        ids[i] = new String[qs.size()];
        points[i] = new Ratio[qs.size()][][];
        pointsD[i] = new double[qs.size()][][];
        weights[i] = new Ratio[qs.size()];
        weightsD[i] = new double[qs.size()];
        int t = 0;
        for (int j = 0; j < qs.size(); j++) {
          ids[i][j] = qs.get(j).id();
          points[i][j] = points(rubric, qs.get(j));
          pointsD[i][j] = new double[points[i][j].length][];
          for (int k = 0; k < points[i][j].length; k++) {
            pointsD[i][j][k] = java.util.Arrays.stream(points[i][j][k]).mapToDouble(p -> p == null ? 0 : p.toDouble())
                .toArray();
          }
          t += 1 + points[i][j].length;
          weights[i][j] = model.coefficient(Node.question(qs.get(j).id(), tp.part()),
              Node.indicator(indicators.get(i).number(), tp.part()));
          weightsD[i][j] = weights[i][j].toDouble();
        }
        most = Math.max(most, t);
        questions += qs.size();
      }
      terms = most;
      // the exact integer form where the denominators are small
      den = new long[m];
      unit = new long[m][][][];
      boolean fits = true;
      for (int i = 0; i < m && fits; i++) {
        BigInteger d = BigInteger.ONE;
        for (int j = 0; j < ids[i].length; j++) {
          BigInteger k = BigInteger.valueOf(points[i][j].length);
          for (Ratio[] levels : points[i][j]) {
            for (Ratio p : levels) {
              if (p != null) {
                d = lcm(d, weights[i][j].denominator().multiply(k).multiply(p.denominator()));
              }
            }
          }
        }
        den[i] = d.longValue();
        BigInteger largestSum = BigInteger.ZERO;
        unit[i] = new long[ids[i].length][][];
        for (int j = 0; j < ids[i].length && d.bitLength() <= 40; j++) {
          unit[i][j] = new long[points[i][j].length][];
          for (int k = 0; k < points[i][j].length; k++) {
            unit[i][j][k] = new long[points[i][j][k].length];
            BigInteger largest = BigInteger.ZERO;
            for (int level = 0; level < points[i][j][k].length; level++) {
              Ratio p = points[i][j][k][level];
              if (p != null) {
                // an integer: d is a multiple of the weight's, the point's and the sub-item count's denominators
                BigInteger u = weights[i][j].multiply(p).multiply(d.longValueExact()).divide(points[i][j].length)
                    .numerator();
                unit[i][j][k][level] = u.longValue();
                largest = largest.max(u.abs());
              }
            }
            largestSum = largestSum.add(largest);
          }
        }
        fits = d.bitLength() <= 40 && largestSum.bitLength() <= 50;
      }
      integral = fits;
      order = new String[questions];
      indicatorOf = new int[questions];
      unitOf = new long[questions][][];
      int q = 0;
      int t = 0;
      int size = 0;
      firstSlot = new int[m + 1];
      for (int i = 0; i < m; i++) {
        firstSlot[i] = t;
        for (int j = 0; j < ids[i].length; j++, q++) {
          order[q] = ids[i][j];
          indicatorOf[q] = i;
          unitOf[q] = integral ? unit[i][j] : null;
          t += points[i][j].length;
          for (Ratio[] levels : points[i][j]) {
            size += levels.length;
          }
        }
      }
      firstSlot[m] = t;
      slots = t;
      slotAt = new int[slots];
      levelUnits = integral ? new long[size] : null;
      for (int i = 0, at = 0, u = 0; i < m; i++) {
        for (int j = 0; j < ids[i].length; j++) {
          for (int k = 0; k < points[i][j].length; k++, u++) {
            slotAt[u] = at;
            for (int level = 0; integral && level < points[i][j][k].length; level++) {
              levelUnits[at + level] = unit[i][j][k][level];
            }
            at += points[i][j][k].length;
          }
        }
      }
    }

    /**
     * Respondent r's units per indicator at {@code out[r · m + i]}, summed from the levels kept by the
     * engine's check (respondent r's at {@code levels[r · slots + t]}, every one on its scale).
     */
    void fromLevels(byte[] levels, int n, long[] out) {
      for (int r = 0, at = 0, base = 0; r < n; r++, base += slots) {
        for (int i = 0; i < m; i++, at++) {
          long u = 0;
          for (int t = firstSlot[i]; t < firstSlot[i + 1]; t++) {
            u += levelUnits[slotAt[t] + levels[base + t]];
          }
          out[at] = u;
        }
      }
    }

    /**
     * Adds a respondent's units per indicator at {@code out[at + i]} when the answers come in rubric order
     * (as a survey read or made question by question has them), reading the map once in its order.
     *
     * @return false when they do not (nothing is then added)
     */
    boolean inOrder(Map<String, List<Integer>> answers, long[] out, int at) {
      if (answers.size() != order.length) {
        return false;
      }
      int q = 0;
      for (Map.Entry<String, List<Integer>> e : answers.entrySet()) {
        String id = e.getKey();
        if (id != order[q] && !id.equals(order[q])) {
          java.util.Arrays.fill(out, at, at + m, 0);
          return false;
        }
        List<Integer> levels = e.getValue();
        long[][] levelUnits = unitOf[q];
        long u = 0;
        for (int k = 0; k < levels.size(); k++) {
          u += levelUnits[k][levels.get(k)];
        }
        out[at + indicatorOf[q]] += u;
        q++;
      }
      return true;
    }

    /** Adds a respondent's units per indicator at {@code out[at + i]}, each question's answers found by id. */
    void byId(Map<String, List<Integer>> answers, long[] out, int at) {
      for (int q = 0; q < order.length; q++) {
        List<Integer> levels = answers.get(order[q]);
        long[][] levelUnits = unitOf[q];
        long u = 0;
        for (int k = 0; k < levels.size(); k++) {
          u += levelUnits[k][levels.get(k)];
        }
        out[at + indicatorOf[q]] += u;
      }
    }

    /** A respondent's indicator scores in doubles (where the integer form does not fit). */
    void inDoubles(Map<String, List<Integer>> answers, double[] out) {
      for (int i = 0; i < m; i++) {
        double sum = 0;
        for (int j = 0; j < ids[i].length; j++) {
          List<Integer> levels = answers.get(ids[i][j]);
          double[][] pts = pointsD[i][j];
          double qs = 0;
          for (int k = 0; k < levels.size(); k++) {
            qs += pts[k][levels.get(k)];
          }
          sum += weightsD[i][j] * qs / levels.size();
        }
        out[i] = sum;
      }
    }

    /** A respondent's exact score on indicator i. */
    Ratio exact(Map<String, List<Integer>> answers, int i) {
      Ratio sum = Ratio.ZERO;
      for (int j = 0; j < ids[i].length; j++) {
        List<Integer> levels = answers.get(ids[i][j]);
        Ratio qs = Ratio.ZERO;
        for (int k = 0; k < levels.size(); k++) {
          qs = qs.add(points[i][j][k][levels.get(k)]);
        }
        sum = sum.add(weights[i][j].multiply(qs).divide(levels.size()));
      }
      return sum;
    }
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  /** Points per sub-item and level (from 1), polarity applied. */
  private static Ratio[][] points(Rubric rubric, Question q) {
    AnswerScale scale = rubric.scaleOf(q);
    int k = scale.size();
    Ratio[][] pts = new Ratio[q.subItems().size()][k + 1];
    for (int s = 0; s < q.subItems().size(); s++) {
      Polarity polarity = q.subItems().get(s).polarity();
      for (int level = 1; level <= k; level++) {
        pts[s][level] = Ratio.parse(scale.scoredLevel(level, polarity).points());
      }
    }
    return pts;
  }

  /** An interval from the spread of a figure's resampled values at the ranks of its low end, median, high end. */
  private static Interval interval(String id, Part part, BigDecimal estimate, Spread spread) {
    long[] at = spread.at();
    return Interval.builder().id(id).part(Optional.ofNullable(part)).estimate(estimate)
        .low(BigDecimal.valueOf(at[0], 2))
        .high(BigDecimal.valueOf(at[2], 2))
        .median(BigDecimal.valueOf(at[1], 2))
        .standardError(fourDecimals(spread.se())).build();
  }

  /**
   * A standard error as an interval shows it: {@code BigDecimal.valueOf(v).setScale(4, HALF_UP)} (the
   * double's shortest decimal, rounded HALF_UP to 4 decimals). From 0 to 10⁴ that decimal and the double's
   * own product v·10⁴ are within 10⁻⁷ of each other, so where the product lies 10⁻⁶ or more from a
   * half-unit the two round alike and the product is rounded without making the decimal; nearer, and
   * elsewhere, the decimal is made.
   */
  static BigDecimal fourDecimals(double v) {
    if (v >= 0 && v < 1e4) {
      double x = v * 10_000;
      if (Math.abs(x - Math.floor(x) - 0.5) >= 1e-6) {
        return BigDecimal.valueOf((long) Math.floor(x + 0.5), 4);
      }
    }
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
  }

  /** A card's figure in hundredths, rounded HALF_UP as the card rounds. */
  private static long hundredths(BigDecimal v) {
    return Scores.twoDecimals(v).unscaledValue().longValueExact();
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
