package io.github.itasdk.core.engine;

import io.github.itasdk.core.Scores;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.internal.ModelCache;
import io.github.itasdk.core.card.Figure;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.Origin;
import io.github.itasdk.core.card.RatingBasis;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.internal.CardBuilders;
import io.github.itasdk.core.internal.ExactSum;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.internal.Tally;
import io.github.itasdk.core.internal.WeightedMean;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.PublicationCondition;
import io.github.itasdk.core.rubric.PublicationRule;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scoring run: exact values for every node of the rubric, bottom-up. Not thread-shared.
 *
 * <p>Not API: public only so that the batch scorer ({@code core.batch}) can score answer counts it
 * streamed itself with the one engine; callers use {@link ScoringEngine}. May change in any release.
 */
public final class Computation {
  /** The score domain's top; every ITA score lies in 0–100. */
  private static final Ratio SCORE_MAX = Ratio.of(Scores.MAX);

  /** A node's value: exact, where it came from, whether it rests on provisional rubric data. */
  record Val(Ratio value, Origin origin, boolean provisional) {}

  /**
   * What a run gives: the card when scoring succeeded, else the problems found on the way.
   *
   * @param card the score card (meaningful only when {@code problems} is empty)
   * @param problems every problem found while scoring
   */
  public record Result(ScoreCard card, List<Problem> problems) {}

  private final Rubric rubric;
  private final AssessmentInput in;
  private final Map<LinearModel.Node, Ratio> given = new HashMap<>();
  private final NodeValues<Val> values = new NodeValues<>(512);
  private final Map<String, String> provisional = new LinkedHashMap<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<ToolPart, Tally> tallies;
  /** What the engine worked out once for this rubric (kept with the rubric instance). */
  private final ModelCache compiled;
  private final Map<String, OitAssessment> oit = new HashMap<>(128);

  /**
   * Scores tallies of the responses (counted while the input was checked, or by the batch scorer) together
   * with the rest of the input.
   *
   * @param rubric a validated rubric
   * @param in the input, already checked by {@link InputChecks#problems}; its surveys are ignored
   * @param tallies the counted answers per surveyed tool or EIT part
   */
  public Computation(Rubric rubric, AssessmentInput in, Map<ToolPart, Tally> tallies) {
    this.rubric = rubric;
    this.in = in;
    this.tallies = tallies;
    this.compiled = ModelCache.of(rubric);
    for (PublishedFigure f : in.published()) {
      given.put(node(f.level(), f.id(), f.part().orElse(null)), Ratio.of(f.score()));
    }
    for (OitAssessment a : in.oit()) {
      oit.put(a.item(), a);
    }
  }


  /** @return the card, or the problems that prevent one */
  public Result run() {
    for (Tool tool : rubric.tools()) {
      if (tool.tool() == ToolKind.OIT) {
        scoreOit(tool);
      } else if (tool.hasParts()) {
        for (Part p : tool.parts()) {
          scoreSurvey(tool, p);
        }
        combineParts(tool);
      } else {
        scoreSurvey(tool, null);
      }
    }
    LinearModel model = compiled.model(patternKey(), this::pattern);
    Ratio total = total(model);
    if (total == null || !problems.isEmpty()) {
      return new Result(null, problems);
    }
    implied(model);
    return new Result(card(total), problems);
  }

  // ---------------------------------------------------------------- surveys

  private void scoreSurvey(Tool tool, Part part) {
    Tally responses = tallies.get(ToolPart.of(tool.tool(), part));
    ModelCache.SurveyQuestion[] plans = compiled.survey(tool);
    int next = 0;
    Mean indicatorVals = new Mean();
    for (Indicator ind : tool.indicators()) {
      Mean qs = new Mean();
      for (Question q : ind.questions()) {
        ModelCache.SurveyQuestion plan = plans[next++];
        Val raw = responses == null ? null : raw(q, plan, responses);
        qs.add(settle(LinearModel.Node.question(q.id(), part), raw), plan.weight());
      }
      indicatorVals.add(settle(LinearModel.Node.indicator(ind.number(), part), qs.value()), Ratio.ONE);
    }
    settle(LinearModel.Node.tool(ToolPart.of(tool.tool(), part)), indicatorVals.value());
  }

