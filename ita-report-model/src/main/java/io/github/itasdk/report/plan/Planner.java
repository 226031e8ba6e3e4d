package io.github.itasdk.report.plan;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.card.Figure;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.Origin;
import io.github.itasdk.core.card.RatingBasis;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planner's arithmetic. Values are exact ({@link Ratio}); a node's value follows the engine: a figure
 * published in the input (origin GIVEN) stands, else the node is recomputed from the figures below it,
 * else its (rounded) figure is taken.
 */
final class Planner {
  private static final Ratio HUNDRED = Ratio.of(100);

  /** One unit a plan can fix: its public gain, the exact gain, and its effect on each tool or part. */
  private record Unit(Gain gain, Ratio exact, Map<ToolPart, Ratio> deltas, int order) {}

  /** A tool, part, or the unknown parts of a split tool, with bounds of its (lowest) score. */
  private record Floorable(String name, ToolKind tool, Ratio lo, Ratio hi, boolean inferred) {}

  private final ScoreCard card;
  private final Rubric rubric;
  private final BigDecimal threshold;
  private final Map<String, Figure> figures = new HashMap<>();
  private final Set<String> excluded;
  private final Ratio weightSum;
  private final List<String> notPlanned = new ArrayList<>();
  /** From the card's rating: the lowest tool is below this (a floor of a better band the total is in), or null. */
  private final Ratio inferredBelow;

  Planner(ScoreCard card, Rubric rubric, BigDecimal threshold) {
    this.card = card;
    this.rubric = rubric;
    this.threshold = threshold;
    index(FigureLevel.QUESTION, card.questions());
    index(FigureLevel.GROUP, card.groups());
    index(FigureLevel.INDICATOR, card.indicators());
    index(FigureLevel.TOOL, card.tools());
    this.excluded = card.excludedItems().stream().map(OitAssessment::item).collect(Collectors.toSet());
    Ratio w = Ratio.ZERO;
    for (ToolWeight tw : rubric.weighting().weights()) {
      w = w.add(Ratio.of(tw.weight()));
    }
    this.weightSum = w;
    this.inferredBelow = inferredBelow();
  }

  /**
   * A card rated R although its total lies in the range of a better band with a tool floor has some tool
   * below that floor. Useful when the rating was settled by the published rating (EIT parts unknown).
   */
  private Ratio inferredBelow() {
    if (card.rating().isEmpty()) {
      return null;
    }
    RatingPolicy policy = rubric.ratingPolicy();
    if (!policy.id().equals(card.ratingPolicy())) {
      return null;
    }
    BigDecimal below = null;
    for (RatingBand b : policy.bands()) {
      if (b.code().equals(card.rating().get().code())) {
        break;
      }
      boolean inRange = card.total().compareTo(b.min()) >= 0 && card.total().compareTo(b.max()) <= 0;
      if (inRange && b.toolFloor().isPresent()) {
        below = below == null ? b.toolFloor().get() : below.min(b.toolFloor().get());
      }
    }
    if (below == null) {
      return null;
    }
    BigDecimal floor = below;
    boolean knownBelow = card.tools().stream().anyMatch(f -> f.score().compareTo(floor) < 0
        && rubric.weighting().weightOf(io.github.itasdk.core.rubric.ToolPart.of(ToolKind.valueOf(f.id()),
            f.part().orElse(null))).isPresent());
    return knownBelow ? null : Ratio.of(floor);
  }

  private void index(FigureLevel level, List<Figure> list) {
    list.forEach(f -> figures.put(key(level, f.id(), f.part().orElse(null)), f));
  }

  private static String key(FigureLevel level, String id, Part part) {
    return level + ":" + id + (part == null ? "" : "/" + part);
  }

  // ------------------------------------------------------------------ evaluation

  private Optional<Figure> figure(FigureLevel level, String id, Part part) {
    return Optional.ofNullable(figures.get(key(level, id, part)));
  }

  private Ratio given(FigureLevel level, String id, Part part) {
    return figure(level, id, part).filter(f -> f.origin() == Origin.GIVEN).map(f -> Ratio.of(f.score())).orElse(null);
  }

