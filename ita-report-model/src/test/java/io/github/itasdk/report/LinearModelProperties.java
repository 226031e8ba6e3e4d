package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.card.Figure;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.internal.LinearModel.Node;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import io.github.itasdk.report.GeneratedInputs.Case;
import io.github.itasdk.report.GeneratedInputs.Shape;
import io.github.itasdk.report.plan.ImprovementPlan;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The linear model against the exact engine, the reference: for generated valid inputs of every shipped
 * year, every figure the model gives — total, tools and EIT parts, indicators, groups, questions — rounds
 * to the card's, and the improvement planner starts from the card's total. The leaf values are worked out
 * here from the input alone (answers through the rubric's scales, OIT verdicts, published figures).
 */
class LinearModelProperties {

  @Provide
  Arbitrary<Case> cases() {
    return GeneratedInputs.cases();
  }

  /** The pattern of an input, read from the input as the SPEC describes it. */
  static LinearModel.Pattern pattern(Rubric r, AssessmentInput in) {
    Set<Node> given = new HashSet<>();
    for (PublishedFigure f : in.published()) {
      if (f.level() != FigureLevel.TOTAL) {
        given.add(node(f.level(), f.id(), f.part().orElse(null)));
      }
    }
    Set<String> excluded = new HashSet<>();
    Set<Node> measured = new HashSet<>();
    in.oit().forEach(a -> {
      if (a.excluded().isPresent()) {
        excluded.add(a.item());
      } else {
        measured.add(Node.question(a.item(), null));
      }
    });
    Set<ToolPart> withData = new HashSet<>();
    for (SurveyResponses s : in.surveys()) {
      withData.add(s.toolPart());
      for (Indicator ind : r.tool(s.tool()).indicators()) {
        ind.questions().forEach(q -> measured.add(Node.question(q.id(), s.toolPart().part())));
      }
    }
    in.published().stream().filter(f -> f.part().isPresent())
        .forEach(f -> withData.add(ToolPart.of(ToolKind.EIT, f.part().get())));
    return new LinearModel.Pattern(given, excluded, measured, withData, in.scoreEitFromOnePart());
  }

  static Node node(FigureLevel level, String id, Part part) {
    return Node.of(LinearModel.Level.valueOf(level.name()), id, part);
  }

  /** A leaf's exact value from the input. */
  static Ratio leaf(Rubric r, AssessmentInput in, Node n) {
    for (PublishedFigure f : in.published()) {
      if (node(f.level(), f.id(), f.part().orElse(null)).equals(n)) {
        return Ratio.of(f.score());
      }
    }
    for (OitAssessment a : in.oit()) {
      if (a.item().equals(n.id())) {
        return a.score().map(Ratio::of).orElseGet(() -> Ratio.of(a.answer().orElseThrow() ? 100 : 0));
      }
    }
    Question q = r.question(n.id());
    AnswerScale scale = r.scaleOf(q);
    SurveyResponses s = in.surveys().stream().filter(x -> x.toolPart().part() == n.part()
        && x.tool() != ToolKind.OIT && r.tool(x.tool()).indicators().stream()
            .anyMatch(i -> i.questions().contains(q))).findFirst().orElseThrow();
    Ratio sum = Ratio.ZERO;
    for (Respondent resp : s.respondents()) {
      List<Integer> levels = resp.answers().get(q.id());
      Ratio own = Ratio.ZERO;
      for (int k = 0; k < levels.size(); k++) {
        own = own.add(Ratio.parse(scale.scoredLevel(levels.get(k), q.subItems().get(k).polarity()).points()));
      }
      sum = sum.add(own.divide(levels.size()));
    }
    return sum.divide(s.respondents().size());
  }

  static Map<Node, BigDecimal> figures(ScoreCard c) {
    Map<Node, BigDecimal> m = new HashMap<>();
    Map<FigureLevel, List<Figure>> all = Map.of(FigureLevel.TOOL, c.tools(), FigureLevel.INDICATOR, c.indicators(),
        FigureLevel.GROUP, c.groups(), FigureLevel.QUESTION, c.questions());
    all.forEach((level, list) -> list.forEach(f -> m.put(node(level, f.id(), f.part().orElse(null)), f.score())));
    return m;
  }

  // edge cases (every draw at its minimum) would crowd the lowest bands; the coverage check needs them all
  @Property(tries = 400, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
  void theModelGivesEveryFigureOfTheCard_andThePlannerStartsFromTheCardsTotal(@ForAll("cases") Case c) {
    ScoreCard card = ScoringEngine.of(c.rubric()).score(c.input());
    LinearModel model = LinearModel.of(c.rubric(), pattern(c.rubric(), c.input()));
    Map<Node, Ratio> leaves = new HashMap<>();
    model.leaves().forEach(n -> leaves.put(n, leaf(c.rubric(), c.input(), n)));

    Ratio total = model.evaluate(Node.TOTAL, leaves::get);
    assertThat(total.round2()).isEqualTo(card.total());
    assertThat(model.terms(Node.TOTAL).values().stream().reduce(Ratio.ZERO, Ratio::add)).isEqualTo(Ratio.ONE);
    Map<Node, BigDecimal> onCard = figures(card);
    for (Map.Entry<Node, BigDecimal> f : onCard.entrySet()) {
      assertThat(model.isKnown(f.getKey())).as("%s known", f.getKey()).isTrue();
      assertThat(model.evaluate(f.getKey(), leaves::get).round2()).as("%s", f.getKey()).isEqualTo(f.getValue());
    }
    // and nothing the card leaves out: a node the model knows is on the card
    model.leaves().forEach(n -> assertThat(onCard).as("leaf %s on the card", n).containsKey(n));

    // the planner works from the card's figures, rounded to 2 decimals: each leaf is then off by at most 0.005 and
    // the coefficients sum to 1, so its total is off by at most 0.01 — and exact when every leaf has 2 decimals
    ImprovementPlan plan = ImprovementPlan.of(card, c.rubric(), c.rubric().ratingPolicy().target());
    boolean exactLeaves = model.terms(Node.TOTAL).keySet().stream()
        .allMatch(n -> leaves.get(n).equals(Ratio.of(leaves.get(n).round2())));
    if (exactLeaves) {
      assertThat(plan.startTotal()).isEqualTo(card.total());
    } else {
      assertThat(plan.startTotal().subtract(card.total()).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }
    Statistics.label("planner start").collect(exactLeaves ? "exact leaves" : "rounded leaves");

    boolean onePart = card.warnings().stream().anyMatch(w -> w.kind() == Warning.Kind.EIT_FROM_ONE_PART);
    Statistics.label("shape").collect(c.shape());
    Statistics.label("one EIT part").collect(onePart);
    Statistics.label("band").collect(c.rubric().fiscalYear() + " " + card.rating().map(Rating::code).orElse("open"));
    Statistics.label("band").coverage(cov -> {
      for (Rubric r : io.github.itasdk.rubrics.Rubrics.all()) {
        r.ratingPolicy().bands().forEach(b -> cov.check(r.fiscalYear() + " " + b.code()).count(n -> n >= 1));
      }
    });
    Statistics.label("one EIT part").coverage(cov -> cov.check(true).count(n -> n >= 1));
  }

  /**
   * The engine keeps each pattern's model with the rubric instance: a card scored with models kept from
   * earlier tries equals the one scored with a new instance of the same rubric, which keeps none yet.
   */
  @Property(tries = 60, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
  void aCardDoesNotDependOnTheModelsTheRubricKeeps(@ForAll("cases") Case c) {
    Rubric cold = io.github.itasdk.core.json.ItaJson.readRubric(
        new java.io.StringReader(io.github.itasdk.core.json.ItaJson.write(c.rubric())), c.rubric().id() + ".json");
    assertThat(ScoringEngine.of(cold).score(c.input())).isEqualTo(ScoringEngine.of(c.rubric()).score(c.input()));
  }
}
