package io.github.itasdk.report;

import io.github.itasdk.core.Scores;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.rubric.AnalysisTheme;
import io.github.itasdk.core.uncertainty.Uncertainty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the caller adds to an analysis report: the threshold indicators are judged against, the agency's plan
 * document (measures, limitations, suggestions, sign-off, last year's measures), last year's result for the
 * follow-up, and, optionally, its own theme mapping in place of the rubric's, the uncertainty of the scores (a
 * bootstrap the caller has run: the report does not resample) and sections of its own.
 *
 * <pre>{@code
 * ReportOptions opts = ReportOptions.builder()
 *     .threshold(new BigDecimal("95"))          // DIW judges against 95 (its FY2566 analysis)
 *     .plan(PlanDocument.read(Files.readString(Path.of("plan.json"))))
 *     .previous(PreviousResult.of(lastYearsCard, Rubrics.forFiscalYear(2566)))   // optional
 *     .uncertainty(Bootstrap.of(rubric).run(input, BootstrapOptions.defaults()))   // optional
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportOptions.class)
@JsonDeserialize(as = ImmutableReportOptions.class)
public abstract class ReportOptions {
  /**
   * @return the score at which an indicator or question "meets the bar" (ผ่านเกณฑ์); empty for the rubric's
   *     target score ({@code ratingPolicy().target()}: 85.00 in the shipped years, as Tha Kub's report);
   *     DIW's report uses 95
   */
  public abstract Optional<BigDecimal> threshold();

  /** @return the agency's plan document; empty when it has not written one yet */
  public abstract Optional<PlanDocument> plan();

  /** @return last year's card, rubric and plan, for the follow-up section and the change of the total */
  public abstract Optional<PreviousResult> previous();

  /** @return sections to add to the report (e.g. the findings of an OIT evidence self-check) */
  public abstract List<ExtraSection> extraSections();

  /**
   * @return a theme mapping to use instead of the rubric's (agencies' reports differ on membership);
   *     empty to use the rubric's
   */
  public abstract Optional<List<AnalysisTheme>> themes();

  /**
   * @return the bootstrap of the card's input ({@code Bootstrap.of(rubric).run(input, options)}), which the
   *     report presents as its uncertainty section ({@link AnalysisReport#uncertainty()}); empty for none. Its
   *     figures must be the card's ({@link AnalysisReport#of(io.github.itasdk.core.card.ScoreCard,
   *     io.github.itasdk.core.rubric.Rubric, ReportOptions)} checks).
   */
  public abstract Optional<Uncertainty> uncertainty();

  @Value.Check
  void check() {
    threshold().filter(t -> !Scores.isScore(t)).ifPresent(t -> {
      throw new ItaException("Invalid threshold (valid values 0.00 - 100.00): " + t.toPlainString());
    });
  }

  /** @return the defaults: the rubric's target as threshold, no plan, no previous result, the rubric's themes, no uncertainty */
  public static ReportOptions defaults() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReportOptions}. */
  public static final class Builder extends ImmutableReportOptions.Builder {}

  @Override
  public String toString() {
    return "ReportOptions[threshold " + threshold().map(BigDecimal::toPlainString).orElse("of the rubric") + plan().map(p -> ", " + p).orElse("")
        + previous().map(p -> ", " + p).orElse("") + themes().map(t -> ", " + t.size() + " own themes").orElse("")
        + uncertainty().map(u -> ", uncertainty").orElse("") + "]";
  }
}