  private Ratio orFigure(Ratio computed, FigureLevel level, String id, Part part) {
    return computed != null ? computed : figure(level, id, part).map(f -> Ratio.of(f.score())).orElse(null);
  }

  private static Ratio weightedMean(List<Ratio> values, List<Ratio> weights) {
    if (values.isEmpty() || values.contains(null)) {
      return null;
    }
    Ratio sum = Ratio.ZERO;
    Ratio ws = Ratio.ZERO;
    for (int i = 0; i < values.size(); i++) {
      Ratio w = weights == null ? Ratio.ONE : weights.get(i);
      sum = sum.add(values.get(i).multiply(w));
      ws = ws.add(w);
    }
    return sum.divide(ws);
  }

  private Ratio partWeight(ToolKind tool, Part part) {
    return rubric.weighting().weightOf(ToolPart.of(tool, part)).map(Ratio::of).orElse(Ratio.ONE);
  }

  /** Weight of the whole tool in the total: the sum of its entries (EIT = both parts). */
  private Ratio toolWeight(ToolKind tool) {
    Ratio w = Ratio.ZERO;
    for (ToolWeight tw : rubric.weighting().weights()) {
      if (tw.tool() == tool) {
        w = w.add(Ratio.of(tw.weight()));
      }
    }
    return w;
  }

  private Ratio partMean(Tool tool, Function<Part, Ratio> value) {
    List<Ratio> vs = new ArrayList<>();
    List<Ratio> ws = new ArrayList<>();
    for (Part p : tool.parts()) {
      vs.add(value.apply(p));
      ws.add(partWeight(tool.tool(), p));
    }
    return weightedMean(vs, ws);
  }

  private Ratio question(String id, Part part) {
    return figure(FigureLevel.QUESTION, id, part).map(f -> Ratio.of(f.score())).orElse(null);
  }

  private Ratio combinedQuestion(Tool tool, Question q) {
    Ratio g = given(FigureLevel.QUESTION, q.id(), null);
    if (g != null) {
      return g;
    }
    return orFigure(partMean(tool, p -> question(q.id(), p)), FigureLevel.QUESTION, q.id(), null);
  }

  private boolean isExcluded(Question item) {
    return excluded.contains(item.id()) && figure(FigureLevel.QUESTION, item.id(), null).isEmpty();
  }

  private Ratio group(Group g) {
    Ratio given = given(FigureLevel.GROUP, g.id(), null);
    if (given != null) {
      return given;
    }
    List<Ratio> vs = new ArrayList<>();
    List<Ratio> ws = new ArrayList<>();
    for (Question item : g.items()) {
      if (!isExcluded(item)) {
        vs.add(question(item.id(), null));
        ws.add(Ratio.of(item.weight()));
      }
    }
    return orFigure(weightedMean(vs, ws), FigureLevel.GROUP, g.id(), null);
  }

  private Ratio indicator(Tool tool, Indicator ind, Part part) {
    String id = Integer.toString(ind.number());
    Ratio g = given(FigureLevel.INDICATOR, id, part);
    if (g != null) {
      return g;
    }
    Ratio computed;
    if (tool.tool() == ToolKind.OIT) {
      computed = weightedMean(ind.groups().stream().map(this::group).toList(),
          ind.groups().stream().map(gr -> Ratio.of(gr.weight())).toList());
    } else if (tool.hasParts() && part == null) {
      computed = partMean(tool, p -> indicator(tool, ind, p));
      if (computed == null) {
        computed = weightedMean(ind.questions().stream().map(q -> combinedQuestion(tool, q)).toList(),
            ind.questions().stream().map(q -> Ratio.of(q.weight())).toList());
      }
    } else {
      computed = weightedMean(ind.questions().stream().map(q -> question(q.id(), part)).toList(),
          ind.questions().stream().map(q -> Ratio.of(q.weight())).toList());
    }
    return orFigure(computed, FigureLevel.INDICATOR, id, part);
  }

  private Ratio tool(Tool tool, Part part) {
    String id = tool.tool().name();
    Ratio g = given(FigureLevel.TOOL, id, part);
    if (g != null) {
      return g;
    }
    Ratio computed = null;
    if (tool.hasParts() && part == null) {
      computed = partMean(tool, p -> tool(tool, p));
    }
    if (computed == null) {
      computed = weightedMean(tool.indicators().stream().map(i -> indicator(tool, i, part)).toList(), null);
    }
    return orFigure(computed, FigureLevel.TOOL, id, part);
  }

