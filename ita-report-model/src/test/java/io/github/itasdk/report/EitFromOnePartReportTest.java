package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.report.plan.ImprovementPlan;
import io.github.itasdk.rubrics.Rubrics;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * An EIT scored from one part (the other has no data and the input asks for it): the EIT part carries both
 * parts' weights in the total, in the card and in the report's planner alike. The planner used to count the
 * part once with its own weight and again as the whole with both weights (1.5 times the EIT), so the
 * report failed with "Invalid total (valid values 0.00 - 100.00): 103.17".
 */
class EitFromOnePartReportTest {
  static ScoreCard card() {
    AssessmentInput in = AssessmentInput.builder().rubric("ITA-2566")
        .addPublished(PublishedFigure.of(FigureLevel.TOOL, "IIT", new BigDecimal("90")),
            PublishedFigure.of(FigureLevel.TOOL, "EIT", Part.PUBLIC, new BigDecimal("80")),
            PublishedFigure.of(FigureLevel.TOOL, "OIT", new BigDecimal("90")))
        .scoreEitFromOnePart(true).build();
    return ScoringEngine.of(Rubrics.forFiscalYear(2566)).score(in);
  }

  @Test
  void theReportOfACardWithOneEitPartPlansFromTheCardsTotal() {
    ScoreCard card = card();
    assertThat(card.total()).isEqualByComparingTo("87.00"); // 0.3 × 90 + 0.3 × 80 + 0.4 × 90
    AnalysisReport report = AnalysisReport.of(card, Rubrics.forFiscalYear(2566));
    assertThat(report.plan().startTotal()).isEqualByComparingTo("87.00");
    assertThat(report.plan().notes()).isEmpty();
  }

  @Test
  void theEitPartsQuestionGainsAddUpToItsHeadroomTimesBothPartsWeights() {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric("ITA-2566")
        .addPublished(PublishedFigure.of(FigureLevel.TOOL, "IIT", new BigDecimal("90")),
            PublishedFigure.of(FigureLevel.TOOL, "OIT", new BigDecimal("90")))
        .scoreEitFromOnePart(true);
    Rubrics.forFiscalYear(2566).tool(ToolKind.EIT).indicators().forEach(ind -> ind.questions().forEach(q ->
        b.addPublished(PublishedFigure.of(FigureLevel.QUESTION, q.id(), Part.PUBLIC, new BigDecimal("80")))));
    ScoreCard card = ScoringEngine.of(Rubrics.forFiscalYear(2566)).score(b.build());
    assertThat(card.total()).isEqualByComparingTo("87.00");
    ImprovementPlan plan = ImprovementPlan.of(card, Rubrics.forFiscalYear(2566), new BigDecimal("85"));
    // part PUBLIC stands for the whole EIT: (100 − 80) × 30 / 100 = 6 over its 15 questions, 0.40 each
    assertThat(plan.questionGains()).filteredOn(g -> g.tool() == ToolKind.EIT)
        .allSatisfy(g -> assertThat(g.part()).hasValue(Part.PUBLIC)).hasSize(15)
        .allSatisfy(g -> assertThat(g.gain()).isEqualByComparingTo("0.40"));
    assertThat(plan.notPlanned()).noneMatch(id -> id.startsWith("e")); // IIT and OIT are given as tool figures
    assertThat(plan.startTotal()).isEqualByComparingTo("87.00");
  }
}
