package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The engine checks survey answers and counts them in one walk; these tests hold it to the error contract:
 * every problem of every respondent, each with its path and exact message, in one list and in input order
 * (a respondent's duplicate id, then the questions it leaves out, then its answers' problems in the order the
 * answers were given), and never a score for an input with a problem.
 */
class SurveyProblemsTest {
  private static final Rubric FY2564 = Rubrics.forFiscalYear(2564);
  private static final ScoringEngine ENGINE = ScoringEngine.of(FY2564);

  @Example
  void problemsOfDifferentKindsAcrossRespondentsAndSurveysComeInOneListInInputOrder() {
    Map<String, List<Integer>> r1 = best(ToolKind.IIT);
    r1.put("i1", Arrays.asList(4, 7));
    r1.put("i2", List.of(0));
    r1.put("i99", List.of(4));
    r1.put("e1", List.of(4, 4));
    Map<String, List<Integer>> r2 = best(ToolKind.IIT);
    r2.remove("i3");
    r2.remove("i17");
    r2.put("i4", Arrays.asList(2, null, 3));
    r2.put("i30", List.of(4, 4));
    Map<String, List<Integer>> r4 = reversed(best(ToolKind.IIT)); // the answers' order, not the rubric's, counts
    r4.put("i2", List.of(5));
    r4.put("i26", List.of(1));
    Map<String, List<Integer>> e0 = best(ToolKind.EIT);
    e0.put("e8", List.of());
    e0.put("i1", List.of(4, 4));
    Map<String, List<Integer>> e1 = best(ToolKind.EIT);
    e1.remove("e15");
    e1.put("x1", List.of(1)); // as many answers as questions, one of them unknown
    AssessmentInput in = AssessmentInput.builder().rubric(FY2564.id())
        .addSurveys(SurveyResponses.of(ToolPart.of(ToolKind.IIT), List.of(
            respondent("r0", best(ToolKind.IIT)), respondent("r1", r1), respondent("r1", r2),
            respondent("r3", best(ToolKind.IIT)), respondent("r4", r4))))
        .addSurveys(SurveyResponses.of(ToolPart.of(ToolKind.EIT), List.of(respondent("p0", e0), respondent("p1", e1))))
        .addOit(OitAssessment.answered("o99", true))
        .addPublished(PublishedFigure.of(FigureLevel.TOOL, "OIT", new BigDecimal("100.01")))
        .build();

    List<String> expected = List.of(
        "$.surveys[0].respondents[1].answers.i1[1]: answer for i1 sub-item 2 out of range (valid levels 1 - 4): 7",
        "$.surveys[0].respondents[1].answers.i2: answer for i2 out of range (valid levels 1 - 4): 0",
        "$.surveys[0].respondents[1].answers.i99: unknown question id [i99] in ITA-2564",
        "$.surveys[0].respondents[1].answers.e1: question [e1] belongs to EIT, not IIT",
        "$.surveys[0].respondents[2].id: duplicate respondent id [r1]",
        "$.surveys[0].respondents[2].answers: missing answers for [i3, i17]",
        "$.surveys[0].respondents[2].answers.i4[1]: answer for i4 sub-item 2 out of range (valid levels 1 - 2): null",
        "$.surveys[0].respondents[2].answers.i4[2]: answer for i4 sub-item 3 out of range (valid levels 1 - 2): 3",
        "$.surveys[0].respondents[2].answers.i30: question i30 has 4 sub-items, got 2 answers",
        "$.surveys[0].respondents[4].answers.i26: question i26 has 2 sub-items, got 1 answer",
        "$.surveys[0].respondents[4].answers.i2: answer for i2 out of range (valid levels 1 - 4): 5",
        "$.surveys[1].respondents[0].answers.e8: question e8 has 1 sub-item, got 0 answers",
        "$.surveys[1].respondents[0].answers.i1: question [i1] belongs to IIT, not EIT",
        "$.surveys[1].respondents[1].answers: missing answers for [e15]",
        "$.surveys[1].respondents[1].answers.x1: unknown question id [x1] in ITA-2564",
        "$.oit[0].item: unknown OIT item [o99] in ITA-2564",
        "$.published[0].score: published tool OIT out of range (valid 0 - 100): 100.01");
    assertThat(problems(in)).containsExactlyElementsOf(expected);
    assertThat(ENGINE.check(in).stream().map(Problem::toString).toList()).containsExactlyElementsOf(expected);
  }

