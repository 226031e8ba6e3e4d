package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.report.plan.Gain;
import io.github.itasdk.report.plan.ImprovementPlan;
import io.github.itasdk.report.plan.LevelPlan;
import io.github.itasdk.report.plan.LevelTarget;
import io.github.itasdk.rubrics.Rubrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the improvement planner on generated cards: every shipped rubric year, question-level
 * figures for IIT and EIT (per part where the year splits EIT) and OIT item scores, scored by the engine.
 * The engine is the oracle: fixing what a plan names and re-scoring must give what the plan claims.
 */
class PlannerPropertiesTest {
  static final Ratio HUNDRED = Ratio.of(100);

  /** A generated agency: its rubric and a score per question key ({@code i1}, {@code e3/PUBLIC}, {@code o7}). */
  record Agency(Rubric rubric, Map<String, BigDecimal> scores) {
    AssessmentInput input(Set<String> itemsAt100, Set<Integer> indicatorsAt100) {
      AssessmentInput.Builder b = AssessmentInput.builder().rubric(rubric.id());
      for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
        String[] k = e.getKey().split("/");
        if (k[0].startsWith("o")) {
          BigDecimal s = itemsAt100.contains(k[0]) ? BigDecimal.valueOf(100) : e.getValue();
          b.addOit(OitAssessment.scored(k[0], s));
        } else if (k.length == 2) {
          b.addPublished(PublishedFigure.of(FigureLevel.QUESTION, k[0], Part.valueOf(k[1]), e.getValue()));
        } else {
          b.addPublished(PublishedFigure.of(FigureLevel.QUESTION, k[0], e.getValue()));
        }
      }
      for (int n : indicatorsAt100) {
        Tool t = rubric.tools().stream().filter(x -> x.indicators().stream().anyMatch(i -> i.number() == n))
            .findFirst().orElseThrow();
        if (t.hasParts()) {
          t.parts().forEach(p -> b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(n), p,
              BigDecimal.valueOf(100))));
        } else {
          b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(n), BigDecimal.valueOf(100)));
        }
      }
      return b.build();
    }

    ScoreCard card(Set<String> itemsAt100, Set<Integer> indicatorsAt100) {
      return ScoringEngine.of(rubric).score(input(itemsAt100, indicatorsAt100));
    }

    @Override
    public String toString() {
      return rubric.id() + " " + scores;
    }
  }

  static List<String> keys(Rubric r) {
    List<String> keys = new ArrayList<>();
    for (Tool t : r.tools()) {
      for (Indicator ind : t.indicators()) {
        for (Question q : ind.allQuestions()) {
          if (t.hasParts()) {
            t.parts().forEach(p -> keys.add(q.id() + "/" + p));
          } else {
            keys.add(q.id());
          }
        }
      }
    }
    return keys;
  }

  @Provide
  Arbitrary<Agency> agencies() {
    // agencies of every quality: the lowest usual survey score and how often an OIT item is missed vary
    return Arbitraries.of(Rubrics.all()).flatMap(r -> Arbitraries.of(60, 85, 93, 97).flatMap(lo ->
        Arbitraries.of(0, 1, 3).flatMap(misses -> agency(r, lo, misses))));
  }

  static Arbitrary<Agency> agency(Rubric r, int lo, int misses) {
    List<String> keys = keys(r);
    Arbitrary<BigDecimal> survey = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(30, Arbitraries.bigDecimals().between(BigDecimal.valueOf(lo), new BigDecimal("100")).ofScale(2)),
        net.jqwik.api.Tuple.of(1, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2)));
    Arbitrary<BigDecimal> item = misses == 0 ? Arbitraries.just(new BigDecimal("100"))
        : r.fiscalYear() >= 2568 // partial item scores exist from FY2568 (SPEC §5)
            ? Arbitraries.frequency(net.jqwik.api.Tuple.of(misses, BigDecimal.ZERO),
                net.jqwik.api.Tuple.of(misses, new BigDecimal("50")), net.jqwik.api.Tuple.of(10, new BigDecimal("100")))
            : Arbitraries.frequency(net.jqwik.api.Tuple.of(misses, BigDecimal.ZERO),
                net.jqwik.api.Tuple.of(10, new BigDecimal("100")));
    List<Arbitrary<BigDecimal>> all = keys.stream().map(k -> k.startsWith("o") ? item : survey).toList();
    return Combinators.combine(all).as(values -> {
      Map<String, BigDecimal> m = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        m.put(keys.get(i), values.get(i));
      }
      return new Agency(r, m);
    });
  }

  static Ratio weight(Rubric r, ToolKind tool) {
    Ratio w = Ratio.ZERO;
    for (ToolWeight tw : r.weighting().weights()) {
      if (tw.tool() == tool) {
        w = w.add(Ratio.of(tw.weight()));
      }
    }
    return w;
  }

  static Ratio weightSum(Rubric r) {
    return r.weighting().weights().stream().map(tw -> Ratio.of(tw.weight())).reduce(Ratio.ZERO, Ratio::add);
  }

  /** The exact tool score from the generated figures, computed here independently of the planner. */
  static Ratio toolScore(Agency a, Tool t) {
    if (t.hasParts()) {
      Ratio sum = Ratio.ZERO;
      for (Part p : t.parts()) {
        Ratio w = a.rubric().weighting().weightOf(io.github.itasdk.core.rubric.ToolPart.of(t.tool(), p))
            .map(Ratio::of).orElseThrow();
        sum = sum.add(partScore(a, t, p).multiply(w));
      }
      return sum.divide(weight(a.rubric(), t.tool()));
    }
    return partScore(a, t, null);
  }

  static Ratio partScore(Agency a, Tool t, Part p) {
    Ratio sum = Ratio.ZERO;
    for (Indicator ind : t.indicators()) {
      if (t.tool() == ToolKind.OIT) {
        Ratio gs = Ratio.ZERO;
        Ratio gw = Ratio.ZERO;
        for (Group g : ind.groups()) {
          gs = gs.add(mean(a, g.items(), null).multiply(Ratio.of(g.weight())));
          gw = gw.add(Ratio.of(g.weight()));
        }
        sum = sum.add(gs.divide(gw));
      } else {
        sum = sum.add(mean(a, ind.questions(), p));
      }
    }
    return sum.divide(t.indicators().size());
  }

  static Ratio mean(Agency a, List<Question> qs, Part p) {
    Ratio s = Ratio.ZERO;
    Ratio w = Ratio.ZERO;
    for (Question q : qs) {
      s = s.add(Ratio.of(a.scores().get(q.id() + (p == null ? "" : "/" + p))).multiply(Ratio.of(q.weight())));
      w = w.add(Ratio.of(q.weight()));
    }
    return s.divide(w);
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.MIXIN)
  void everyGainIsAtLeastZeroAndTheGainsOfAToolAddUpToItsHeadroomTimesItsWeight(@ForAll("agencies") Agency a) {
    ScoreCard card = a.card(Set.of(), Set.of());
    ImprovementPlan plan = ImprovementPlan.of(card, a.rubric(), new BigDecimal("85"));
    assertThat(plan.questionGains()).allSatisfy(g -> assertThat(exact(g).signum()).isGreaterThanOrEqualTo(0));
    assertThat(plan.questionGains()).hasSize(a.scores().size());
    assertThat(plan.notPlanned()).isEmpty();
    for (Tool t : a.rubric().tools()) {
      // Σ over the tool's questions (EIT: per part) of (100 − score) × share
      //   = (100 − T) × w_T / Σw, T the tool's exact score from the same figures
      Ratio sum = plan.questionGains().stream().filter(g -> g.tool() == t.tool()).map(PlannerPropertiesTest::exact)
          .reduce(Ratio.ZERO, Ratio::add);
      Ratio tool = toolScore(a, t);
      assertThat(sum).isEqualTo(HUNDRED.subtract(tool).multiply(weight(a.rubric(), t.tool()))
          .divide(weightSum(a.rubric())));
      assertThat(card.tool(t.tool())).hasValue(tool.round2()); // the engine agrees on the tool score
    }
    Ratio indicators = plan.indicatorGains().stream().map(PlannerPropertiesTest::exact).reduce(Ratio.ZERO, Ratio::add);
    assertThat(indicators).isEqualTo(plan.questionGains().stream().map(PlannerPropertiesTest::exact).reduce(Ratio.ZERO, Ratio::add));
    assertThat(plan.startTotal()).isEqualTo(card.total());
  }

  /** A gain's exact value, from its published fraction (Gain keeps its Ratio to the planner). */
  static Ratio exact(Gain g) {
    return Ratio.parse(g.exactGain());
  }

  static boolean reaches(ScoreCard card, LevelTarget t) {
    return card.ratingBasis().total().compareTo(t.minTotal()) >= 0
        && t.toolFloor().map(f -> card.ratingBasis().lowestToolMin().compareTo(f) >= 0).orElse(true);
  }

  @Property(tries = 50, edgeCases = EdgeCasesMode.MIXIN)
  void fixingThePlannedOitItemsReachesTheClaimedLevel_andOneFewerDoesNot(@ForAll("agencies") Agency a) {
    ScoreCard card = a.card(Set.of(), Set.of());
    ImprovementPlan plan = ImprovementPlan.of(card, a.rubric(), new BigDecimal("85"));
    for (LevelPlan lp : plan.oitPlans()) {
      Statistics.label(lp.target().code()).collect(lp.status());
      switch (lp.status()) {
        case ALREADY_MET -> {
          assertThat(lp.fix()).isEmpty();
          assertThat(reaches(card, lp.target())).isTrue();
        }
        case REACHABLE -> {
          ScoreCard fixed = a.card(Set.copyOf(lp.fix()), Set.of());
          assertThat(reaches(fixed, lp.target())).as("%s with %s", lp, fixed).isTrue();
          assertThat(fixed.total()).isEqualTo(lp.resultingTotal());
          assertThat(fixed.rating()).isEqualTo(lp.resultingRating());
          ScoreCard oneFewer = a.card(Set.copyOf(lp.fix().subList(0, lp.fix().size() - 1)), Set.of());
          assertThat(reaches(oneFewer, lp.target())).as("one fewer than %s", lp).isFalse();
        }
        case OUT_OF_REACH -> {
          Set<String> everything = new java.util.HashSet<>();
          a.rubric().tool(ToolKind.OIT).indicators().forEach(i -> i.allQuestions().forEach(q -> everything.add(q.id())));
          assertThat(reaches(a.card(everything, Set.of()), lp.target())).as("%s", lp).isFalse();
          assertThat(lp.blockers()).isNotEmpty();
        }
        case UNDETERMINED -> throw new AssertionError("every part is known here: " + lp);
      }
    }
  }

  @Property(tries = 40, edgeCases = EdgeCasesMode.MIXIN)
  void fixingThePlannedIndicatorsReachesTheClaimedLevel(@ForAll("agencies") Agency a) {
    ScoreCard card = a.card(Set.of(), Set.of());
    ImprovementPlan plan = ImprovementPlan.of(card, a.rubric(), new BigDecimal("85"));
    Map<String, Integer> count = new HashMap<>();
    for (LevelPlan lp : plan.indicatorPlans()) {
      count.merge(lp.status().name(), 1, Integer::sum);
      Set<Integer> fix = new java.util.HashSet<>(lp.fix().stream().map(Integer::valueOf).toList());
      if (lp.status() == LevelPlan.Status.REACHABLE) {
        ScoreCard fixed = a.card(Set.of(), fix);
        assertThat(reaches(fixed, lp.target())).as("%s with %s", lp, fixed).isTrue();
        assertThat(fixed.total()).isEqualTo(lp.resultingTotal());
      }
      assertThat(lp.status()).isNotEqualTo(LevelPlan.Status.UNDETERMINED);
    }
    // every level is reachable by fixing indicators: all ten at 100 give 100
    assertThat(count).doesNotContainKey(LevelPlan.Status.OUT_OF_REACH.name());
  }
}
