package io.github.itasdk.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolPart;
import io.github.itasdk.rubrics.Rubrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every resample's band is the exact one: the fast paths (integers where they fit, doubles with a rounding
 * guard otherwise) are checked resample by resample against the same resample replayed in exact fractions
 * (the run fails on any difference), and the published numbers do not depend on the path. Lives in the
 * bootstrap's package to reach the test hook; in this module for the shipped rubrics.
 */
class ExactBandsTest {

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Arbitraries.of(Rubrics.all());
  }

  /** Answers drawn from few levels (many ties, many totals on a half-hundredth) or from all. */
  static AssessmentInput input(Rubric r, long seed, int fewest, int most, int levels) {
    SplittableRandom random = new SplittableRandom(seed);
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(r.id());
    for (ToolPart tp : r.surveys()) {
      List<Respondent> rs = new ArrayList<>();
      int n = fewest + random.nextInt(most - fewest + 1);
      for (int i = 0; i < n; i++) {
        Map<String, List<Integer>> answers = new LinkedHashMap<>();
        for (var ind : r.tool(tp.tool()).indicators()) {
          for (Question q : ind.questions()) {
            int k = r.scaleOf(q).size();
            List<Integer> l = new ArrayList<>();
            q.subItems().forEach(s -> l.add(k - random.nextInt(Math.min(k, levels))));
            answers.put(q.id(), l);
          }
        }
        rs.add(Respondent.builder().id(tp + "-" + i).answers(answers).build());
      }
      b.addSurveys(SurveyResponses.of(tp, rs));
    }
    r.groups().forEach(g -> g.items().forEach(item -> b.addOit(OitAssessment.answered(item.id(), random.nextBoolean()))));
    return b.build();
  }

  @Property(tries = 20)
  void theFastPathsDecideEveryResampleAsExactFractionsDo(@ForAll("rubrics") Rubric r, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int levels) {
    check(r, input(r, seed, 1, 24, levels), seed);
  }

  // FY2564's IIT scores need 22 bits for a sum over 100 respondents or more: two to a long, three longs for
  // its five indicators (the kernel for any number of words)
  @Property(tries = 3)
  void largeSurveysTooWhoseSumsTakeMoreLongs(@ForAll long seed) {
    Rubric r = Rubrics.forFiscalYear(2564);
    check(r, input(r, seed, 150, 160, 3), seed);
  }

  @Property(tries = 8)
  void aRespondentsAnswersMayComeInAnyOrder(@ForAll("rubrics") Rubric r, @ForAll long seed) {
    // the same answers, every other respondent's in reverse question order (found by id, not in the map's
    // order) and every third one's question ids as fresh strings: the same numbers
    AssessmentInput in = input(r, seed, 2, 60, 3);
    AssessmentInput reordered = reordered(in);
    // the engine's check reads answers in the map's order while it is the rubric's, then by id: the same card
    assertThat(io.github.itasdk.core.engine.ScoringEngine.of(r).score(reordered))
        .isEqualTo(io.github.itasdk.core.engine.ScoringEngine.of(r).score(in));
    BootstrapOptions opts = BootstrapOptions.builder().resamples(300).seed(seed).build();
    assertThat(Bootstrap.of(r).run(reordered, opts)).isEqualTo(Bootstrap.of(r).run(in, opts));
  }

  /**
   * The same answers, every other respondent's in reverse question order (found by id, not in the map's
   * order) and every third one's question ids as fresh strings.
   */
  static AssessmentInput reordered(AssessmentInput in) {
    List<SurveyResponses> surveys = new ArrayList<>();
    for (SurveyResponses s : in.surveys()) {
      List<Respondent> rs = new ArrayList<>();
      for (int i = 0; i < s.respondents().size(); i++) {
        Respondent one = s.respondents().get(i);
        List<Map.Entry<String, List<Integer>>> answers = new ArrayList<>(one.answers().entrySet());
        if (i % 2 == 1) {
          java.util.Collections.reverse(answers);
        }
        Map<String, List<Integer>> again = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : answers) {
          again.put(i % 3 == 0 ? new String(e.getKey().toCharArray()) : e.getKey(), e.getValue());
        }
        rs.add(Respondent.builder().id(one.id()).answers(again).build());
      }
      surveys.add(SurveyResponses.of(s.toolPart(), rs));
    }
    return AssessmentInput.builder().from(in).surveys(surveys).build();
  }

  static void check(Rubric r, AssessmentInput in, long seed) {
    BootstrapOptions opts = BootstrapOptions.builder().resamples(200).seed(seed).build();
    Bootstrap b = Bootstrap.of(r);
    Uncertainty integers = b.run(in, opts, true, true);
    Uncertainty doubles = b.run(in, opts, true, false);
    assertThat(integers.ratings()).isEqualTo(doubles.ratings());
    assertThat(integers.probabilityMeetsTarget()).isEqualTo(doubles.probabilityMeetsTarget());
    assertThat(b.run(in, opts)).isEqualTo(integers);
    // on one thread the integer form summarises each block as it is made; spread over threads, after: the same
    // (700 resamples: three blocks)
    BootstrapOptions oneThread = BootstrapOptions.builder().from(opts).resamples(700).parallel(false).build();
    BootstrapOptions threads = BootstrapOptions.builder().from(oneThread).parallel(true).build();
    assertThat(((ImmutableUncertainty) b.run(in, oneThread)).withOptions(threads)).isEqualTo(b.run(in, threads));
    // the same draws summarised two ways (exact hundredths from integers; doubles' rounding): the same
    // intervals, but for a value on a half-hundredth that a double may print below it (one hundredth apart)
    List<Interval> exact = intervals(integers);
    List<Interval> approx = intervals(doubles);
    assertThat(exact).extracting(i -> i.id() + i.part()).isEqualTo(approx.stream().map(i -> i.id() + i.part()).toList());
    for (int i = 0; i < exact.size(); i++) {
      Interval e = exact.get(i);
      Interval a = approx.get(i);
      assertThat(e.low()).isCloseTo(a.low(), org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.01")));
      assertThat(e.median()).isCloseTo(a.median(), org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.01")));
      assertThat(e.high()).isCloseTo(a.high(), org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.01")));
      assertThat(e.standardError()).isCloseTo(a.standardError(), org.assertj.core.api.Assertions.within(new java.math.BigDecimal("0.0001")));
    }
  }

  static List<Interval> intervals(Uncertainty u) {
    List<Interval> all = new ArrayList<>();
    u.total().ifPresent(all::add);
    all.addAll(u.tools());
    all.addAll(u.indicators());
    return all;
  }
}
