package io.github.itasdk.core.engine;

import io.github.itasdk.core.Scores;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.internal.ModelCache;
import io.github.itasdk.core.internal.PartMean;
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
import io.github.itasdk.core.internal.ScoringPlan;
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

  /**
   * A node's value: exact, where it came from, whether it rests on provisional rubric data, and the node's card
   * figure when it was made once with the rubric (an OIT item answered yes or no), else null. A question's
   * score is kept as its sum over the common denominator, not reduced: means over questions add such sums
   * without reducing each ({@link WeightedMean#add(long, long, Ratio)}), and its figure rounds from them; it is
   * reduced only where a caller asks for the {@link #value()}.
   */
  static final class Val {
    private Ratio value;
    /** The value as num/den in any terms when made from a sum (den positive), else den is 0. */
    private final long num;
    private final long den;
    private final Origin origin;
    private final boolean provisional;
    private final Figure figure;

    Val(Ratio value, Origin origin, boolean provisional, Figure figure) {
      this.value = value;
      this.num = 0;
      this.den = 0;
      this.origin = origin;
      this.provisional = provisional;
      this.figure = figure;
    }

    Val(Ratio value, Origin origin, boolean provisional) {
      this(value, origin, provisional, null);
    }

    /** A computed value num/den in any terms (den positive, num not Long.MIN_VALUE). */
    Val(long num, long den, boolean provisional) {
      this.num = num;
      this.den = den;
      this.origin = Origin.COMPUTED;
      this.provisional = provisional;
      this.figure = null;
    }

    /** @return the value, in lowest terms */
    Ratio value() {
      if (value == null) {
        value = Ratio.of(num, den);
      }
      return value;
    }

    /** @return the value rounded HALF_UP to 2 decimals */
    BigDecimal round2() {
      return value != null ? value.round2() : Ratio.round2(num, den);
    }

    /** Adds the value to a weighted mean, in the terms it is kept in. */
    void addTo(WeightedMean sum, Ratio weight) {
      if (value != null) {
        sum.add(value, weight);
      } else {
        sum.add(num, den, weight);
      }
    }

    Origin origin() {
      return origin;
    }

    boolean provisional() {
      return provisional;
    }

    Figure figure() {
      return figure;
    }
  }

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
  /** Each figure's value by its number in the rubric's {@link ScoringPlan}; null where it has none. */
  private final Val[] values;
  private final Map<String, String> provisional = new LinkedHashMap<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<ToolPart, Tally> tallies;
  /** What the engine worked out once for this rubric (kept with the rubric instance). */
  private final ModelCache compiled;
  private final ScoringPlan plan;
  /** The given figures by number; null when the input gives none. */
  private final Ratio[] givenAt;
  /** The input's OIT assessments by item number in the plan (the last one for an item, as a map keeps). */
  private final OitAssessment[] oit;
  /** Whether each OIT item's assessment (the one in {@link #oit}) excludes it. */
  private final boolean[] oitExcluded;
  /** Each OIT item's state for the model's key: '0' not assessed, '1' excluded, '2' assessed, '3' both. */
  private final char[] oitStates;
  /** Whether every assessment names an item of the rubric. */
  private final boolean oitItemsKnown;
  /** Whether an assessment of a rubric item is excluded. */
  private final boolean oitAnyExcluded;

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
    this.plan = compiled.plan();
    this.values = new Val[plan.size()];
    this.givenAt = in.published().isEmpty() ? null : new Ratio[plan.size()];
    for (PublishedFigure f : in.published()) {
      LinearModel.Node n = node(f.level(), f.id(), f.part().orElse(null));
      Ratio v = Ratio.of(f.score());
      given.put(n, v);
      int at = plan.number(n);
      if (at >= 0) {
        givenAt[at] = v;
      }
    }
    ScoringPlan.Oit items = plan.oit();
    this.oit = new OitAssessment[items == null ? 0 : items.items().length];
    this.oitExcluded = new boolean[oit.length];
    this.oitStates = new char[oit.length];
    java.util.Arrays.fill(oitStates, '0');
    boolean known = true;
    boolean anyExcluded = false;
    for (OitAssessment a : in.oit()) {
      int at = items == null ? -1 : items.item(a.item());
      if (at >= 0) {
        oit[at] = a;
        oitExcluded[at] = a.excluded().isPresent(); // once: each call of an Optional attribute makes one
        oitStates[at] |= oitExcluded[at] ? 1 : 2;
        anyExcluded |= oitExcluded[at];
      } else {
        known = false;
      }
    }
    this.oitItemsKnown = known;
    this.oitAnyExcluded = anyExcluded;
  }


  /** @return the card, or the problems that prevent one */
  public Result run() {
    for (Tool tool : rubric.tools()) {
      if (tool.tool() == ToolKind.OIT) {
        scoreOit();
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
    ScoringPlan.Survey survey = plan.survey(tool.tool());
    ModelCache.SurveyQuestion[] questions = survey.questions();
    int slot = ScoringPlan.slot(part);
    int[] questionNodes = survey.questionNodes(slot);
    int[] indicatorNodes = survey.indicatorNodes(slot);
    int[] ends = survey.indicatorEnds();
    boolean answered = responses != null && responses.respondents() > 0;
    if (answered) { // each question scored notes what it rests on: the survey's elements, in question order
      String[] prov = survey.provisional();
      for (int i = 0; i < prov.length; i += 2) {
        provisional.putIfAbsent(prov[i], prov[i + 1]);
      }
    }
    Mean indicatorVals = new Mean();
    for (int i = 0, q = 0; i < ends.length; i++) {
      Mean qs = new Mean();
      for (; q < ends[i]; q++) {
        Val raw = answered ? raw(questions[q], responses, q) : null;
        qs.add(settle(questionNodes[q], raw), questions[q].weight());
      }
      indicatorVals.add(settle(indicatorNodes[i], qs.value()), Ratio.ONE);
    }
    settle(survey.toolNode(slot), indicatorVals.value());
  }

  /**
   * A question's value from the tally of a survey with respondents: its sum over the common denominator
   * ({@link Tally#sum}, {@link Tally#divisor}) while both fit longs, else its exact mean ({@link Tally#mean}).
   */
  private Val raw(ModelCache.SurveyQuestion plan, Tally responses, int q) {
    String[] prov = plan.provisional();
    long sum = responses.sum(q);
    long divisor = responses.divisor(q);
    if (sum != Long.MIN_VALUE && divisor != Long.MIN_VALUE) {
      return new Val(sum, divisor, prov.length > 0);
    }
    return new Val(responses.mean(q), Origin.COMPUTED, prov.length > 0);
  }

  private void combineParts(Tool tool) {
    List<Part> parts = tool.parts();
    Ratio[] pw = new Ratio[parts.size()];
    int[] slots = new int[parts.size()];
    for (int j = 0; j < pw.length; j++) {
      pw[j] = partWeight(tool, parts.get(j));
      slots[j] = ScoringPlan.slot(parts.get(j));
    }
    ScoringPlan.Survey survey = plan.survey(tool.tool());
    ModelCache.SurveyQuestion[] questions = survey.questions();
    int[] questionNodes = survey.questionNodes(0);
    int[] indicatorNodes = survey.indicatorNodes(0);
    int[] ends = survey.indicatorEnds();
    long[] respondents = new long[parts.size()];
    for (int j = 0; j < respondents.length; j++) {
      Tally t = tallies.get(ToolPart.of(tool.tool(), parts.get(j)));
      respondents[j] = t == null ? 0 : t.respondents();
    }
    PartMean sums = PartMean.of(pw, respondents); // null unless every part has respondents
    long[] partSums = new long[parts.size()];
    Mean combinedIndicators = new Mean();
    for (int i = 0, q = 0; i < ends.length; i++) {
      Mean combinedQuestions = new Mean();
      for (; q < ends[i]; q++) {
        Val combined = sums == null ? null : fromSums(sums, partSums, survey, slots, q);
        if (combined == null) {
          Mean fromParts = new Mean();
          for (int j = 0; j < pw.length; j++) {
            fromParts.add(values[survey.questionNodes(slots[j])[q]], pw[j]);
          }
          combined = fromParts.value();
        }
        combinedQuestions.add(settle(questionNodes[q], combined), questions[q].weight());
      }
      Mean fromParts = new Mean();
      for (int j = 0; j < pw.length; j++) {
        fromParts.add(values[survey.indicatorNodes(slots[j])[i]], pw[j]);
      }
      Val mean = fromParts.value();
      Val computed = mean != null ? mean : combinedQuestions.value();
      combinedIndicators.add(settle(indicatorNodes[i], computed), Ratio.ONE);
    }
    Mean fromParts = new Mean();
    for (int j = 0; j < pw.length; j++) {
      fromParts.add(values[survey.toolNode(slots[j])], pw[j]);
    }
    Val mean = fromParts.value();
    Val computed = mean != null ? mean : combinedIndicators.value();
    settle(survey.toolNode(0), computed);
  }

  /**
   * A combined question's value straight from its parts' sums ({@link PartMean}): the same weighted mean over
   * the parts as {@link Mean} gives, without reducing. Null (take the general way) unless every part's value is
   * the sum its answers gave, or when a step would overflow.
   */
  private Val fromSums(PartMean sums, long[] partSums, ScoringPlan.Survey survey, int[] slots, int q) {
    long d = 0;
    boolean prov = false;
    for (int j = 0; j < slots.length; j++) {
      Val v = values[survey.questionNodes(slots[j])[q]];
      if (v == null || v.den == 0) {
        return null;
      }
      long dj = sums.perRespondent(j, v.den);
      if (dj == 0 || d != 0 && dj != d) {
        return null;
      }
      d = dj;
      partSums[j] = v.num;
      prov |= v.provisional;
    }
    long num = sums.numerator(partSums);
    long den = sums.denominator(d);
    return num == Long.MIN_VALUE || den == Long.MIN_VALUE ? null : new Val(num, den, prov);
  }

  /** A part's weight in its tool's figures: its weight in the total, or 1 when the weighting gives none. */
  private Ratio partWeight(Tool tool, Part p) {
    Optional<BigDecimal> w = rubric.weighting().weightOf(ToolPart.of(tool.tool(), p));
    return w.isPresent() ? compiled.weight(w.get()) : Ratio.ONE;
  }

  // ---------------------------------------------------------------- OIT

  private void scoreOit() {
    ScoringPlan.Oit items = plan.oit();
    int[] itemNodes = items.itemNodes();
    Ratio[] itemWeights = items.itemWeights();
    int[] groupEnds = items.groupEnds();
    int[] indicatorEnds = items.indicatorEnds();
    Mean indicatorVals = new Mean();
    for (int i = 0, g = 0, j = 0; i < indicatorEnds.length; i++) {
      Mean groupVals = new Mean();
      for (; g < indicatorEnds[i]; g++) {
        Mean itemVals = new Mean();
        boolean allExcluded = true;
        for (; j < groupEnds[g]; j++) {
          OitAssessment a = oit[j];
          if (a != null && oitExcluded[j] && (givenAt == null || givenAt[itemNodes[j]] == null)) {
            continue;
          }
          allExcluded = false;
          boolean assessable = a != null && !oitExcluded[j];
          itemVals.add(settle(itemNodes[j], assessable ? assessed(items, j, a) : null), itemWeights[j]);
        }
        Val computed = allExcluded ? null : itemVals.value();
        if (computed != null && items.groupElements()[g] != null) {
          provisional.putIfAbsent(items.groupElements()[g], items.groupNotes()[g]);
          computed = new Val(computed.value(), computed.origin(), true);
        }
        groupVals.add(settle(items.groupNodes()[g], computed), items.groupWeights()[g]);
      }
      indicatorVals.add(settle(items.indicatorNodes()[i], groupVals.value()), Ratio.ONE);
    }
    settle(items.toolNode(), indicatorVals.value());
  }

  /** The value of the {@code j}th OIT item of the plan from its assessment. */
  private Val assessed(ScoringPlan.Oit items, int j, OitAssessment a) {
    String element = items.itemElements()[j];
    if (element != null) {
      provisional.putIfAbsent(element, items.itemNotes()[j]);
    }
    Optional<BigDecimal> score = a.score();
    if (score.isPresent()) {
      return new Val(Ratio.of(score.get()), Origin.COMPUTED, element != null);
    }
    boolean yes = a.answer().orElseThrow();
    return new Val(yes ? SCORE_MAX : Ratio.ZERO, Origin.COMPUTED, element != null, items.answeredFigure(j, yes));
  }

  // ---------------------------------------------------------------- shared

  /**
   * Stores the figure's value: the given figure if there is one (warning if the computed one differs), else the
   * computed one. Small, so that the compiler inlines it into the loops; inputs with published figures take
   * {@link #settleGiven}.
   */
  private Val settle(int at, Val computed) {
    if (givenAt != null) {
      return settleGiven(at, computed);
    }
    if (computed != null) {
      values[at] = computed;
    }
    return computed;
  }

  private Val settleGiven(int at, Val computed) {
    Ratio g = givenAt[at];
    Val v;
    if (g != null) {
      v = new Val(g, Origin.GIVEN, false);
      if (computed != null && !computed.round2().equals(g.round2())) {
        BigDecimal gv = g.round2();
        BigDecimal cv = computed.round2();
        String name = name(plan.node(at));
        warnings.add(CardBuilders.warning().kind(Warning.Kind.INCONSISTENT_FIGURE).figure(name).given(gv).computed(cv)
            .message(name + ": published " + gv.toPlainString() + ", lower levels give " + cv.toPlainString()
                + " (difference " + gv.subtract(cv).toPlainString() + "); the published figure is used")
            .build());
      }
    } else {
      v = computed;
    }
    if (v != null) {
      values[at] = v;
    }
    return v;
  }

  /** @return the node's value, or null when it has none (or is not a figure of the rubric) */
  private Val get(LinearModel.Node n) {
    int at = plan.number(n);
    return at < 0 ? null : values[at];
  }

  /** @return whether the node has a value */
  private boolean has(LinearModel.Node n) {
    return get(n) != null;
  }

  private void put(LinearModel.Node n, Val v) {
    values[plan.number(n)] = v;
  }

  /** @return the input's assessment of an OIT item, or null */
  private OitAssessment oitOf(String item) {
    int at = plan.oit().item(item);
    return at < 0 ? null : oit[at];
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
        v.addTo(sum, weight);
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
   * Everything {@link #pattern()} is made from, as text: whether EIT may be scored from one part, each
   * survey's state (no tally, a tally without respondents, respondents), each OIT item's state in rubric order
   * (not assessed, excluded, assessed, or both for an item given twice) and the published figures (but the
   * total). Equal keys give equal patterns, so the rubric's models are kept by this key; it costs a short
   * string rather than the pattern's sets. Null (compile, keep nothing) when a tally is not one of the
   * rubric's surveys or an assessment not one of its items.
   */
  private String patternKey() {
    List<ToolPart> surveys = rubric.surveys();
    int items = oit.length;
    char[] k = new char[1 + surveys.size() + items];
    k[0] = in.scoreEitFromOnePart() ? '1' : '0';
    int found = 0;
    for (int i = 0; i < surveys.size(); i++) {
      Tally t = tallies.get(surveys.get(i));
      found += t == null ? 0 : 1;
      k[1 + i] = t == null ? '0' : t.respondents() > 0 ? '2' : '1';
    }
    if (found != tallies.size()) {
      return null;
    }
    if (!oitItemsKnown) {
      return null;
    }
    System.arraycopy(oitStates, 0, k, 1 + surveys.size(), items);
    if (in.published().isEmpty()) {
      return new String(k);
    }
    StringBuilder b = new StringBuilder(k.length + 64).append(k);
    for (PublishedFigure f : in.published()) {
      if (f.level() != FigureLevel.TOTAL) {
        b.append('\u0000').append(f.level().ordinal()).append(f.id()).append('\u0002')
            .append(f.part().isPresent() ? f.part().get().name() : "");
      }
    }
    return b.toString();
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
      put(node(FigureLevel.TOOL, kind.name(), null), get(node(FigureLevel.TOOL, kind.name(), p)));
    }
    Ratio total = Ratio.ZERO;
    boolean prov = false;
    for (Map.Entry<LinearModel.Node, Ratio> e : model.direct(LinearModel.Node.TOTAL).entrySet()) {
      Val v = get(e.getKey());
      total = total.add(v.value().multiply(e.getValue()));
      prov |= v.provisional();
    }
    if (rubric.weighting().provenance().isProvisional()) {
      provisional.putIfAbsent("weighting " + rubric.weighting().id(), rubric.weighting().provenance().note().orElse(""));
      prov = true;
    }
    values[plan.total()] = new Val(total, Origin.COMPUTED, prov);
    Ratio publishedTotal = givenAt == null ? null : givenAt[plan.total()];
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
      if (ws.stream().allMatch(w -> has(node(FigureLevel.TOOL, w.tool().name(), w.part().orElse(null))))) {
        continue;
      }
      // go on after a problem: every tool that lacks data is reported together
      if (ws.get(0).part().isEmpty()) {
        missing(rubric.tool(e.getKey()), null);
        reported = true;
      } else if (!has(node(FigureLevel.TOOL, e.getKey().name(), null))) {
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
        Val v = get(n);
        return v == null ? null : v.value();
      })) {
        if (!imp.impossible()) {
          continue;
        }
        String unknown = imp.unknown().stream().map(this::name).collect(java.util.stream.Collectors.joining(", "));
        String known = imp.known().stream().map(n -> name(n) + " " + get(n).value().round2().toPlainString())
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
      if (has(node(FigureLevel.TOOL, kind.name(), p))) {
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
      if (has(node(FigureLevel.INDICATOR, LinearModel.Node.indicatorId(ind.number()), part))) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      if (tool.tool() == ToolKind.OIT) {
        for (Group g : ind.groups()) {
          if (!has(node(FigureLevel.GROUP, g.id(), null))) {
            List<Question> open = g.items().stream().filter(q -> !(oitOf(q.id()) != null
                && oitOf(q.id()).excluded().isPresent())).toList();
            if (open.isEmpty()) {
              ids.add("group " + g.id() + ": every item excluded, give its published figure");
            }
            open.stream().filter(q -> !has(node(FigureLevel.QUESTION, q.id(), null)))
                .forEach(q -> ids.add(q.id()));
          }
        }
      } else {
        ind.questions().stream().filter(q -> !has(node(FigureLevel.QUESTION, q.id(), part)))
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
    List<ToolWeight> weights = rubric.weighting().weights();
    int[] weightNodes = plan.weightNodes();
    for (int i = 0; i < weightNodes.length; i++) {
      ToolPart tp = weights.get(i).toolPart();
      Val v = weightNodes[i] < 0 ? null : values[weightNodes[i]];
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
        hi = b[1].min(get(node(FigureLevel.TOOL, tp.tool().name(), null)).value());
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
    Val own = get(node(level, id, part));
    if (own != null) {
      return new Ratio[] {own.value(), own.value()};
    }
    Val whole = get(node(level, id, null));
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
      Val other = get(node(level, id, p));
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
    for (int n : plan.cardTools()) {
      Figure f = figure(n);
      if (f != null) {
        b.addTools(f);
      }
    }
    for (int n : plan.cardIndicators()) {
      Figure f = figure(n);
      if (f != null) {
        b.addIndicators(f);
      }
    }
    for (int n : plan.cardGroups()) {
      Figure f = figure(n);
      if (f != null) {
        b.addGroups(f);
      }
    }
    for (int n : plan.cardQuestions()) {
      Figure f = figure(n);
      if (f != null) {
        b.addQuestions(f);
      }
    }
    if (oitAnyExcluded || !oitItemsKnown) { // else none is: no Optional made per assessment
      for (OitAssessment a : in.oit()) {
        if (a.excluded().isPresent()) {
          b.addExcludedItems(a);
        }
      }
    }
    publication(b);
    // one note per reason, naming every element it covers (FY2568 marks all 52 questions for one reason)
    // (few distinct notes, most the same string object: a linear search beats a map made per card)
    int distinct = 0;
    String[] notes = new String[provisional.size()];
    StringBuilder[] elements = new StringBuilder[notes.length];
    for (Map.Entry<String, String> e : provisional.entrySet()) {
      String note = e.getValue();
      int k = 0;
      while (k < distinct && !notes[k].equals(note)) {
        k++;
      }
      if (k == distinct) {
        notes[distinct] = note;
        elements[distinct++] = new StringBuilder(e.getKey());
      } else {
        elements[k].append(", ").append(e.getKey());
      }
    }
    for (int k = 0; k < distinct; k++) {
      b.addProvisional(CardBuilders.provisionalNote(elements[k].toString(), notes[k]));
    }
    b.warnings(warnings);
    return b.build();
  }

  private static final CardBuilders.Parts PARTS = CardBuilders.cardParts();

  /** @return the figure's value for the card, or null when it has no value */
  private Figure figure(int at) {
    Val v = values[at];
    if (v == null || v.figure() != null) {
      return v == null ? null : v.figure();
    }
    return PARTS.scored(plan.template(at, v.origin(), v.provisional()), v.round2());
  }

  private void publication(ScoreCard.Builder b) {
    List<String> reasons = new ArrayList<>();
    List<PublicationCondition> unchecked = new ArrayList<>();
    Optional<Agency> agency = in.agency();
    Optional<Integer> staff = agency.isPresent() ? agency.get().staff() : Optional.empty();
    for (Tool t : rubric.tools()) {
      List<Part> parts = t.hasParts() ? t.parts() : java.util.Collections.singletonList(null);
      for (Part p : parts) {
        ToolPart tp = ToolPart.of(t.tool(), p);
        Tally tally = tallies.get(tp);
        if (tally == null) {
          continue;
        }
        Optional<Integer> population = agency.isPresent() ? agency.get().groupSize(tp)
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