  /**
   * Mean over respondents of the mean of the sub-items' points, from the counts per level: Σ points × count
   * over sub-items and levels, ÷ (respondents × sub-items). The points are integers over the scale's common
   * denominator, so the sum is one of integers: in longs, or in BigIntegers from the step that would overflow.
   */
  private Val raw(Question q, ModelCache.SurveyQuestion plan, Tally responses) {
    if (responses.respondents() == 0) {
      return null;
    }
    AnswerScale scale = plan.scale();
    int k = scale.size();
    long[][] counts = responses.counts(q.id());
    ExactSum sum = new ExactSum();
    java.math.BigInteger den = java.math.BigInteger.ONE;
    for (int s = 0; s < plan.subItems().length; s++) {
      ModelCache.Points pts = plan.subItems()[s];
      den = pts.denominator(); // the same for every sub-item: one scale, read either way
      for (int level = 1; level <= k; level++) {
        if (counts[s][level] != 0) {
          sum.add(pts, level, counts[s][level]);
        }
      }
    }
    Ratio mean = sum.over(den, responses.respondents() * plan.subItems().length);
    String[] prov = plan.provisional();
    for (int i = 0; i < prov.length; i += 2) {
      provisional.putIfAbsent(prov[i], prov[i + 1]);
    }
    return new Val(mean, Origin.COMPUTED, prov.length > 0);
  }

  private void combineParts(Tool tool) {
    Map<Part, Ratio> pw = new LinkedHashMap<>();
    for (Part p : tool.parts()) {
      pw.put(p, partWeight(tool, p));
    }
    ModelCache.SurveyQuestion[] plans = compiled.survey(tool);
    int next = 0;
    Mean combinedIndicators = new Mean();
    for (Indicator ind : tool.indicators()) {
      Mean combinedQuestions = new Mean();
      for (Question q : ind.questions()) {
        Val fromParts = partMean(FigureLevel.QUESTION, q.id(), pw);
        combinedQuestions.add(settle(LinearModel.Node.question(q.id(), null), fromParts), plans[next++].weight());
      }
      String id = LinearModel.Node.indicatorId(ind.number());
      Val fromParts = partMean(FigureLevel.INDICATOR, id, pw);
      Val computed = fromParts != null ? fromParts : combinedQuestions.value();
      combinedIndicators.add(settle(node(FigureLevel.INDICATOR, id, null), computed), Ratio.ONE);
    }
    Val fromParts = partMean(FigureLevel.TOOL, tool.tool().name(), pw);
    Val computed = fromParts != null ? fromParts : combinedIndicators.value();
    settle(LinearModel.Node.tool(ToolPart.of(tool.tool())), computed);
  }

  /** A part's weight in its tool's figures: its weight in the total, or 1 when the weighting gives none. */
  private Ratio partWeight(Tool tool, Part p) {
    Optional<BigDecimal> w = rubric.weighting().weightOf(ToolPart.of(tool.tool(), p));
    return w.isPresent() ? compiled.weight(w.get()) : Ratio.ONE;
  }

  private Val partMean(FigureLevel level, String id, Map<Part, Ratio> partWeights) {
    Mean m = new Mean();
    for (Map.Entry<Part, Ratio> e : partWeights.entrySet()) {
      m.add(values.get(node(level, id, e.getKey())), e.getValue());
    }
    return m.value();
  }

  // ---------------------------------------------------------------- OIT