  /** Values of every weighted tool or part (null when unknown) and of every whole tool. */
  private final class Tools {
    final Map<ToolPart, Ratio> values = new LinkedHashMap<>();

    Tools() {
      for (ToolWeight tw : rubric.weighting().weights()) {
        values.put(tw.toolPart(), tool(rubric.tool(tw.tool()), tw.part().orElse(null)));
      }
      for (Tool t : rubric.tools()) {
        if (t.hasParts()) {
          values.put(ToolPart.of(t.tool()), tool(t, null));
        }
      }
    }

    Tools(Tools base, Map<ToolPart, Ratio> deltas) {
      for (Map.Entry<ToolPart, Ratio> e : base.values.entrySet()) {
        Ratio d = deltas.get(e.getKey());
        values.put(e.getKey(), e.getValue() == null || d == null ? e.getValue() : e.getValue().add(d));
      }
      for (Tool t : rubric.tools()) {
        ToolPart whole = ToolPart.of(t.tool());
        if (t.hasParts() && base.values.get(whole) != null && !deltas.containsKey(whole)) {
          Ratio partsDelta = partMean(t, p -> deltas.getOrDefault(ToolPart.of(t.tool(), p), Ratio.ZERO));
          values.put(whole, base.values.get(whole).add(partsDelta));
        }
      }
    }

    /** The total, as the engine forms it. Null when some tool is unknown. */
    Ratio total() {
      Ratio sum = Ratio.ZERO;
      Map<ToolKind, Boolean> wholeUsed = new HashMap<>();
      for (ToolWeight tw : rubric.weighting().weights()) {
        ToolPart tp = tw.toolPart();
        Ratio v = values.get(tp);
        if (v == null && tp.part() != null) {
          if (wholeUsed.containsKey(tp.tool())) {
            continue;
          }
          Ratio whole = values.get(ToolPart.of(tp.tool()));
          if (whole == null) {
            return null;
          }
          wholeUsed.put(tp.tool(), true);
          sum = sum.add(whole.multiply(toolWeight(tp.tool())));
          continue;
        }
        if (v == null) {
          return null;
        }
        sum = sum.add(v.multiply(Ratio.of(tw.weight())));
      }
      return sum.divide(weightSum);
    }

    /** Bounds {lo, hi} of a weighted tool or part; an unknown part is bounded by its tool's whole. */
    Ratio[] bounds(ToolPart tp) {
      Ratio v = values.get(tp);
      if (v != null) {
        return new Ratio[] {v, v};
      }
      Ratio whole = values.get(ToolPart.of(tp.tool()));
      if (tp.part() == null || whole == null) {
        return new Ratio[] {Ratio.ZERO, HUNDRED};
      }
      Tool tool = rubric.tool(tp.tool());
      Ratio budget = whole.multiply(toolWeight(tp.tool()));
      Ratio restMax = Ratio.ZERO;
      for (Part p : tool.parts()) {
        if (p == tp.part()) {
          continue;
        }
        Ratio other = values.get(ToolPart.of(tp.tool(), p));
        if (other != null) {
          budget = budget.subtract(other.multiply(partWeight(tp.tool(), p)));
        } else {
          restMax = restMax.add(HUNDRED.multiply(partWeight(tp.tool(), p)));
        }
      }
      Ratio mine = partWeight(tp.tool(), tp.part());
      Ratio lo = budget.subtract(restMax).divide(mine).max(Ratio.ZERO).min(HUNDRED);
      Ratio hi = budget.divide(mine).min(HUNDRED).max(Ratio.ZERO);
      return new Ratio[] {lo, hi};
    }

