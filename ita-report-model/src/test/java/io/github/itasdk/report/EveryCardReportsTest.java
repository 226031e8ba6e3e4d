package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.report.render.Html;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The input contract's last step (issue 12): a card the engine accepts always yields its analysis
 * report in every format — also when one EIT part has no data and the input asks to score EIT from
 * the other part ({@code scoreEitFromOnePart}).
 */
class EveryCardReportsTest {
  /** A generated agency, and the EIT part whose figures are left out (empty: none). */
  record Case(PlannerPropertiesTest.Agency agency, Optional<Part> absent) {
    AssessmentInput input() {
      AssessmentInput full = agency.input(Set.of(), Set.of());
      if (absent.isEmpty()) {
        return full;
      }
      return AssessmentInput.builder().from(full).scoreEitFromOnePart(true)
          .published(full.published().stream().filter(f -> !f.part().equals(absent)).toList()).build();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(Rubrics.all()).flatMap(r -> Arbitraries.of(60, 85, 97).flatMap(lo ->
        PlannerPropertiesTest.agency(r, lo, 1).flatMap(a -> (r.fiscalYear() >= 2566
            ? Arbitraries.of(Optional.<Part>empty(), Optional.of(Part.PUBLIC), Optional.of(Part.SURVEY))
            : Arbitraries.just(Optional.<Part>empty())).map(p -> new Case(a, p)))));
  }

  @Property(tries = 60)
  void everyValidCardYieldsAReportInEveryFormat(@ForAll("cases") Case c) {
    Statistics.label("EIT part absent").collect(c.absent().map(Part::name).orElse("none"));
    var rubric = c.agency().rubric();
    ScoreCard card = ScoringEngine.of(rubric).score(c.input());
    AnalysisReport report = AnalysisReport.of(card, rubric);
    assertThat(Markdown.render(report)).contains(card.total().toPlainString());
    assertThat(Html.render(report)).contains(card.total().toPlainString());
    assertThat(ItaJson.write(report)).contains(card.total().toPlainString());
    assertThat(ItaJson.write(ItaJson.readScoreCard(ItaJson.write(card)))).isEqualTo(ItaJson.write(card));
  }
}