  @Example
  void aProblemAfterManyGoodRespondentsIsFoundAndTheGoodOnesAloneScore() {
    List<Respondent> good = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      good.add(respondent("r" + i, best(ToolKind.IIT)));
    }
    Map<String, List<Integer>> last = best(ToolKind.IIT);
    last.put("i30", List.of(4, 4, 4, 0));
    List<Respondent> withBad = new ArrayList<>(good);
    withBad.add(respondent("bad", last));
    assertThat(problems(iitOnly(withBad))).containsExactly(
        "$.surveys[0].respondents[50].answers.i30[3]: answer for i30 sub-item 4 out of range (valid levels 1 - 4): 0");
    ScoreCard card = ENGINE.score(iitOnly(good));
    assertThat(card.tool(ToolKind.IIT)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100.00"));
    assertThat(card.respondents()).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(50));
  }

  @Example
  void everyRepeatedRespondentIdIsFoundAmongThousands() {
    List<Respondent> rs = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int earlier = i * 31 % Math.max(1, i - 1);
      earlier -= earlier % 7 == 6 ? 1 : 0; // an id given before (the seventh ones are repeats)
      String id = i % 7 == 6 ? "r" + earlier : "r" + i; // every seventh repeats an earlier id
      if (i % 7 == 6) {
        expected.add("$.surveys[0].respondents[" + i + "].id: duplicate respondent id [" + id + "]");
      }
      rs.add(respondent(id, best(ToolKind.IIT)));
    }
    assertThat(problems(iitOnly(rs))).hasSize(expected.size()).containsExactlyElementsOf(expected);
  }

  /** One fault made to one question of a respondent's answers. */
  enum Fault { DROP, WRONG_COUNT, LEVEL_ZERO, LEVEL_ABOVE, LEVEL_NULL, UNKNOWN_ID, OTHER_TOOL }

  /** A respondent's faults: which fault at which IIT question (by index), and whether the id repeats. */
  record Faulty(List<Fault> faults, List<Integer> at, boolean sameIdAsBefore) {}

  @Provide
  Arbitrary<Faulty> faulty() {
    Arbitrary<List<Fault>> faults = Arbitraries.of(Fault.class).list().ofMaxSize(4);
    return faults.flatMap(f -> Arbitraries.integers().between(0, 29).list().ofSize(f.size()).uniqueElements()
        .flatMap(at -> Arbitraries.of(true, false).map(same -> new Faulty(f, at, same))));
  }

  /**
   * Faults put into otherwise perfect respondents are each reported, at their path, in the order the contract
   * states, whatever the mix; an input without faults scores. The expected list is worked out here from the
   * faults alone, without the engine.
   */
  @Property(tries = 300)
  void everyFaultIsReportedAtItsPathInInputOrder(@ForAll @Size(max = 6) List<@From("faulty") Faulty> respondents,
      @ForAll @IntRange(max = 3) int goodBetween) {
    List<Question> questions = FY2564.tool(ToolKind.IIT).indicators().stream().flatMap(i -> i.questions().stream())
        .toList();
    List<Respondent> rs = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Faulty f : respondents) {
      for (int g = 0; g < goodBetween; g++) {
        rs.add(respondent("g" + rs.size(), best(ToolKind.IIT)));
        ids.add("g" + (rs.size() - 1));
      }
      int index = rs.size();
      String id = f.sameIdAsBefore() && !ids.isEmpty() ? ids.iterator().next() : "r" + index;
      String at = "$.surveys[0].respondents[" + index + "]";
      if (!ids.add(id)) {
        expected.add(at + ".id: duplicate respondent id [" + id + "]");
      }
      Map<String, List<Integer>> answers = best(ToolKind.IIT);
      List<String> missing = new ArrayList<>();
      Map<String, String> byQuestion = new LinkedHashMap<>(); // the answers' problems, keyed by question id
      List<String> extra = new ArrayList<>(); // the problems of keys added after the rubric's questions
      for (int k = 0; k < f.faults().size(); k++) {
        Question q = questions.get(f.at().get(k));
        String qat = at + ".answers." + q.id();
        int subs = q.subItems().size();
        int levels = FY2564.scaleOf(q).size();
        String where = subs == 1 ? qat : qat + "[0]";
        String what = "answer for " + q.id() + (subs == 1 ? "" : " sub-item 1") + " out of range (valid levels 1 - "
            + levels + "): ";
        switch (f.faults().get(k)) {
          case DROP -> {
            answers.remove(q.id());
            missing.add(q.id());
          }
          case WRONG_COUNT -> {
            answers.put(q.id(), Collections.nCopies(subs + 1, 1));
            byQuestion.put(q.id(), qat + ": question " + q.id() + " has " + subs + (subs == 1 ? " sub-item" : " sub-items")
                + ", got " + (subs + 1) + " answers");
          }
          case LEVEL_ZERO, LEVEL_ABOVE, LEVEL_NULL -> {
            Integer bad = f.faults().get(k) == Fault.LEVEL_ZERO ? Integer.valueOf(0)
                : f.faults().get(k) == Fault.LEVEL_ABOVE ? Integer.valueOf(levels + 1) : null;
            List<Integer> chosen = new ArrayList<>(answers.get(q.id()));
            chosen.set(0, bad);
            answers.put(q.id(), chosen);
            byQuestion.put(q.id(), where + ": " + what + bad);
          }
          case UNKNOWN_ID -> {
            answers.put("z" + k, List.of(1));
            extra.add(at + ".answers.z" + k + ": unknown question id [z" + k + "] in ITA-2564");
          }
          case OTHER_TOOL -> {
            answers.put("e" + (k + 1), List.of(1));
            extra.add(at + ".answers.e" + (k + 1) + ": question [e" + (k + 1) + "] belongs to EIT, not IIT");
          }
        }
      }
      if (!missing.isEmpty()) {
        List<String> inRubricOrder = questions.stream().map(Question::id).filter(missing::contains).toList();
        expected.add(at + ".answers: missing answers for " + inRubricOrder);
      }
      for (String q : answers.keySet()) { // the rubric's questions first (a map keeps its first order), then extras
        if (byQuestion.containsKey(q)) {
          expected.add(byQuestion.get(q));
        }
      }
      expected.addAll(extra);
      rs.add(respondent(id, answers));
    }
    AssessmentInput in = iitOnly(rs);
    if (expected.isEmpty() && !rs.isEmpty()) {
      assertThat(ENGINE.check(in)).isEmpty();
      assertThat(ENGINE.score(in).tool(ToolKind.IIT)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100.00"));
    } else if (rs.isEmpty()) {
      assertThat(problems(in)).containsExactly("$.surveys[0].respondents: no respondents for [IIT]: leave the survey "
          + "out or give its published figures");
    } else {
      assertThat(problems(in)).containsExactlyElementsOf(expected);
    }
  }

  private static AssessmentInput iitOnly(List<Respondent> rs) {
    return AssessmentInput.builder().rubric(FY2564.id())
        .addSurveys(SurveyResponses.of(ToolPart.of(ToolKind.IIT), rs))
        .addPublished(PublishedFigure.of(FigureLevel.TOOL, "EIT", new BigDecimal("90")))
        .addPublished(PublishedFigure.of(FigureLevel.TOOL, "OIT", new BigDecimal("90")))
        .build();
  }

  private static Map<String, List<Integer>> best(ToolKind tool) {
    return Inputs.bestAnswers(FY2564, tool);
  }

  private static Map<String, List<Integer>> reversed(Map<String, List<Integer>> m) {
    List<String> keys = new ArrayList<>(m.keySet());
    Collections.reverse(keys);
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (String k : keys) {
      out.put(k, m.get(k));
    }
    return out;
  }

  private static Respondent respondent(String id, Map<String, List<Integer>> answers) {
    return Respondent.builder().id(id).answers(answers).build();
  }

  private static List<String> problems(AssessmentInput in) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ENGINE.score(in));
    assertThat(e).as("a score for an input with problems").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }
}