    /**
     * What a floor is checked on: each weighted tool or part with a value, and per split tool the lowest of
     * its parts without a value, bounded by the tool's whole (the lowest part is at most the weighted mean)
     * and, while the plan leaves the tool untouched, by what the card's rating tells.
     */
    List<Floorable> floorables(Set<ToolKind> touched) {
      List<Floorable> out = new ArrayList<>();
      Map<ToolKind, Ratio[]> unknown = new LinkedHashMap<>();
      for (ToolPart tp : weighted()) {
        Ratio v = values.get(tp);
        if (v != null) {
          out.add(new Floorable(tp.toString(), tp.tool(), v, v, false));
          continue;
        }
        Ratio[] b = bounds(tp);
        Ratio whole = values.get(ToolPart.of(tp.tool()));
        Ratio hi = whole == null ? b[1] : b[1].min(whole);
        unknown.merge(tp.tool(), new Ratio[] {b[0], hi}, (x, y) -> new Ratio[] {x[0].min(y[0]), x[1].min(y[1])});
      }
      for (Map.Entry<ToolKind, Ratio[]> e : unknown.entrySet()) {
        Ratio lo = e.getValue()[0];
        Ratio hi = e.getValue()[1];
        boolean inferred = false;
        if (!touched.contains(e.getKey())) {
          lo = lo.max(Ratio.of(card.ratingBasis().lowestToolMin()));
          if (inferredBelow != null && hi.compareTo(inferredBelow) >= 0) {
            hi = inferredBelow.subtract(Ratio.of(new BigDecimal("0.01")));
            inferred = true;
          }
        }
        out.add(new Floorable(e.getKey() + " parts", e.getKey(), lo, hi.max(lo), inferred));
      }
      return out;
    }

    List<ToolPart> weighted() {
      return rubric.weighting().weights().stream().map(ToolWeight::toolPart).toList();
    }
  }

  // ------------------------------------------------------------------ units

  private List<Unit> questionUnits() {
    List<Unit> units = new ArrayList<>();
    for (Tool tool : rubric.tools()) {
      Ratio n = Ratio.of(tool.indicators().size());
      Ratio wTool = toolWeight(tool.tool()).divide(weightSum);
      for (Indicator ind : tool.indicators()) {
        if (tool.tool() == ToolKind.OIT) {
          Ratio groupWeights = sum(ind.groups().stream().map(g -> Ratio.of(g.weight())).toList());
          for (Group g : ind.groups()) {
            List<Question> scored = g.items().stream().filter(i -> !isExcluded(i)).toList();
            Ratio itemWeights = sum(scored.stream().map(i -> Ratio.of(i.weight())).toList());
            for (Question item : scored) {
              Ratio inTool = Ratio.of(g.weight()).divide(groupWeights).multiply(Ratio.of(item.weight()))
                  .divide(itemWeights).divide(n);
              addQuestion(units, tool, ind, Optional.of(g.id()), item.id(), null, wTool, inTool,
                  ToolPart.of(tool.tool()));
            }
          }
          continue;
        }
        Ratio questionWeights = sum(ind.questions().stream().map(q -> Ratio.of(q.weight())).toList());
        for (Question q : ind.questions()) {
          Ratio inTool = Ratio.of(q.weight()).divide(questionWeights).divide(n);
          boolean anyPart = tool.parts().stream().anyMatch(p -> question(q.id(), p) != null);
          if (tool.hasParts() && anyPart) {
            for (Part p : tool.parts()) {
              addQuestion(units, tool, ind, Optional.empty(), q.id(), p,
                  partWeight(tool.tool(), p).divide(weightSum), inTool, ToolPart.of(tool.tool(), p));
            }
          } else {
            addQuestion(units, tool, ind, Optional.empty(), q.id(), null, wTool, inTool, ToolPart.of(tool.tool()));
          }
        }
      }
    }
    return units;
  }

  private void addQuestion(List<Unit> units, Tool tool, Indicator ind, Optional<String> group, String id, Part part,
      Ratio weight, Ratio inTool, ToolPart raises) {
    Ratio v = question(id, part);
    if (v == null) {
      notPlanned.add(id + (part == null ? "" : "/" + part));
      return;
    }
    Ratio delta = HUNDRED.subtract(v).multiply(inTool);
    Ratio gain = delta.multiply(weight);
    Gain g = Gain.builder().level(FigureLevel.QUESTION).id(id).part(Optional.ofNullable(part)).tool(tool.tool())
        .indicator(ind.number()).group(group).score(v.round2()).gain(gain.round2()).exactGain(gain.toString())
        .build();
    units.add(new Unit(g, gain, Map.of(raises, delta), units.size()));
  }