  private void scoreOit(Tool tool) {
    Mean indicatorVals = new Mean();
    for (Indicator ind : tool.indicators()) {
      Mean groupVals = new Mean();
      for (Group g : ind.groups()) {
        Mean items = new Mean();
        boolean allExcluded = true;
        for (Question item : g.items()) {
          OitAssessment a = oit.get(item.id());
          LinearModel.Node k = LinearModel.Node.question(item.id(), null);
          if (a != null && a.excluded().isPresent() && !given.containsKey(k)) {
            continue;
          }
          allExcluded = false;
          boolean assessable = a != null && a.excluded().isEmpty();
          items.add(settle(k, assessable ? assessed(item, a) : null), compiled.weight(item.weight()));
        }
        Val computed = allExcluded ? null : items.value();
        if (computed != null && g.provenance().isPresent() && g.provenance().get().isProvisional()) {
          provisional.putIfAbsent("group " + g.id(), g.provenance().get().note().orElse(""));
          computed = new Val(computed.value(), computed.origin(), true);
        }
        groupVals.add(settle(node(FigureLevel.GROUP, g.id(), null), computed), compiled.weight(g.weight()));
      }
      indicatorVals.add(settle(LinearModel.Node.indicator(ind.number(), null), groupVals.value()), Ratio.ONE);
    }
    settle(LinearModel.Node.tool(ToolPart.of(tool.tool())), indicatorVals.value());
  }

  private Val assessed(Question item, OitAssessment a) {
    Optional<BigDecimal> score = a.score();
    Ratio v = score.isPresent() ? Ratio.of(score.get()) : a.answer().orElseThrow() ? SCORE_MAX : Ratio.ZERO;
    boolean prov = item.provenance().isProvisional();
    if (prov) {
      provisional.putIfAbsent("item " + item.id(), item.provenance().note().orElse(""));
    }
    return new Val(v, Origin.COMPUTED, prov);
  }

  // ---------------------------------------------------------------- shared

  /** Stores the node's value: the given figure if there is one (warning if the computed one differs), else the computed one. */
  private Val settle(LinearModel.Node key, Val computed) {
    Ratio g = given.isEmpty() ? null : given.get(key);
    Val v;
    if (g != null) {
      v = new Val(g, Origin.GIVEN, false);
      if (computed != null && !computed.value().round2().equals(g.round2())) {
        BigDecimal gv = g.round2();
        BigDecimal cv = computed.value().round2();
        String name = name(key);
        warnings.add(CardBuilders.warning().kind(Warning.Kind.INCONSISTENT_FIGURE).figure(name).given(gv).computed(cv)
            .message(name + ": published " + gv.toPlainString() + ", lower levels give " + cv.toPlainString()
                + " (difference " + gv.subtract(cv).toPlainString() + "); the published figure is used")
            .build());
      }
    } else {
      v = computed;
    }
    if (v != null) {
      values.put(key, v);
    }
    return v;
  }

  /**
   * A weighted mean of node values being summed as they are settled: unknown (null) if any value is, or if
   * there are none. Summed over a common denominator and reduced once ({@link WeightedMean}).
   */
  private static final class Mean {
    private final WeightedMean sum = new WeightedMean();
    private boolean unknown;
    private boolean provisional;

    void add(Val v, Ratio weight) {
      if (v == null) {
        unknown = true;
      } else if (!unknown) {
        sum.add(v.value(), weight);
        provisional |= v.provisional();
      }
    }

    /** @return the mean, or null when a value is unknown or there was none */
    Val value() {
      return unknown || sum.count() == 0 ? null : new Val(sum.mean(), Origin.COMPUTED, provisional);
    }
  }

  private static String label(String id, Part part) {
    return part == null ? id : id + " (" + part + ")";
  }

  // ---------------------------------------------------------------- total and rating

  /**
   * Everything {@link #pattern()} is made from, as text: the published figures (but the total), each OIT
   * assessment's item and whether it is excluded, each survey's state (no tally, a tally without
   * respondents, respondents) and whether EIT may be scored from one part. Equal keys give equal patterns,
   * so the rubric's models are kept by this key; it costs a short string rather than the pattern's sets.
   * Null (compile, keep nothing) when a tally is not one of the rubric's surveys.
   */
  private String patternKey() {
    StringBuilder k = new StringBuilder(256);
    k.append(in.scoreEitFromOnePart() ? '1' : '0');
    int found = 0;
    for (ToolPart tp : rubric.surveys()) {
      Tally t = tallies.get(tp);
      found += t == null ? 0 : 1;
      k.append(t == null ? '0' : t.respondents() > 0 ? '2' : '1');
    }
    if (found != tallies.size()) {
      return null;
    }
    for (OitAssessment a : in.oit()) {
      k.append('\u0000').append(a.item()).append(a.excluded().isPresent() ? '-' : '+');
    }
    k.append('\u0001');
    for (PublishedFigure f : in.published()) {
      if (f.level() != FigureLevel.TOTAL) {
        k.append('\u0000').append(f.level().ordinal()).append(f.id()).append('\u0002')
            .append(f.part().isPresent() ? f.part().get().name() : "");
      }
    }
    return k.toString();
  }

