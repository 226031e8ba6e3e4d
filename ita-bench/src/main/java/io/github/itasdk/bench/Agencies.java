package io.github.itasdk.bench;

import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Made-up single-agency inputs with raw answers, for the bootstrap benchmarks. Deterministic per seed. */
public final class Agencies {
  private Agencies() {}

  /**
   * @param rubric the year
   * @param iit IIT respondents
   * @param eit EIT respondents (split evenly over the parts where the year splits EIT)
   * @param seed the seed
   * @return the input
   */
  public static AssessmentInput input(Rubric rubric, int iit, int eit, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double integrity = 0.55 + 0.4 * rnd.nextDouble();
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(rubric.id());
    for (ToolPart tp : rubric.surveys()) {
      int n = tp.tool() == ToolKind.IIT ? iit : tp.part() == null ? eit : eit / rubric.tool(ToolKind.EIT).parts().size();
      List<Respondent> rs = new ArrayList<>(n);
      for (int r = 0; r < n; r++) {
        Map<String, List<Integer>> answers = new LinkedHashMap<>();
        for (var ind : rubric.tool(tp.tool()).indicators()) {
          for (Question q : ind.questions()) {
            int k = rubric.findScale(q.scale().orElseThrow()).orElseThrow().size();
            List<Integer> levels = new ArrayList<>(q.subItems().size());
            q.subItems().forEach(s -> {
              int good = rnd.nextDouble() < integrity ? k : 1 + rnd.nextInt(k);
              levels.add(s.polarity() == Polarity.POSITIVE ? good : k + 1 - good);
            });
            answers.put(q.id(), levels);
          }
        }
        rs.add(Respondent.builder().id("r" + r).answers(answers).build());
      }
      b.addSurveys(SurveyResponses.of(tp, rs));
    }
    rubric.groups().forEach(g -> g.items().forEach(item -> b.addOit(OitAssessment.answered(item.id(), rnd.nextDouble() < 0.9))));
    return b.build();
  }
}