  private List<Unit> indicatorUnits(Tools tools) {
    List<Unit> units = new ArrayList<>();
    for (Tool tool : rubric.tools()) {
      Ratio n = Ratio.of(tool.indicators().size());
      boolean partsUsed = tool.hasParts()
          && tool.parts().stream().allMatch(p -> tools.values.get(ToolPart.of(tool.tool(), p)) != null);
      for (Indicator ind : tool.indicators()) {
        String id = Integer.toString(ind.number());
        Map<ToolPart, Ratio> deltas = new LinkedHashMap<>();
        Ratio gain = Ratio.ZERO;
        Ratio shown = indicator(tool, ind, null);
        if (partsUsed && tool.parts().stream().allMatch(p -> indicator(tool, ind, p) != null)) {
          for (Part p : tool.parts()) {
            Ratio d = HUNDRED.subtract(indicator(tool, ind, p)).divide(n);
            deltas.put(ToolPart.of(tool.tool(), p), d);
            gain = gain.add(d.multiply(partWeight(tool.tool(), p)).divide(weightSum));
          }
        } else if (shown != null) {
          Ratio d = HUNDRED.subtract(shown).divide(n);
          deltas.put(ToolPart.of(tool.tool()), d);
          gain = d.multiply(toolWeight(tool.tool())).divide(weightSum);
        } else {
          notPlanned.add("indicator " + id);
          continue;
        }
        Gain g = Gain.builder().level(FigureLevel.INDICATOR).id(id).tool(tool.tool()).indicator(ind.number())
            .score(shown == null ? partMean(tool, p -> indicator(tool, ind, p)).round2() : shown.round2())
            .gain(gain.round2()).exactGain(gain.toString()).build();
        units.add(new Unit(g, gain, deltas, units.size()));
      }
    }
    return units;
  }

  private static Ratio sum(List<Ratio> rs) {
    return rs.stream().reduce(Ratio.ZERO, Ratio::add);
  }

  private static List<Unit> ranked(List<Unit> units) {
    return units.stream().sorted(Comparator.comparing(Unit::exact).reversed().thenComparingInt(Unit::order)).toList();
  }

  // ------------------------------------------------------------------ levels

  private List<LevelTarget> targets() {
    RatingPolicy policy = rubric.ratingPolicy();
    List<LevelTarget> ts = new ArrayList<>();
    String t = threshold.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    ts.add(LevelTarget.builder().code(LevelTarget.THRESHOLD)
        .label(Label.of("คะแนนรวม " + t + " ขึ้นไป", "total of " + t + " or more"))
        .minTotal(threshold.setScale(2, java.math.RoundingMode.HALF_UP)).build());
    policy.bands().stream().filter(RatingBand::meetsTarget)
        .sorted(Comparator.comparing(RatingBand::min)
            .thenComparing(b -> b.toolFloor().orElse(BigDecimal.ZERO)))
        .forEach(b -> ts.add(LevelTarget.builder().code(b.code()).label(b.label())
            .minTotal(b.min().setScale(2, java.math.RoundingMode.HALF_UP))
            .toolFloor(b.toolFloor().map(f -> f.setScale(2, java.math.RoundingMode.HALF_UP))).build()));
    return ts;
  }

  private static boolean below(Ratio value, BigDecimal bar) {
    return value.round2().compareTo(bar) < 0;
  }