  /** The input's pattern: what decides the coefficients of the linear model. */
  private LinearModel.Pattern pattern() {
    java.util.Set<LinearModel.Node> givenNodes = new java.util.HashSet<>();
    for (PublishedFigure f : in.published()) {
      if (f.level() != FigureLevel.TOTAL) {
        givenNodes.add(node(f.level(), f.id(), f.part().orElse(null)));
      }
    }
    java.util.Set<String> excluded = new java.util.HashSet<>();
    java.util.Set<LinearModel.Node> measured = new java.util.HashSet<>();
    for (OitAssessment a : in.oit()) {
      if (a.excluded().isPresent()) {
        excluded.add(a.item());
      } else {
        measured.add(LinearModel.Node.question(a.item(), null));
      }
    }
    java.util.Set<ToolPart> withData = new java.util.HashSet<>();
    for (Map.Entry<ToolPart, Tally> e : tallies.entrySet()) {
      if (e.getValue().respondents() > 0) {
        for (Indicator ind : rubric.tool(e.getKey().tool()).indicators()) {
          for (Question q : ind.questions()) {
            measured.add(LinearModel.Node.question(q.id(), e.getKey().part()));
          }
        }
      }
    }
    for (ToolWeight w : rubric.weighting().weights()) {
      if (w.part().isPresent() && hasData(w.tool(), w.part().get())) {
        withData.add(w.toolPart());
      }
    }
    return new LinearModel.Pattern(givenNodes, excluded, measured, withData, in.scoreEitFromOnePart());
  }

  /** The model's levels by the card's: the two enums name the same levels in the same order. */
  private static final LinearModel.Level[] LEVELS = LinearModel.Level.values();

  static LinearModel.Node node(FigureLevel level, String id, Part part) {
    return LinearModel.Node.of(LEVELS[level.ordinal()], id, part);
  }

  /** The total from the tool (or part) figures with the model's coefficients; null, with the problem, when unknown. */
  private Ratio total(LinearModel model) {
    if (!model.isKnown(LinearModel.Node.TOTAL)) {
      explainUnknownTotal();
      return null;
    }
    for (Map.Entry<ToolKind, Part> one : model.onePart().entrySet()) {
      ToolKind kind = one.getKey();
      Part p = one.getValue();
      List<Part> without = new ArrayList<>(rubric.tool(kind).parts());
      without.remove(p);
      warnings.add(CardBuilders.warning().kind(Warning.Kind.EIT_FROM_ONE_PART).figure("tool " + kind)
          .message(kind + " scored from part " + p + " alone: part(s) " + without + " have no data").build());
      values.put(node(FigureLevel.TOOL, kind.name(), null), values.get(node(FigureLevel.TOOL, kind.name(), p)));
    }
    Ratio total = Ratio.ZERO;
    boolean prov = false;
    for (Map.Entry<LinearModel.Node, Ratio> e : model.direct(LinearModel.Node.TOTAL).entrySet()) {
      Val v = values.get(e.getKey());
      total = total.add(v.value().multiply(e.getValue()));
      prov |= v.provisional();
    }
    if (rubric.weighting().provenance().isProvisional()) {
      provisional.putIfAbsent("weighting " + rubric.weighting().id(), rubric.weighting().provenance().note().orElse(""));
      prov = true;
    }
    values.put(node(FigureLevel.TOTAL, "total", null), new Val(total, Origin.COMPUTED, prov));
    Ratio publishedTotal = given.get(node(FigureLevel.TOTAL, "total", null));
    if (publishedTotal != null && !publishedTotal.round2().equals(total.round2())) {
      warnings.add(CardBuilders.warning().kind(Warning.Kind.INCONSISTENT_FIGURE).figure("total")
          .given(publishedTotal.round2()).computed(total.round2())
          .message("total: published " + publishedTotal.round2().toPlainString() + ", computed "
              + total.round2().toPlainString() + " (published indicator figures are rounded, so ±0.01 is expected)")
          .build());
    }
    return total;
  }

