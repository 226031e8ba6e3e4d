package io.github.itasdk.report;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.AnalysisTheme;
import io.github.itasdk.core.rubric.Rubric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Drafts an agency's plan from its result: one measure per weakness (an indicator below the threshold → its
 * weakest questions or items → the {@link MeasureCatalogue}), with the analysis paragraph of the report, and the
 * owner and period left as marked placeholders. Every drafted measure is flagged {@link Measure#draft()}.
 *
 * <pre>{@code
 * PlanDocument draft = PlanDrafts.draft(card, fy2566, fy2566.ratingPolicy().target());
 * Files.writeString(Path.of("plan.json"), ItaJson.write(draft));   // edit it, then: ./ita report … --plan plan.json
 * }</pre>
 */
public final class PlanDrafts {
  /** The placeholder for the responsible unit in a drafted measure. */
  public static final String OWNER_PLACEHOLDER = "[ระบุหน่วยงานผู้รับผิดชอบ]";
  /** How many of an indicator's weakest questions a drafted measure targets. */
  static final int WEAKEST = 3;

  private PlanDrafts() {}

  /**
   * Drafts against the rubric's target score (85 in every shipped year).
   *
   * @param card the score card
   * @param rubric the rubric it was scored under
   * @return the drafted plan, for the fiscal year after the assessed one
   * @throws io.github.itasdk.core.ItaException when the rubric is not the card's
   */
  public static PlanDocument draft(ScoreCard card, Rubric rubric) {
    return draft(card, rubric, rubric.ratingPolicy().target());
  }

  /**
   * @param card the score card
   * @param rubric the rubric it was scored under
   * @param threshold the score an indicator must reach (DIW's report uses 95)
   * @return the drafted plan, for the fiscal year after the assessed one
   * @throws io.github.itasdk.core.ItaException when the rubric is not the card's or the threshold is not a score
   */
  public static PlanDocument draft(ScoreCard card, Rubric rubric, BigDecimal threshold) {
    AnalysisReport report = AnalysisReport.of(card, rubric, ReportOptions.builder().threshold(threshold).build());
    MeasureCatalogue catalogue = MeasureCatalogue.forRubric(rubric.id());
    int year = rubric.fiscalYear() + 1;
    String period = "[ระบุระยะเวลา เช่น ต.ค. " + (year - 1) % 100 + " – ก.ย. " + year % 100 + "]";
    PlanDocument.Builder plan = PlanDocument.builder().fiscalYear(year);
    card.agency().ifPresent(plan::agency);
    for (Finding f : report.weaknesses()) {
      List<String> weakest = f.questions().stream().limit(WEAKEST).map(QuestionRow::id).toList();
      StandardMeasure sm = catalogue.forWeakness(f.indicator(), weakest);
      TreeSet<Integer> themes = new TreeSet<>();
      for (AnalysisTheme t : rubric.themes()) {
        if (weakest.stream().anyMatch(t.questions()::contains)) {
          themes.add(t.number());
        }
      }
      String analysis = report.analyses().stream().filter(a -> a.indicator() == f.indicator()).findFirst()
          .map(a -> a.text().th()).orElseThrow();
      plan.addMeasures(Measure.builder()
          .title(sm.title().th())
          .kind(sm.kind())
          .targets(Targets.builder().addIndicators(f.indicator()).addAllQuestions(weakest)
              .addAllThemes(new ArrayList<>(themes)).build())
          .analysis(analysis)
          .steps(sm.steps())
          .period(period)
          .addResponsible(OWNER_PLACEHOLDER)
          .draft(true)
          .build());
    }
    return plan.build();
  }
}
