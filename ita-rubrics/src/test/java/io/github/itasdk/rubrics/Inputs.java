package io.github.itasdk.rubrics;

import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.SubItem;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of test inputs from a rubric. */
final class Inputs {
  private Inputs() {}

  /** The level that scores best for a sub-item. */
  static int best(Rubric r, Question q, SubItem s) {
    AnswerScale scale = r.findScale(q.scale().orElseThrow()).orElseThrow();
    return s.polarity() == Polarity.POSITIVE ? scale.size() : 1;
  }

  /** Answers scoring 100 on every question of a tool. */
  static Map<String, List<Integer>> bestAnswers(Rubric r, ToolKind tool) {
    Map<String, List<Integer>> m = new LinkedHashMap<>();
    for (var ind : r.tool(tool).indicators()) {
      for (Question q : ind.questions()) {
        List<Integer> levels = new ArrayList<>();
        q.subItems().forEach(s -> levels.add(best(r, q, s)));
        m.put(q.id(), levels);
      }
    }
    return m;
  }

  static Respondent respondent(String id, Map<String, List<Integer>> answers) {
    return Respondent.builder().id(id).answers(answers).build();
  }

  /** Every survey (tool or part) with n respondents answering best, and every OIT item yes. */
  static AssessmentInput.Builder perfect(Rubric r, int n) {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(r.id());
    for (ToolPart tp : r.surveys()) {
      Tool t = r.tool(tp.tool());
      List<Respondent> rs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rs.add(respondent("r" + i, bestAnswers(r, t.tool())));
      }
      b.addSurveys(SurveyResponses.of(tp, rs));
    }
    for (var g : r.groups()) {
      g.items().forEach(item -> b.addOit(OitAssessment.answered(item.id(), true)));
    }
    return b;
  }

  static PublishedFigure indicator(int n, String score) {
    return PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(n), new BigDecimal(score));
  }

  /** Published indicator figures 1..10. */
  static AssessmentInput.Builder fromIndicators(String rubric, String... scores) {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(rubric);
    for (int i = 0; i < scores.length; i++) {
      b.addPublished(indicator(i + 1, scores[i]));
    }
    return b;
  }
}