  /** Names what the input lacks for a total: the first tool (or part) without a value. */
  private void explainUnknownTotal() {
    Map<ToolKind, List<ToolWeight>> byTool = new LinkedHashMap<>();
    for (ToolWeight w : rubric.weighting().weights()) {
      byTool.computeIfAbsent(w.tool(), t -> new ArrayList<>()).add(w);
    }
    boolean reported = false;
    for (Map.Entry<ToolKind, List<ToolWeight>> e : byTool.entrySet()) {
      List<ToolWeight> ws = e.getValue();
      if (ws.stream().allMatch(w -> values.containsKey(node(FigureLevel.TOOL, w.tool().name(), w.part().orElse(null))))) {
        continue;
      }
      // go on after a problem: every tool that lacks data is reported together
      if (ws.get(0).part().isEmpty()) {
        missing(rubric.tool(e.getKey()), null);
        reported = true;
      } else if (!values.containsKey(node(FigureLevel.TOOL, e.getKey().name(), null))) {
        reported |= explainParts(e.getKey());
      }
    }
    if (!reported) {
      throw new IllegalStateException("the linear model of " + rubric.id() + " has no total where the engine has one");
    }
  }

  /**
   * Warns where a given figure and the figures below it with a value imply a value outside 0–100 for the
   * ones without: those published figures cannot all be true.
   */
  private void implied(LinearModel model) {
    for (LinearModel.Node g : model.pattern().given()) {
      Ratio value = given.get(g);
      for (LinearModel.Implied imp : model.implied(g, value, n -> {
        Val v = values.get(n);
        return v == null ? null : v.value();
      })) {
        if (!imp.impossible()) {
          continue;
        }
        String unknown = imp.unknown().stream().map(this::name).collect(java.util.stream.Collectors.joining(", "));
        String known = imp.known().stream().map(n -> name(n) + " " + values.get(n).value().round2().toPlainString())
            .collect(java.util.stream.Collectors.joining(", "));
        BigDecimal mean = imp.mean().round2();
        warnings.add(CardBuilders.warning().kind(Warning.Kind.IMPLIED_OUT_OF_RANGE).figure(unknown)
            .given(value.round2()).computed(mean)
            .message(name(g) + " is published as " + value.round2().toPlainString() + "; with " + known
                + " that makes " + (imp.unknown().size() == 1 ? "" : "the weighted mean of ") + unknown + " "
                + mean.toPlainString() + ", outside 0–100: these published figures cannot all be true")
            .build());
      }
    }
  }

  /** A node's name as warnings and problems print it: {@code question e8}, {@code item o1}, {@code tool EIT (PUBLIC)}. */
  private String name(LinearModel.Node n) {
    return switch (n.level()) {
      case QUESTION -> (rubric.tool(ToolKind.OIT).indicators().stream().flatMap(i -> i.allQuestions().stream())
          .anyMatch(q -> q.id().equals(n.id())) ? "item " : "question ") + label(n.id(), n.part());
      case GROUP -> "group " + n.id();
      case INDICATOR -> "indicator " + label(n.id(), n.part());
      case TOOL -> "tool " + ToolPart.of(ToolKind.valueOf(n.id()), n.part());
      case TOTAL -> "total";
    };
  }

  /** Why a split tool without a whole value cannot be scored from its parts. */
  private boolean explainParts(ToolKind kind) {
    Tool tool = rubric.tool(kind);
    List<Part> withData = new ArrayList<>();
    List<Part> without = new ArrayList<>();
    for (Part p : tool.parts()) {
      if (values.containsKey(node(FigureLevel.TOOL, kind.name(), p))) {
        withData.add(p);
      } else if (hasData(kind, p)) {
        missing(tool, p);
        return true;
      } else {
        without.add(p);
      }
    }
    if (withData.size() == 1 && in.scoreEitFromOnePart()) {
      return false; // scored from its one part
    }
    if (withData.isEmpty()) {
      missing(tool, null);
    } else {
      problems.add(new Problem("$.surveys", kind + " part(s) " + without + " have no data (no responses, no published "
          + "figures): give them, or set scoreEitFromOnePart to score " + kind + " from part " + withData + " alone"));
    }
    return true;
  }

