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
 * What the caller adds to an analysis report: the threshold indicators are judged against, the agency's
 * measures and limitations, and, optionally, its own theme mapping in place of the rubric's and the
 * uncertainty of the scores (a bootstrap the caller has run: the report does not resample).
 *
 * <pre>{@code
 * ReportOptions opts = ReportOptions.builder()
 *     .threshold(new BigDecimal("95"))          // DIW judges against 95 (SPEC §9)
 *     .addMeasures(Measure.forTheme(1, "…", "…", List.of("…"), "…"))
 *     .addLimitations("ขาดการกำกับและติดตามจากผู้บริหาร")
 *     .uncertainty(Bootstrap.of(rubric).run(input, BootstrapOptions.defaults()))   // optional
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportOptions.class)
@JsonDeserialize(as = ImmutableReportOptions.class)
public abstract class ReportOptions {
  /** The default threshold: the national target score, 85. */
  public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("85.00");

  /**
   * @return the score at which an indicator or question "meets the bar" (ผ่านเกณฑ์); default
   *     {@link #DEFAULT_THRESHOLD} (85.00, as Tha Kub's report); DIW's report uses 95
   */
  @Value.Default
  public BigDecimal threshold() {
    return DEFAULT_THRESHOLD;
  }

  /** @return the agency's measures for the coming year */
  public abstract List<Measure> measures();

  /** @return the agency's limitations in doing the assessment (problems, obstacles, suggestions) */
  public abstract List<String> limitations();

  /**
   * @return a theme mapping to use instead of the rubric's (reports differ on membership, SPEC §9);
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
    if (!Scores.isScore(threshold())) {
      throw new ItaException("Invalid threshold (valid values 0.00 - 100.00): " + threshold().toPlainString());
    }
  }

  /** @return the defaults: threshold 85, no measures, no limitations, the rubric's themes, no uncertainty */
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
    return "ReportOptions[threshold " + threshold().toPlainString() + ", " + measures().size() + " measures, "
        + limitations().size() + " limitations" + themes().map(t -> ", " + t.size() + " own themes").orElse("")
        + uncertainty().map(u -> ", uncertainty").orElse("") + "]";
  }
}