  private LevelPlan levelPlan(LevelTarget target, List<Unit> ranked, Tools base, Ratio baseTotal, Label scope) {
    List<Unit> chosen = new ArrayList<>();
    List<Unit> remaining = new ArrayList<>(ranked);
    List<String> blockers = new ArrayList<>();
    Map<ToolPart, Ratio> deltas = new HashMap<>();
    Ratio total = baseTotal;
    if (target.toolFloor().isPresent()) {
      BigDecimal floor = target.toolFloor().get();
      Set<ToolPart> seen = new java.util.HashSet<>();
      for (ToolPart tp : base.weighted()) {
        ToolPart raise = base.values.get(tp) != null ? tp : ToolPart.of(tp.tool());
        if (!seen.add(raise)) {
          continue;
        }
        Ratio now = new Tools(base, deltas).values.get(raise);
        if (now == null) {
          continue; // no figure at all: left to the bounds below
        }
        while (below(now, floor)) {
          Unit best = remaining.stream().filter(u -> effect(u, raise).signum() > 0)
              .max(Comparator.comparing((Unit u) -> effect(u, raise)).thenComparing(Comparator.comparingInt(Unit::order).reversed()))
              .orElse(null);
          if (best == null) {
            blockers.add(raise + " " + now.round2().toPlainString() + " < " + floor.toPlainString());
            break;
          }
          remaining.remove(best);
          chosen.add(best);
          total = total.add(best.exact());
          best.deltas().forEach((k, v) -> deltas.merge(k, v, Ratio::add));
          now = new Tools(base, deltas).values.get(raise);
        }
      }
    }
    while (below(total, target.minTotal())) {
      Unit best = remaining.stream().filter(u -> u.exact().signum() > 0).findFirst().orElse(null);
      if (best == null) {
        blockers.add("total " + total.round2().toPlainString() + " < " + target.minTotal().toPlainString());
        break;
      }
      remaining.remove(best);
      chosen.add(best);
      total = total.add(best.exact());
      best.deltas().forEach((k, v) -> deltas.merge(k, v, Ratio::add));
    }
    chosen.sort(Comparator.comparing(Unit::exact).reversed().thenComparingInt(Unit::order));
    Tools after = new Tools(base, deltas);
    Set<ToolKind> touched = deltas.keySet().stream().map(ToolPart::tool).collect(Collectors.toSet());
    Ratio lo = null;
    Ratio hi = null;
    List<String> unsure = new ArrayList<>();
    for (Floorable f : after.floorables(touched)) {
      lo = lo == null ? f.lo() : lo.min(f.lo());
      hi = hi == null ? f.hi() : hi.min(f.hi());
      if (target.toolFloor().isEmpty() || !blockers.isEmpty()) {
        continue;
      }
      BigDecimal floor = target.toolFloor().get();
      boolean raisable = ranked.stream().anyMatch(u -> u.deltas().keySet().stream().anyMatch(k -> k.tool() == f.tool()));
      String why = f.inferred()
          ? f.name() + ": the card's rating " + card.rating().map(r -> r.label().toString()).orElse("")
              + " means one is below " + floor.toPlainString() + " (their scores are not on the card)"
          : f.name() + " " + f.lo().round2().toPlainString() + (f.lo().equals(f.hi()) ? ""
              : "–" + f.hi().round2().toPlainString()) + " < " + floor.toPlainString();
      if (below(f.hi(), floor)) {
        if (f.lo().equals(f.hi()) || !raisable) {
          blockers.add(why);
        } else {
          unsure.add(why);
        }
      } else if (below(f.lo(), floor)) {
        unsure.add(f.name() + " between " + f.lo().round2().toPlainString() + " and " + f.hi().round2().toPlainString()
            + " (their scores are not on the card)");
      }
    }
    RatingPolicy policy = rubric.ratingPolicy();
    List<Rating> candidates = RatingBasis.of(total.round2(), lo.round2(), hi.round2()).candidates(policy);
    LevelPlan.Status status = !blockers.isEmpty() ? LevelPlan.Status.OUT_OF_REACH
        : !unsure.isEmpty() ? LevelPlan.Status.UNDETERMINED
        : chosen.isEmpty() ? LevelPlan.Status.ALREADY_MET : LevelPlan.Status.REACHABLE;
    List<String> fix = chosen.stream().map(u -> u.gain().key()).toList();
    return LevelPlan.builder().target(target).status(status).fix(fix).resultingTotal(total.round2())
        .resultingRating(candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty())
        .resultingCandidates(candidates).blockers(status == LevelPlan.Status.UNDETERMINED ? unsure : blockers)
        .explanation(explain(target, status, fix, total, candidates, status == LevelPlan.Status.UNDETERMINED
            ? unsure : blockers, scope))
        .build();
  }

  private static Ratio effect(Unit u, ToolPart tp) {
    return u.deltas().getOrDefault(tp, Ratio.ZERO);
  }