  private boolean hasData(ToolKind kind, Part p) {
    return tallies.containsKey(ToolPart.of(kind, p))
        || in.published().stream().anyMatch(f -> f.part().orElse(null) == p && p != null
            && InputChecks.toolOfFigure(rubric, f).orElse(null) == kind);
  }

  /** Names the lowest-level figures a tool (or part) lacks. */
  private void missing(Tool tool, Part part) {
    List<String> lacking = new ArrayList<>();
    for (Indicator ind : tool.indicators()) {
      if (values.containsKey(node(FigureLevel.INDICATOR, LinearModel.Node.indicatorId(ind.number()), part))) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      if (tool.tool() == ToolKind.OIT) {
        for (Group g : ind.groups()) {
          if (!values.containsKey(node(FigureLevel.GROUP, g.id(), null))) {
            List<Question> open = g.items().stream().filter(q -> !(oit.containsKey(q.id())
                && oit.get(q.id()).excluded().isPresent())).toList();
            if (open.isEmpty()) {
              ids.add("group " + g.id() + ": every item excluded, give its published figure");
            }
            open.stream().filter(q -> !values.containsKey(node(FigureLevel.QUESTION, q.id(), null)))
                .forEach(q -> ids.add(q.id()));
          }
        }
      } else {
        ind.questions().stream().filter(q -> !values.containsKey(node(FigureLevel.QUESTION, q.id(), part)))
            .forEach(q -> ids.add(q.id()));
      }
      lacking.add("indicator " + ind.number() + (ids.isEmpty() ? "" : " " + ids));
    }
    String what = ToolPart.of(tool.tool(), part).toString();
    problems.add(new Problem("$", "no data to score " + what + ": " + String.join(", ", lacking)
        + " have no " + (tool.tool() == ToolKind.OIT ? "assessment" : "responses") + " and no published figure"));
  }

  /**
   * The rounded total and the range of the lowest tool score. A part of a split tool that the input
   * does not settle is bounded from its indicators: a part's indicator is known, or bounded by the
   * indicator's known weighted mean over the parts; failing that, the part is bounded by the tool's mean.
   */
  private RatingBasis ratingBasis(Ratio total) {
    Ratio low = null;
    Ratio high = null;
    for (ToolWeight w : rubric.weighting().weights()) {
      ToolPart tp = w.toolPart();
      Val v = values.get(node(FigureLevel.TOOL, tp.tool().name(), tp.part()));
      Ratio lo;
      Ratio hi;
      if (v != null) {
        lo = v.value();
        hi = v.value();
      } else if (in.scoreEitFromOnePart() && !hasData(tp.tool(), tp.part())) {
        continue; // the missing part is out of the assessment; floors apply to the parts scored
      } else {
        Ratio[] b = partBounds(rubric.tool(tp.tool()), tp.part());
        lo = b[0];
        hi = b[1].min(values.get(node(FigureLevel.TOOL, tp.tool().name(), null)).value());
      }
      low = low == null ? lo : low.min(lo);
      high = high == null ? hi : high.min(hi);
    }
    return RatingBasis.of(total.round2(), low.round2(), high.round2());
  }

  private Ratio[] partBounds(Tool tool, Part part) {
    Ratio lo = Ratio.ZERO;
    Ratio hi = Ratio.ZERO;
    int n = 0;
    for (Indicator ind : tool.indicators()) {
      Ratio[] b = bounds(tool, FigureLevel.INDICATOR, LinearModel.Node.indicatorId(ind.number()), part);
      if (b == null) {
        return bounds(tool, FigureLevel.TOOL, tool.tool().name(), part);
      }
      lo = lo.add(b[0]);
      hi = hi.add(b[1]);
      n++;
    }
    return new Ratio[] {lo.divide(n), hi.divide(n)};
  }

