package io.github.itasdk.report;

import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import io.github.itasdk.rubrics.Rubrics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Valid inputs of every shipped year, drawn by jqwik (so a failure shrinks): raw answers, OIT verdicts with
 * partial scores and exclusions, figures published at higher levels, an EIT scored from one part, and inputs
 * of published indicator figures only. A tilt from −6 to 24 (20 and above: every answer the best) moves every
 * answer towards the worst (negative) or the best (positive) level with probability |tilt| / 20, so every rating band of every year is reached.
 */
final class GeneratedInputs {
  /** Draws spread evenly (jqwik's default favours the ends of a range, which crowds the end bands). */
  static final RandomDistribution UNIFORM = RandomDistribution.uniform();

  private GeneratedInputs() {}

  /** What the input is made of. */
  enum Shape {
    /** Raw answers for every survey, OIT verdicts with exclusions. */
    RAW,
    /** RAW plus figures published above some leaves (a question, group, indicator or tool). */
    GIVEN_ABOVE,
    /** RAW without one EIT part, scored from the other (years that split EIT). */
    ONE_EIT_PART,
    /** Published indicator figures only. */
    FIGURES
  }

  /** A generated input. */
  record Case(Rubric rubric, Shape shape, int tilt, AssessmentInput input) {
    @Override
    public String toString() {
      return rubric.id() + " " + shape + " tilt " + tilt + " " + input + " " + input.published()
          + (input.scoreEitFromOnePart() ? " scoreEitFromOnePart" : "");
    }
  }

  static final int MAX_RESPONDENTS = 3;

  static Arbitrary<Case> cases() {
    return Arbitraries.of(Rubrics.all()).flatMap(r -> Arbitraries.of(Shape.values())
        .filter(s -> s != Shape.ONE_EIT_PART || r.tool(ToolKind.EIT).hasParts())
        .flatMap(s -> cases(r, s)));
  }

  static int subItems(Rubric r, ToolKind tool) {
    return r.tool(tool).indicators().stream().flatMap(i -> i.questions().stream()).mapToInt(q -> q.subItems().size()).sum();
  }

  /** Every figure of the rubric an input can publish (total excluded). */
  static List<PublishedFigure> slots(Rubric r) {
    List<PublishedFigure> out = new ArrayList<>();
    BigDecimal zero = BigDecimal.ZERO;
    for (Tool t : r.tools()) {
      List<Part> parts = new ArrayList<>();
      parts.add(null);
      parts.addAll(t.parts());
      for (Part p : parts) {
        out.add(PublishedFigure.builder().level(FigureLevel.TOOL).id(t.tool().name()).part(java.util.Optional.ofNullable(p))
            .score(zero).build());
        for (Indicator ind : t.indicators()) {
          out.add(PublishedFigure.builder().level(FigureLevel.INDICATOR).id(Integer.toString(ind.number()))
              .part(java.util.Optional.ofNullable(p)).score(zero).build());
          for (Question q : ind.allQuestions()) {
            out.add(PublishedFigure.builder().level(FigureLevel.QUESTION).id(q.id()).part(java.util.Optional.ofNullable(p))
                .score(zero).build());
          }
          if (p == null) {
            ind.groups().forEach(g -> out.add(PublishedFigure.of(FigureLevel.GROUP, g.id(), zero)));
          }
        }
      }
    }
    return out;
  }

