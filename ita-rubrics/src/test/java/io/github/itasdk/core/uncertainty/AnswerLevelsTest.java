package io.github.itasdk.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.engine.InputChecks;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The answer levels the engine's check hands to the bootstrap ({@link InputChecks#scored}) are the answers'
 * own, laid out as documented, and the bootstrap's scores summed from them are the ones it sums from the
 * answers; an input the engine refuses, the bootstrap refuses with the same problems.
 */
class AnswerLevelsTest {

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Arbitraries.of(Rubrics.all());
  }

  @Property(tries = 30)
  void theLevelsKeptAreTheAnswersInRubricOrder(@ForAll("rubrics") Rubric r, @ForAll long seed,
      @ForAll boolean reorder) {
    AssessmentInput made = ExactBandsTest.input(r, seed, 1, 40, 4);
    AssessmentInput in = reorder ? ExactBandsTest.reordered(made) : made;
    InputChecks.Scored scored = InputChecks.scored(r, in);
    assertThat(scored.card()).isEqualTo(ScoringEngine.of(r).score(in));
    assertThat(scored.levels().keySet()).containsExactlyInAnyOrderElementsOf(
        in.surveys().stream().map(SurveyResponses::toolPart).toList());
    for (SurveyResponses s : in.surveys()) {
      List<Byte> expected = new ArrayList<>();
      for (Respondent one : s.respondents()) {
        for (Indicator i : r.tool(s.tool()).indicators()) {
          for (Question q : i.questions()) {
            one.answers().get(q.id()).forEach(level -> expected.add((byte) (int) level));
          }
        }
      }
      byte[] kept = scored.levels().get(s.toolPart());
      List<Byte> actual = new ArrayList<>();
      for (byte b : kept) {
        actual.add(b);
      }
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Property(tries = 30)
  void theScoresSummedFromTheLevelsAreTheScoresSummedFromTheAnswers(@ForAll("rubrics") Rubric r,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int levels, @ForAll boolean reorder) {
    AssessmentInput made = ExactBandsTest.input(r, seed, 1, 80, levels);
    AssessmentInput in = reorder ? ExactBandsTest.reordered(made) : made;
    Bootstrap b = Bootstrap.of(r);
    for (int s = 0; s < in.surveys().size(); s++) {
      long[] fromLevels = b.units(in, s, true);
      assertThat(fromLevels).isNotNull(); // every shipped rubric's scores have the integer form
      assertThat(fromLevels).isEqualTo(b.units(in, s, false));
    }
  }

  @Property(tries = 40)
  void anInputTheEngineRefusesTheBootstrapRefusesWithTheSameProblems(@ForAll("rubrics") Rubric r,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 5) int fault, @ForAll @IntRange(min = 0, max = 9) int at) {
    AssessmentInput in = faulty(ExactBandsTest.input(r, seed, 2, 12, 4), fault, at);
    InvalidInputException engine = catchThrowableOfType(() -> ScoringEngine.of(r).score(in),
        InvalidInputException.class);
    assertThat(engine).isNotNull();
    InvalidInputException bootstrap = catchThrowableOfType(
        () -> Bootstrap.of(r).run(in, BootstrapOptions.builder().resamples(100).build()), InvalidInputException.class);
    assertThat(bootstrap).isNotNull();
    assertThat(bootstrap.problems()).isEqualTo(engine.problems());
    assertThat(bootstrap).hasMessage(engine.getMessage());
  }

  /**
   * A level must fit a byte to be kept: with FY2566's four-level scale widened to 127 levels (the widest kept)
   * the levels are kept; widened to 128, that survey's are not, and the bootstrap sums its scores from the
   * answers. The numbers are the same either way.
   */
  @Property(tries = 6)
  void aScaleTooWideForAByteKeepsNoLevelsAndTheBootstrapReadsTheAnswers(@ForAll long seed,
      @ForAll @IntRange(min = 127, max = 128) int width) throws java.io.IOException {
    Rubric r = widened(width);
    AssessmentInput in = ExactBandsTest.input(r, seed, 2, 30, width);
    InputChecks.Scored scored = InputChecks.scored(r, in);
    Bootstrap b = Bootstrap.of(r);
    for (int s = 0; s < in.surveys().size(); s++) {
      SurveyResponses survey = in.surveys().get(s);
      boolean wide = r.tool(survey.tool()).indicators().stream().flatMap(i -> i.questions().stream())
          .anyMatch(q -> r.scaleOf(q).size() == width);
      assertThat(scored.levels().containsKey(survey.toolPart())).isEqualTo(!wide || width < 128);
      if (scored.levels().containsKey(survey.toolPart())) {
        assertThat(b.units(in, s, true)).isEqualTo(b.units(in, s, false));
      }
    }
    BootstrapOptions opts = BootstrapOptions.builder().resamples(300).seed(seed).build();
    assertThat(b.run(in, opts, true, true)).isEqualTo(b.run(in, opts));
  }

  /** FY2566 with its four-level scale given {@code levels} levels, their points evenly from 0 to 100. */
  static Rubric widened(int levels) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode tree;
    try (var in = Rubrics.class.getResourceAsStream("ITA-2566.json")) {
      tree = json.readTree(in);
    }
    var scale = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("scales").get(0);
    assertThat(scale.get("id").asText()).isEqualTo("LEVEL4");
    var all = json.createArrayNode();
    var first = scale.get("levels").get(0);
    for (int v = 1; v <= levels; v++) {
      var level = ((com.fasterxml.jackson.databind.node.ObjectNode) first.deepCopy()).put("value", v)
          .put("points", 100 * (v - 1) + "/" + (levels - 1));
      all.add(level);
    }
    scale.set("levels", all);
    return io.github.itasdk.core.json.ItaJson.readRubric(new java.io.StringReader(json.writeValueAsString(tree)),
        "widened");
  }

  /** The input with one fault in the first survey's respondent {@code at} (or its last): a kind per number. */
  static AssessmentInput faulty(AssessmentInput in, int fault, int at) {
    SurveyResponses first = in.surveys().get(0);
    List<Respondent> rs = new ArrayList<>(first.respondents());
    int j = Math.min(at, rs.size() - 1);
    Respondent one = rs.get(j);
    Map<String, List<Integer>> answers = new LinkedHashMap<>(one.answers());
    String q = answers.keySet().iterator().next();
    String id = one.id();
    switch (fault) {
      case 0 -> answers.put(q, List.of(0)); // below the scale
      case 1 -> answers.put(q, List.of(99)); // above it
      case 2 -> answers.remove(q); // missing
      case 3 -> answers.put("no-such-question", List.of(1)); // unknown
      case 4 -> answers.put(q, List.of(1, 1, 1, 1, 1, 1, 1)); // too many sub-items
      default -> id = rs.get(j == 0 ? rs.size() - 1 : 0).id(); // a repeated id
    }
    rs.set(j, Respondent.builder().id(id).answers(answers).build());
    List<SurveyResponses> surveys = new ArrayList<>(in.surveys());
    surveys.set(0, SurveyResponses.of(first.toolPart(), rs));
    return AssessmentInput.builder().from(in).surveys(surveys).build();
  }
}