  /** Bounds of one part's value at a node from the known parts and the known weighted mean over parts. */
  private Ratio[] bounds(Tool tool, FigureLevel level, String id, Part part) {
    Val own = values.get(node(level, id, part));
    if (own != null) {
      return new Ratio[] {own.value(), own.value()};
    }
    Val whole = values.get(node(level, id, null));
    if (whole == null) {
      return null;
    }
    Ratio wsum = Ratio.ZERO;
    Ratio rest = Ratio.ZERO;
    Ratio restMax = Ratio.ZERO;
    Ratio mine = Ratio.ONE;
    for (Part p : tool.parts()) {
      Ratio w = partWeight(tool, p);
      wsum = wsum.add(w);
      if (p == part) {
        mine = w;
        continue;
      }
      Val other = values.get(node(level, id, p));
      if (other != null) {
        rest = rest.add(w.multiply(other.value()));
      } else {
        restMax = restMax.add(w.multiply(SCORE_MAX));
      }
    }
    Ratio budget = wsum.multiply(whole.value()).subtract(rest);
    Ratio lo = budget.subtract(restMax).divide(mine).max(Ratio.ZERO).min(SCORE_MAX);
    Ratio hi = budget.divide(mine).min(SCORE_MAX).max(Ratio.ZERO);
    return new Ratio[] {lo, hi};
  }

  // ---------------------------------------------------------------- card