  static Arbitrary<Case> cases(Rubric r, Shape shape) {
    // −6 → about 35 points, 0 → about 50, 20 → 100, in steps of about 2.5: every band of every year in a few
    // hundred tries
    Arbitrary<Integer> tilt = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(-6, -1).withDistribution(UNIFORM)),
        Tuple.of(4, Arbitraries.integers().between(0, 24).withDistribution(UNIFORM)));
    List<ToolPart> surveys = r.surveys();
    List<Arbitrary<List<Integer>>> answers = new ArrayList<>();
    for (ToolPart tp : surveys) {
      answers.add(Arbitraries.integers().between(0, 999).withDistribution(UNIFORM).list()
          .ofSize(MAX_RESPONDENTS * subItems(r, tp.tool())));
    }
    Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(1, MAX_RESPONDENTS).list().ofSize(surveys.size());
    int items = r.groups().stream().mapToInt(g -> g.items().size()).sum();
    Arbitrary<List<Integer>> oit = Arbitraries.integers().between(0, 999).withDistribution(UNIFORM).list().ofSize(items);
    List<PublishedFigure> slots = slots(r);
    Arbitrary<List<PublishedFigure>> given = shape == Shape.GIVEN_ABOVE
        ? Combinators.combine(Arbitraries.integers().between(0, slots.size() - 1),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2))
            .as((i, s) -> PublishedFigure.builder().from(slots.get(i)).score(s).build()).list().ofMinSize(1).ofMaxSize(4)
            .uniqueElements(f -> f.level() + f.id() + f.part())
        : Arbitraries.just(List.of());
    Arbitrary<List<BigDecimal>> indicators = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
        .ofScale(2).list().ofSize(2 * r.indicators().size());
    Arbitrary<Integer> droppedPart = Arbitraries.integers().between(0, 1);
    Arbitrary<Boolean> perPart = Arbitraries.of(true, false);
    return Combinators.combine(tilt, Combinators.combine(answers).as(l -> l), sizes, oit, given, indicators,
        droppedPart, perPart).as((t, a, n, o, g, ind, d, pp) -> build(r, shape, t, a, n, o, g, ind, d, pp));
  }

  /** A draw from 0–999 turned into a level: the tilted end with probability |tilt| / 10, else any level. */
  static int level(int draw, int tilt, int k, Polarity polarity) {
    if (draw < Math.min(Math.abs(tilt), 20) * 50) {
      boolean best = tilt > 0;
      return (polarity == Polarity.POSITIVE) == best ? k : 1;
    }
    return 1 + draw % k;
  }

  /** A score near 50 + 2.5 × tilt (at most 100): x (0–100) moves it by up to ±10. */
  static BigDecimal tilted(BigDecimal x, int tilt) {
    BigDecimal v = x.subtract(BigDecimal.valueOf(50)).divide(BigDecimal.valueOf(5))
        .add(BigDecimal.valueOf(50).add(BigDecimal.valueOf(25L * tilt, 1)));
    return v.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  static Case build(Rubric r, Shape shape, int tilt, List<List<Integer>> answers, List<Integer> sizes, List<Integer> oit,
      List<PublishedFigure> given, List<BigDecimal> indicatorScores, int droppedPart, boolean perPart) {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(r.id());
    if (shape == Shape.FIGURES) {
      int i = 0;
      for (Tool t : r.tools()) {
        for (Indicator ind : t.indicators()) {
          if (t.hasParts() && perPart) {
            for (Part p : t.parts()) {
              b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(ind.number()), p,
                  tilted(indicatorScores.get(i++), tilt)));
            }
          } else {
            b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(ind.number()),
                tilted(indicatorScores.get(i++), tilt)));
          }
        }
      }
      return new Case(r, shape, tilt, b.build());
    }
    List<ToolPart> surveys = r.surveys();
    Part dropped = null;
    if (shape == Shape.ONE_EIT_PART) {
      dropped = r.tool(ToolKind.EIT).parts().get(droppedPart);
      b.scoreEitFromOnePart(true);
    }
    for (int s = 0; s < surveys.size(); s++) {
      ToolPart tp = surveys.get(s);
      if (dropped != null && tp.part() == dropped) {
        continue;
      }
      List<Integer> draws = answers.get(s);
      int at = 0;
      List<Respondent> rs = new ArrayList<>();
      for (int n = 0; n < sizes.get(s); n++) {
        Map<String, List<Integer>> a = new LinkedHashMap<>();
        for (Indicator ind : r.tool(tp.tool()).indicators()) {
          for (Question q : ind.questions()) {
            int k = r.scaleOf(q).size();
            List<Integer> levels = new ArrayList<>();
            for (var sub : q.subItems()) {
              levels.add(level(draws.get(at++), tilt, k, sub.polarity()));
            }
            a.put(q.id(), levels);
          }
        }
        rs.add(Respondent.builder().id(tp + "-" + n).answers(a).build());
      }
      b.addSurveys(SurveyResponses.of(tp, rs));
    }
    int i = 0;
    for (Group g : r.groups()) {
      int kept = 0;
      for (int j = 0; j < g.items().size(); j++) {
        Question item = g.items().get(j);
        int draw = oit.get(i++);
        boolean lastChance = kept == 0 && j == g.items().size() - 1;
        if (draw < 40 && !lastChance && r.mayExclude(item.id())) {
          b.addOit(OitAssessment.excluded(item.id(), "คำสั่งจังหวัด (a provincial order)"));
        } else if (draw >= 40 && draw < 90 && tilt < 20) {
          b.addOit(OitAssessment.scored(item.id(), BigDecimal.valueOf(2 * (draw - 40))));
          kept++;
        } else {
          b.addOit(OitAssessment.answered(item.id(), level(draw, tilt, 2, Polarity.POSITIVE) == 2));
          kept++;
        }
      }
    }
    for (PublishedFigure f : given) {
      if (dropped == null || f.part().orElse(null) != dropped) {
        b.addPublished(f);
      }
    }
    return new Case(r, shape, tilt, b.build());
  }
}
