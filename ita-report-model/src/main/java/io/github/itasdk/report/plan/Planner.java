package io.github.itasdk.report.plan;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.card.Figure;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.Origin;
import io.github.itasdk.core.card.RatingBasis;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.internal.LinearModel.Node;
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
  /** The card's model, and the value of each of its leaves: the card's (rounded) figures. */
  private final LinearModel model;
  private final java.util.function.Function<Node, Ratio> leaf = this::figureValue;
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
    this.model = cardModel();
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

  private static Node node(FigureLevel level, String id, Part part) {
    return Node.of(LinearModel.Level.valueOf(level.name()), id, part);
  }

  private Optional<Figure> figure(FigureLevel level, String id, Part part) {
    return Optional.ofNullable(figures.get(key(level, id, part)));
  }

  private Ratio figureValue(Node n) {
    Figure f = figures.get(key(FigureLevel.valueOf(n.level().name()), n.id(), n.part()));
    return f == null ? null : Ratio.of(f.score());
  }

  /** A node's exact value from the card's figures (its figure where the card's model cannot compute it). */
  private Ratio value(Node n) {
    return model.isKnown(n) ? model.evaluate(n, leaf) : figureValue(n);
  }

  /** The parts of each split tool the card has any figure for. */
  private java.util.Set<ToolPart> partsWithData() {
    java.util.Set<ToolPart> out = new java.util.HashSet<>();
    for (Figure f : all()) {
      if (f.part().isPresent()) {
        out.add(ToolPart.of(ToolKind.EIT, f.part().get()));
      }
    }
    return out;
  }

  private List<Figure> all() {
    List<Figure> l = new ArrayList<>(card.tools());
    l.addAll(card.indicators());
    l.addAll(card.groups());
    l.addAll(card.questions());
    return l;
  }

  /**
   * The card's own model: its given figures and its computed question and item figures are the leaves, as
   * when the card was scored (a split tool with one part on the card is scored from that part).
   */
  private LinearModel cardModel() {
    return LinearModel.ofCard(rubric, card);
  }


  /**
   * A model whose leaves are the figures a plan fixes at one level (questions and items, or indicators), with
   * nothing given above them: the coefficients assume the figures above follow the fixed ones. A split tool's
   * figure is taken per part where the card has part figures for it, else as the combined figure.
   */
  private LinearModel levelModel(FigureLevel level) {
    java.util.Set<Node> given = new java.util.HashSet<>();
    java.util.Set<ToolPart> withData = partsWithData();
    for (Tool tool : rubric.tools()) {
      for (Indicator ind : tool.indicators()) {
        List<String> ids = level == FigureLevel.INDICATOR ? List.of(Integer.toString(ind.number()))
            : ind.allQuestions().stream().filter(q -> !isExcluded(q)).map(Question::id).toList();
        for (String id : ids) {
          List<Part> parts = tool.parts().stream().filter(p -> withData.contains(ToolPart.of(tool.tool(), p))
              && figure(level, id, p).isPresent()).toList();
          if (parts.isEmpty()) {
            given.add(node(level, id, null));
          } else {
            tool.parts().stream().filter(p -> withData.contains(ToolPart.of(tool.tool(), p)))
                .forEach(p -> given.add(node(level, id, p)));
          }
        }
      }
    }
    return LinearModel.of(rubric, new LinearModel.Pattern(given, excluded, java.util.Set.of(), withData, true));
  }

  private boolean isExcluded(Question item) {
    return excluded.contains(item.id()) && figure(FigureLevel.QUESTION, item.id(), null).isEmpty();
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

  /** Every tool, EIT part and whole split tool. */
  private List<ToolPart> toolParts() {
    List<ToolPart> out = new ArrayList<>();
    for (ToolWeight tw : rubric.weighting().weights()) {
      out.add(tw.toolPart());
    }
    for (Tool t : rubric.tools()) {
      if (t.hasParts()) {
        out.add(ToolPart.of(t.tool()));
      }
    }
    return out;
  }

  /** Values of every weighted tool or part (null when unknown) and of every whole tool. */
  private final class Tools {
    final Map<ToolPart, Ratio> values = new LinkedHashMap<>();

    Tools() {
      for (ToolPart tp : toolParts()) {
        Node n = Node.tool(tp);
        values.put(tp, model.isKnown(n) ? model.evaluate(n, leaf) : figureValue(n));
      }
    }

    Tools(Tools base, Map<ToolPart, Ratio> deltas) {
      for (Map.Entry<ToolPart, Ratio> e : base.values.entrySet()) {
        Ratio d = deltas.get(e.getKey());
        values.put(e.getKey(), e.getValue() == null || d == null ? e.getValue() : e.getValue().add(d));
      }
    }

    /** The total, with the card model's coefficients of the tools. Null when the card has none. */
    Ratio total() {
      if (!model.isKnown(Node.TOTAL)) {
        return null;
      }
      Ratio sum = Ratio.ZERO;
      for (Map.Entry<Node, Ratio> e : model.direct(Node.TOTAL).entrySet()) {
        Ratio v = values.get(ToolPart.of(ToolKind.valueOf(e.getKey().id()), e.getKey().part()));
        if (v == null) {
          return null;
        }
        sum = sum.add(v.multiply(e.getValue()));
      }
      return sum;
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
     * and, while the plan leaves the tool untouched, by what the card's rating tells. A split tool scored
     * from one part (the others have no data) is checked on that part alone.
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
        if (model.onePart().containsKey(tp.tool())) {
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

  /** A unit fixing the given leaves of a level model to 100: its exact gain and its effect on every tool. */
  private Unit unit(LinearModel m, List<Node> leaves, Gain.Builder gain, int order) {
    Ratio exact = Ratio.ZERO;
    Map<ToolPart, Ratio> deltas = new LinkedHashMap<>();
    for (Node n : leaves) {
      Ratio headroom = HUNDRED.subtract(value(n));
      exact = exact.add(headroom.multiply(m.coefficient(n, Node.TOTAL)));
      for (ToolPart tp : toolParts()) {
        Node tn = Node.tool(tp);
        if (m.isKnown(tn)) {
          Ratio c = m.coefficient(n, tn);
          if (c.signum() != 0) {
            deltas.merge(tp, headroom.multiply(c), Ratio::add);
          }
        }
      }
    }
    return new Unit(gain.gain(exact.round2()).exactGain(exact.toString()).build(), exact, deltas, order);
  }

  private List<Unit> questionUnits() {
    LinearModel m = levelModel(FigureLevel.QUESTION);
    List<Unit> units = new ArrayList<>();
    for (Tool tool : rubric.tools()) {
      for (Indicator ind : tool.indicators()) {
        List<Question> qs = new ArrayList<>();
        Map<Question, Optional<String>> groupOf = new LinkedHashMap<>();
        if (tool.tool() == ToolKind.OIT) {
          for (Group g : ind.groups()) {
            g.items().stream().filter(i -> !isExcluded(i)).forEach(i -> {
              qs.add(i);
              groupOf.put(i, Optional.of(g.id()));
            });
          }
        } else {
          qs.addAll(ind.questions());
        }
        for (Question q : qs) {
          List<Part> parts = new ArrayList<>();
          parts.add(null);
          parts.addAll(tool.parts());
          for (Part p : parts) {
            Node n = node(FigureLevel.QUESTION, q.id(), p);
            if (!m.leaves().contains(n)) {
              continue;
            }
            Ratio v = figureValue(n);
            if (v == null) {
              notPlanned.add(q.id() + (p == null ? "" : "/" + p));
              continue;
            }
            Gain.Builder g = Gain.builder().level(FigureLevel.QUESTION).id(q.id()).part(Optional.ofNullable(p))
                .tool(tool.tool()).indicator(ind.number()).group(groupOf.getOrDefault(q, Optional.empty()))
                .score(v.round2());
            units.add(unit(m, List.of(n), g, units.size()));
          }
        }
      }
    }
    return units;
  }

  private List<Unit> indicatorUnits() {
    LinearModel m = levelModel(FigureLevel.INDICATOR);
    List<Unit> units = new ArrayList<>();
    for (Tool tool : rubric.tools()) {
      for (Indicator ind : tool.indicators()) {
        String id = Integer.toString(ind.number());
        List<Node> leaves = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        parts.add(null);
        parts.addAll(tool.parts());
        for (Part p : parts) {
          Node n = node(FigureLevel.INDICATOR, id, p);
          if (m.leaves().contains(n)) {
            leaves.add(n);
          }
        }
        if (leaves.isEmpty() || leaves.stream().anyMatch(n -> value(n) == null)) {
          notPlanned.add("indicator " + id);
          continue;
        }
        Node shownNode = node(FigureLevel.INDICATOR, id, null);
        Ratio shown = value(shownNode) != null ? value(shownNode)
            : leaves.size() == 1 ? value(leaves.get(0)) : null;
        if (shown == null) {
          Ratio sum = Ratio.ZERO;
          Ratio ws = Ratio.ZERO;
          for (Node n : leaves) {
            Ratio w = partWeight(tool.tool(), n.part());
            sum = sum.add(value(n).multiply(w));
            ws = ws.add(w);
          }
          shown = sum.divide(ws);
        }
        Gain.Builder g = Gain.builder().level(FigureLevel.INDICATOR).id(id).tool(tool.tool()).indicator(ind.number())
            .score(shown.round2());
        units.add(unit(m, leaves, g, units.size()));
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
    // gains of figures below a published one assume the published figure follows them (see the plan's notes);
    // where the published figure is lower than they make it, their sum can overshoot: no total exceeds 100
    total = total.min(HUNDRED);
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
    Ratio recomputed = base.total();
    // the plans start from the total recomputed from the card's figures, so that fixing everything gives 100
    Ratio baseTotal = recomputed != null ? recomputed : Ratio.of(card.total());
    List<Unit> questions = ranked(questionUnits());
    List<Unit> indicators = ranked(indicatorUnits());
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
    if (recomputed != null && !recomputed.round2().equals(card.total())) {
      notes.add("the card's total is " + card.total().toPlainString() + "; recomputed from its rounded figures it is "
          + recomputed.round2().toPlainString() + ", which the plans start from");
    }
    return ImprovementPlan.builder().startTotal(baseTotal.round2())
        .questionGains(questions.stream().map(Unit::gain).toList())
        .indicatorGains(indicators.stream().map(Unit::gain).toList())
        .notPlanned(notPlanned).oitPlans(oitPlans).indicatorPlans(indicatorPlans).notes(notes).build();
  }
}