  private ScoreCard card(Ratio total) {
    RatingPolicy policy = rubric.ratingPolicy();
    RatingBasis basis = ratingBasis(total);
    List<Rating> candidates = basis.candidates(policy);
    Optional<Rating> rating = candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    if (policy.provenance().isProvisional()) {
      provisional.putIfAbsent("rating policy " + policy.id(), policy.provenance().note().orElse(""));
    }
    if (in.publishedRating().isPresent()) {
      String printed = in.publishedRating().get();
      Optional<RatingBand> band = policy.bandNamed(printed);
      if (band.isEmpty()) {
        warnings.add(CardBuilders.warning().kind(Warning.Kind.PUBLISHED_RATING_UNKNOWN).figure("rating")
            .message("published rating [" + printed + "] is not a level of " + policy.id() + " (levels: "
                + policy.bands().stream().map(b -> b.label().th()).toList() + ")").build());
      } else {
        Rating published = Rating.of(policy.id(), band.get());
        if (rating.isEmpty() && candidates.contains(published)) {
          rating = Optional.of(published);
          warnings.add(CardBuilders.warning().kind(Warning.Kind.RATING_FROM_PUBLISHED).figure("rating")
              .message("the figures allow " + candidates.stream().map(Rating::code).toList() + " (" + basis
                  + "); the published rating " + published.code() + " settles it").build());
        } else if (!candidates.contains(published)) {
          warnings.add(CardBuilders.warning().kind(Warning.Kind.PUBLISHED_RATING_DIFFERS).figure("rating")
              .message("published rating " + published + " differs from the computed "
                  + candidates.stream().map(Rating::code).toList()).build());
        }
      }
    }
    if (rating.isEmpty()) {
      warnings.add(CardBuilders.warning().kind(Warning.Kind.RATING_UNDETERMINED).figure("rating")
          .message("the rating depends on EIT part scores the input does not give (" + basis + "): "
              + candidates.stream().map(Rating::code).toList()).build());
    }

    ScoreCard.Builder b = CardBuilders.scoreCard()
        .rubric(rubric.id())
        .weighting(rubric.weighting().id())
        .ratingPolicy(policy.id())
        .agency(in.agency().isPresent() ? Optional.of(in.agency().get().name()) : Optional.empty())
        .total(total.round2())
        .rating(rating)
        .ratingCandidates(candidates)
        .ratingBasis(basis);
    ModelCache.CardOrder order = compiled.cardOrder();
    for (LinearModel.Node n : order.tools()) {
      Figure f = figure(n);
      if (f != null) {
        b.addTools(f);
      }
    }
    for (LinearModel.Node n : order.indicators()) {
      Figure f = figure(n);
      if (f != null) {
        b.addIndicators(f);
      }
    }
    for (LinearModel.Node n : order.groups()) {
      Figure f = figure(n);
      if (f != null) {
        b.addGroups(f);
      }
    }
    for (LinearModel.Node n : order.questions()) {
      Figure f = figure(n);
      if (f != null) {
        b.addQuestions(f);
      }
    }
    for (OitAssessment a : in.oit()) {
      if (a.excluded().isPresent()) {
        b.addExcludedItems(a);
      }
    }
    publication(b);
    // one note per reason, naming every element it covers (FY2568 marks all 52 questions for one reason)
    Map<String, List<String>> byNote = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : provisional.entrySet()) {
      List<String> elements = byNote.get(e.getValue());
      if (elements == null) {
        elements = new ArrayList<>();
        byNote.put(e.getValue(), elements);
      }
      elements.add(e.getKey());
    }
    for (Map.Entry<String, List<String>> e : byNote.entrySet()) {
      b.addProvisional(CardBuilders.provisionalNote(String.join(", ", e.getValue()), e.getKey()));
    }
    b.warnings(warnings);
    return b.build();
  }

  /** Each part as an Optional, made once. */
  private static final Optional<Part>[] PARTS = partOptionals();

  @SuppressWarnings("unchecked")
  private static Optional<Part>[] partOptionals() {
    Optional<Part>[] out = new Optional[Part.values().length];
    for (Part p : Part.values()) {
      out[p.ordinal()] = Optional.of(p);
    }
    return out;
  }

  /** @return the node's figure for the card, or null when it has no value */
  private Figure figure(LinearModel.Node n) {
    Val v = values.get(n);
    if (v == null) {
      return null;
    }
    return CardBuilders.figure().id(n.id()).part(n.part() == null ? Optional.empty() : PARTS[n.part().ordinal()])
        .score(v.value().round2()).origin(v.origin()).provisional(v.provisional()).build();
  }

  private void publication(ScoreCard.Builder b) {
    List<String> reasons = new ArrayList<>();
    List<PublicationCondition> unchecked = new ArrayList<>();
    Optional<Agency> agency = in.agency();
    Optional<Integer> staff = agency.isPresent() ? agency.get().staff() : Optional.empty();
    for (Tool t : rubric.tools()) {
      List<Part> parts = t.hasParts() ? t.parts() : java.util.Collections.singletonList(null);
      for (Part p : parts) {
        Tally tally = tallies.get(ToolPart.of(t.tool(), p));
        if (tally == null) {
          continue;
        }
        Optional<Integer> population = agency.isPresent() ? agency.get().groupSize(ToolPart.of(t.tool(), p))
            : Optional.empty();
        b.addRespondents(CardBuilders.respondentCount().tool(t.tool()).part(Optional.ofNullable(p))
            .count(Math.toIntExact(tally.respondents()))
            .minimum(population.isPresent() ? Optional.of(rubric.sampleRule().minimumSample(population.get()))
                : Optional.empty()).build());
      }
    }
    for (PublicationRule r : rubric.publicationConditions()) {
      Boolean stated = in.conditions().get(r.code());
      if (r.code() == PublicationCondition.IIT_MINIMUM_SAMPLE && stated == null) {
        Tally iit = tallies.get(ToolPart.of(ToolKind.IIT));
        if (iit != null && staff.isPresent()) {
          int min = rubric.sampleRule().minimumSample(staff.get());
          if (iit.respondents() < min) {
            reasons.add(label(r.code()) + ": " + iit.respondents() + " IIT respondents, minimum " + min
                + " for " + staff.get() + " staff");
          }
          continue;
        }
      }
      if (stated == null) {
        unchecked.add(r.code());
      } else if (!stated) {
        reasons.add(label(r.code()));
      }
    }
    b.publishable(reasons.isEmpty()).unpublishableReasons(reasons).uncheckedConditions(unchecked);
  }

  /** A condition's label as a reason prints it (the last rule with that code), spelled only for a reason. */
  private String label(PublicationCondition code) {
    String found = null;
    for (PublicationRule r : rubric.publicationConditions()) {
      if (r.code() == code) {
        found = r.label().toString();
      }
    }
    return Objects.requireNonNull(found);
  }
}
