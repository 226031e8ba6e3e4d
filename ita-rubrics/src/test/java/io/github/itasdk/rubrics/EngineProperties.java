package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.itasdk.core.card.Figure;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the engine over generated raw-response inputs for every shipped rubric. */
class EngineProperties {

  /** A generated agency: rubric, raw answers for every survey, OIT verdicts. */
  record Agency(Rubric rubric, AssessmentInput input, long seed) {
    @Override
    public String toString() {
      return rubric.id() + " seed " + seed + " " + input;
    }
  }

  static AssessmentInput generate(Rubric r, long seed, int maxRespondents) {
    Random rnd = new Random(seed);
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(r.id());
    for (ToolPart tp : r.surveys()) {
      Tool t = r.tool(tp.tool());
      int n = 1 + rnd.nextInt(maxRespondents);
      List<Respondent> rs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Map<String, List<Integer>> answers = new LinkedHashMap<>();
        for (var ind : t.indicators()) {
          for (Question q : ind.questions()) {
            int k = r.findScale(q.scale().orElseThrow()).orElseThrow().size();
            // skewed towards good answers, as real agencies' are
            List<Integer> levels = new ArrayList<>();
            q.subItems().forEach(s -> {
              int good = s.polarity() == Polarity.POSITIVE ? k : 1;
              levels.add(rnd.nextInt(3) > 0 ? good : 1 + rnd.nextInt(k));
            });
            answers.put(q.id(), levels);
          }
        }
        rs.add(Inputs.respondent(tp + "-" + i, answers));
      }
      b.addSurveys(SurveyResponses.of(tp, rs));
    }
    for (var g : r.groups()) {
      for (var item : g.items()) {
        int pick = rnd.nextInt(10);
        b.addOit(pick == 0 ? OitAssessment.scored(item.id(), BigDecimal.valueOf(rnd.nextInt(10001), 2))
            : OitAssessment.answered(item.id(), pick > 2));
      }
    }
    return b.build();
  }

  @Provide
  Arbitrary<Agency> agencies() {
    return Combinators.combine(Arbitraries.of(Rubrics.all()), Arbitraries.longs())
        .as((r, seed) -> new Agency(r, generate(r, seed, 6), seed));
  }

  static ScoreCard score(Agency a) {
    return ScoringEngine.of(a.rubric()).score(a.input());
  }

  static List<Figure> figures(ScoreCard c) {
    List<Figure> all = new ArrayList<>(c.tools());
    all.addAll(c.indicators());
    all.addAll(c.groups());
    all.addAll(c.questions());
    return all;
  }

  @Property(tries = 60)
  void everyScoreLiesIn0To100(@ForAll("agencies") Agency a) {
    ScoreCard c = score(a);
    assertThat(figures(c)).allSatisfy(f -> assertThat(f.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    assertThat(c.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(c.rating()).isPresent();
    Statistics.label("rating").collect(c.rating().map(Rating::code).orElse("?"));
  }

  @Property(tries = 60)
  void theTotalIsTheWeightedSumOfTheToolScores(@ForAll("agencies") Agency a) {
    ScoreCard c = score(a);
    BigDecimal sum = BigDecimal.ZERO;
    for (var w : a.rubric().weighting().weights()) {
      BigDecimal tool = w.part().isPresent() ? c.eit(w.part().get()).orElseThrow() : c.tool(w.tool()).orElseThrow();
      sum = sum.add(tool.multiply(w.weight()));
    }
    // tool scores on the card are rounded to 2 decimals: at most 0.005 off each, so at most 0.01 on the total
    assertThat(sum.divide(BigDecimal.valueOf(100)).subtract(c.total()).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
  }

  @Property(tries = 40)
  void permutingRespondentsChangesNothing(@ForAll("agencies") Agency a, @ForAll long shuffleSeed) {
    AssessmentInput.Builder b = AssessmentInput.builder().from(a.input()).surveys(List.of());
    for (SurveyResponses s : a.input().surveys()) {
      List<Respondent> rs = new ArrayList<>(s.respondents());
      Collections.shuffle(rs, new Random(shuffleSeed));
      b.addSurveys(SurveyResponses.of(s.toolPart(), rs));
    }
    List<OitAssessment> oit = new ArrayList<>(a.input().oit());
    Collections.shuffle(oit, new Random(shuffleSeed));
    assertThat(ScoringEngine.of(a.rubric()).score(b.oit(oit).build())).isEqualTo(score(a));
  }

  @Property(tries = 40)
  void duplicatingEveryRespondentChangesNoScore(@ForAll("agencies") Agency a) {
    AssessmentInput.Builder b = AssessmentInput.builder().from(a.input()).surveys(List.of());
    for (SurveyResponses s : a.input().surveys()) {
      List<Respondent> rs = new ArrayList<>(s.respondents());
      s.respondents().forEach(r -> rs.add(Respondent.builder().from(r).id(r.id() + "-twin").build()));
      b.addSurveys(SurveyResponses.of(s.toolPart(), rs));
    }
    ScoreCard twice = ScoringEngine.of(a.rubric()).score(b.build());
    ScoreCard once = score(a);
    assertThat(twice.respondents()).extracting(rc -> rc.count())
        .isEqualTo(once.respondents().stream().map(rc -> rc.count() * 2).toList());
    assertThat(ScoreCard.builder().from(twice).respondents(once.respondents()).build()).isEqualTo(once);
  }

  @Property(tries = 60)
  void improvingOneAnswerNeverLowersAnyAggregate(@ForAll("agencies") Agency a, @ForAll long pickSeed) {
    Random rnd = new Random(pickSeed);
    Rubric r = a.rubric();
    SurveyResponses s = a.input().surveys().get(rnd.nextInt(a.input().surveys().size()));
    int ri = rnd.nextInt(s.respondents().size());
    Respondent resp = s.respondents().get(ri);
    List<String> ids = new ArrayList<>(resp.answers().keySet());
    String qid = ids.get(rnd.nextInt(ids.size()));
    Question q = r.question(qid);
    int sub = rnd.nextInt(q.subItems().size());
    int k = r.findScale(q.scale().orElseThrow()).orElseThrow().size();
    int level = resp.answers().get(qid).get(sub);
    boolean positive = q.subItems().get(sub).polarity() == Polarity.POSITIVE;
    int better = positive ? Math.min(k, level + 1) : Math.max(1, level - 1);
    List<Integer> levels = new ArrayList<>(resp.answers().get(qid));
    levels.set(sub, better);
    Respondent improved = Respondent.builder().from(resp).putAnswers(qid, levels).build();
    List<Respondent> rs = new ArrayList<>(s.respondents());
    rs.set(ri, improved);
    List<SurveyResponses> surveys = new ArrayList<>(a.input().surveys());
    surveys.set(surveys.indexOf(s), SurveyResponses.of(s.toolPart(), rs));
    ScoreCard before = score(a);
    ScoreCard after = ScoringEngine.of(r).score(AssessmentInput.builder().from(a.input()).surveys(surveys).build());
    List<Figure> fb = figures(before);
    List<Figure> fa = figures(after);
    for (int i = 0; i < fb.size(); i++) {
      assertThat(fa.get(i).score()).as(fb.get(i).toString()).isGreaterThanOrEqualTo(fb.get(i).score());
    }
    assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
  }

  @Property(tries = 30)
  void excludingAnOitItemEqualsScoringTheRubricWithoutIt(@ForAll("fy2564Agencies") Agency a, @ForAll long pickSeed)
      throws Exception {
    Rubric r = a.rubric();
    List<Question> items = r.groups().stream().flatMap(g -> g.items().stream()).toList();
    Question gone = items.get(new Random(pickSeed).nextInt(items.size()));
    // a copy of the rubric without the item (FY2564 has no themes that could name it)
    ObjectMapper m = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    ObjectNode tree = (ObjectNode) m.readTree(ItaJson.write(r));
    tree.get("tools").forEach(t -> t.get("indicators").forEach(i -> i.get("groups").forEach(g -> {
      ArrayNode its = (ArrayNode) g.get("items");
      for (int k = its.size() - 1; k >= 0; k--) {
        if (its.get(k).get("id").asText().equals(gone.id())) {
          its.remove(k);
        }
      }
    })));
    boolean emptied = r.groups().stream().anyMatch(g -> g.items().size() == 1 && g.items().get(0).id().equals(gone.id()));
    net.jqwik.api.Assume.that(!emptied);
    Rubric without = ItaJson.readRubric(new StringReader(m.writeValueAsString(tree)), "without " + gone.id());

    List<OitAssessment> excluded = a.input().oit().stream().map(o -> o.item().equals(gone.id())
        ? OitAssessment.excluded(o.item(), "คำสั่งจังหวัด (provincial order)") : o).toList();
    List<OitAssessment> dropped = a.input().oit().stream().filter(o -> !o.item().equals(gone.id())).toList();
    ScoreCard withExclusion = ScoringEngine.of(r).score(AssessmentInput.builder().from(a.input()).oit(excluded).build());
    ScoreCard onSmallerRubric = ScoringEngine.of(without).score(AssessmentInput.builder().from(a.input()).oit(dropped).build());
    assertThat(withExclusion.total()).isEqualTo(onSmallerRubric.total());
    assertThat(withExclusion.groups()).isEqualTo(onSmallerRubric.groups());
    assertThat(withExclusion.excludedItems()).extracting(OitAssessment::item).containsExactly(gone.id());
  }

  @Provide
  Arbitrary<Agency> fy2564Agencies() {
    Rubric r = Rubrics.forFiscalYear(2564);
    return Arbitraries.longs().map(seed -> new Agency(r, generate(r, seed, 3), seed));
  }

  @Property(tries = 40)
  void ratingTwiceEqualsRatingOnce(@ForAll("agencies") Agency a, @ForAll("policies") Tuple.Tuple2<Rubric, Rubric> p) {
    ScoreCard once = score(a).ratedUnder(p.get1().ratingPolicy());
    assertThat(once.ratedUnder(p.get1().ratingPolicy())).isEqualTo(once);
    assertThat(once.ratedUnder(p.get2().ratingPolicy()).ratedUnder(p.get1().ratingPolicy())).isEqualTo(once);
  }

  @Provide
  Arbitrary<Tuple.Tuple2<Rubric, Rubric>> policies() {
    return Combinators.combine(Arbitraries.of(Rubrics.all()), Arbitraries.of(Rubrics.all())).as(Tuple::of);
  }

  @Property(tries = 40)
  void inputsAndScoreCardsSurviveAJsonRoundTrip(@ForAll("agencies") Agency a) {
    String inputJson = ItaJson.write(a.input());
    assertThat(ItaJson.readInput(inputJson)).isEqualTo(a.input());
    ScoreCard c = score(a);
    assertThat(ItaJson.readScoreCard(ItaJson.write(c))).isEqualTo(c);
  }

  @Property(tries = 40)
  void publishedFiguresOfACardReproduceItsTotal(@ForAll("agencies") Agency a) {
    ScoreCard c = score(a);
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(c.rubric());
    c.indicators().forEach(f -> b.addPublished(io.github.itasdk.core.input.PublishedFigure.builder()
        .level(io.github.itasdk.core.card.FigureLevel.INDICATOR).id(f.id()).part(f.part()).score(f.score()).build()));
    ScoreCard fromIndicators = Ita.score(b.build());
    // indicator figures are rounded, so the total may move by at most 0.01 (SPEC §2)
    assertThat(fromIndicators.total().subtract(c.total()).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
  }
}
