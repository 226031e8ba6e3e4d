package io.github.itasdk.report;

import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test inputs. */
final class Inputs {
  private Inputs() {}

  static AssessmentInput.Builder fromIndicators(String rubric, String... scores) {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(rubric);
    for (int i = 0; i < scores.length; i++) {
      b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(i + 1), new BigDecimal(scores[i])));
    }
    return b;
  }

  /** A respondent answering every question of a tool at the best level (scores 100) or the worst (scores 0). */
  static Respondent respondent(Rubric r, ToolKind tool, String id, boolean best) {
    Map<String, List<Integer>> answers = new LinkedHashMap<>();
    for (var ind : r.tool(tool).indicators()) {
      for (Question q : ind.questions()) {
        int k = r.findScale(q.scale().orElseThrow()).orElseThrow().size();
        List<Integer> levels = new ArrayList<>();
        q.subItems().forEach(s -> levels.add((s.polarity() == Polarity.POSITIVE) == best ? k : 1));
        answers.put(q.id(), levels);
      }
    }
    return Respondent.builder().id(id).answers(answers).build();
  }

  /**
   * A FY2564 input with raw IIT answers — {@code best} respondents scoring 100, {@code worst} scoring 0, so the
   * IIT score is 100 · best / (best + worst) — and EIT and OIT published as tool figures (held fixed).
   */
  static AssessmentInput.Builder iitAnswers(Rubric r, String agency, int best, int worst, String eit, String oit) {
    List<Respondent> rs = new ArrayList<>();
    for (int i = 0; i < best + worst; i++) {
      rs.add(respondent(r, ToolKind.IIT, "r" + i, i < best));
    }
    return AssessmentInput.builder().rubric(r.id()).agency(io.github.itasdk.core.input.Agency.named(agency))
        .addSurveys(SurveyResponses.of(ToolPart.of(ToolKind.IIT), rs))
        .addPublished(PublishedFigure.of(FigureLevel.TOOL, "EIT", new BigDecimal(eit)),
            PublishedFigure.of(FigureLevel.TOOL, "OIT", new BigDecimal(oit)));
  }
}