  private static Label explain(LevelTarget target, LevelPlan.Status status, List<String> fix, Ratio total,
      List<Rating> candidates, List<String> blockers, Label scope) {
    String t = total.round2().toPlainString();
    String rating = candidates.stream().map(r -> r.label().th()).collect(Collectors.joining(" / "));
    String ratingEn = candidates.stream().map(r -> r.label().en()).collect(Collectors.joining(" / "));
    String levelTh = target.label().th();
    String levelEn = target.label().en();
    String list = String.join(", ", fix);
    return switch (status) {
      case ALREADY_MET -> Label.of("ถึงระดับ " + levelTh + " แล้ว (คะแนนรวม " + t + ")",
          "Already at " + levelEn + " (total " + t + ")");
      case REACHABLE -> Label.of("แก้ไข" + scope.th() + " " + fix.size() + " รายการ (" + list + ") ให้ได้ 100 คะแนน จะถึงระดับ "
          + levelTh + ": คะแนนรวม " + t + ", ระดับ " + rating,
          "Fixing " + fix.size() + " " + scope.en() + " (" + list + ") to 100 reaches " + levelEn + ": total " + t
              + ", rating " + ratingEn);
      case OUT_OF_REACH -> Label.of("ไม่สามารถถึงระดับ " + levelTh + " ได้ด้วยการแก้ไข" + scope.th() + " เพียงอย่างเดียว: "
          + String.join("; ", blockers),
          levelEn + " is out of reach by fixing " + scope.en() + " alone: " + String.join("; ", blockers)
              + (fix.isEmpty() ? "" : " (fixing " + list + " gives total " + t + ", rating " + ratingEn + ")"));
      case UNDETERMINED -> Label.of("ยังระบุไม่ได้ว่าจะถึงระดับ " + levelTh + " หรือไม่: ไม่ทราบคะแนน EIT รายส่วน ("
          + String.join("; ", blockers) + ")",
          "Cannot tell whether " + levelEn + " is reached: the card lacks EIT part scores (" + String.join("; ", blockers)
              + ")" + (fix.isEmpty() ? "" : "; fixing " + list + " gives total " + t));
    };
  }

  // ------------------------------------------------------------------ plan

  ImprovementPlan plan() {
    Tools base = new Tools();
    Ratio baseTotal = base.total();
    if (baseTotal == null) {
      baseTotal = Ratio.of(card.total());
    }
    List<Unit> questions = ranked(questionUnits());
    List<Unit> indicators = ranked(indicatorUnits(base));
    List<Unit> oit = questions.stream().filter(u -> u.gain().tool() == ToolKind.OIT).toList();
    List<LevelPlan> oitPlans = new ArrayList<>();
    List<LevelPlan> indicatorPlans = new ArrayList<>();
    for (LevelTarget t : targets()) {
      oitPlans.add(levelPlan(t, oit, base, baseTotal, Label.of("ข้อ OIT", "OIT items")));
      indicatorPlans.add(levelPlan(t, indicators, base, baseTotal, Label.of("ตัวชี้วัด", "indicators")));
    }
    List<String> notes = new ArrayList<>();
    List<String> givenAbove = card.indicators().stream().filter(f -> f.origin() == Origin.GIVEN)
        .map(f -> f.id() + f.part().map(p -> "/" + p).orElse("")).toList();
    if (!givenAbove.isEmpty() && !card.questions().isEmpty()) {
      notes.add("indicators " + givenAbove + " were published, not computed from their questions: the question "
          + "gains assume the published indicators follow the question scores");
    }
    if (!baseTotal.round2().equals(card.total())) {
      notes.add("the card's total is " + card.total().toPlainString() + "; recomputed from its rounded figures it is "
          + baseTotal.round2().toPlainString() + ", which the plans start from");
    }
    return ImprovementPlan.builder().startTotal(baseTotal.round2())
        .questionGains(questions.stream().map(Unit::gain).toList())
        .indicatorGains(indicators.stream().map(Unit::gain).toList())
        .notPlanned(notPlanned).oitPlans(oitPlans).indicatorPlans(indicatorPlans).notes(notes).build();
  }
}
