package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.plan.ImprovementPlan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The analysis of one ITA result that an agency must publish with its measures for the next year
 * (SPEC §9), built from a score card and the rubric it was scored under.
 *
 * <ul>
 *   <li>{@link #header()}: agency, year, rubric, total, rating, publishable or why not, provisional data;</li>
 *   <li>{@link #tools()} and {@link #indicators()}: the tool table (EIT parts side by side where the year
 *       splits them) and the indicator table with ผ่านเกณฑ์ / ไม่ผ่านเกณฑ์ against the threshold;</li>
 *   <li>{@link #details()}: per indicator its questions or OIT items with scores (EIT: PUBLIC, SURVEY and
 *       their mean);</li>
 *   <li>{@link #weaknesses()}: indicators below the threshold, lowest first, each with its questions below
 *       it, lowest first (urgent); {@link #strengths()}: indicators at or above it that still have questions
 *       below it (keep up and improve);</li>
 *   <li>{@link #themes()}: the analysis themes where the rubric (or the caller) defines them;</li>
 *   <li>{@link #plan()}: the improvement planner;</li>
 *   <li>{@link #uncertainty()}: how sure the scores are — intervals and rating probabilities from a bootstrap
 *       the caller ran and passed in {@link ReportOptions#uncertainty()} (optional);</li>
 *   <li>{@link #measures()} and {@link #limitations()}: supplied by the agency.</li>
 * </ul>
 *
 * <p>A question is below the threshold when any of its figures (combined or one EIT part) is.
 *
 * <pre>{@code
 * ScoreCard card = Ita.score(Files.readString(Path.of("examples/thakub-sao-2566.json")));
 * AnalysisReport report = AnalysisReport.of(card, Rubrics.forFiscalYear(2566));
 * report.weaknesses();                 // [indicator 8=83.18 []]
 * String md = Markdown.render(report);
 * String json = ItaJson.write(report);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnalysisReport.class)
@JsonDeserialize(as = ImmutableAnalysisReport.class)
public abstract class AnalysisReport {
  /** @return the report's format version, {@value #FORMAT} (bumped on incompatible JSON changes) */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /** The current JSON format version of analysis reports. */
  public static final String FORMAT = "ita-analysis-report/1";

  /** @return agency, year, total, rating, publication, provisional data */
  public abstract ReportHeader header();

  /** @return IIT, EIT, OIT with weights and scores */
  public abstract List<ToolRow> tools();

  /** @return indicators 1–10 with scores and verdicts */
  public abstract List<IndicatorRow> indicators();

  /** @return per indicator, its questions or items */
  public abstract List<IndicatorDetail> details();

  /** @return indicators below the threshold, lowest first */
  public abstract List<Finding> weaknesses();

  /** @return indicators at or above the threshold with questions below it, lowest first */
  public abstract List<Finding> strengths();

  /** @return the analysis themes with their questions' scores; empty where the year defines none */
  public abstract List<ThemeSection> themes();

  /** @return gains per question and indicator, and the smallest sets that reach each level */
  public abstract ImprovementPlan plan();

  /**
   * @return the uncertainty section, when the options carried a bootstrap result; it says plainly when there
   *     is no interval (published figures only) and why
   */
  public abstract Optional<UncertaintySection> uncertainty();

  /** @return the agency's measures for the next year */
  public abstract List<Measure> measures();

  /** @return the agency's limitations in doing the assessment */
  public abstract List<String> limitations();

  /**
   * Builds the report with the default options (threshold 85, no measures or limitations).
   *
   * @param card the score card
   * @param rubric the rubric it was scored under
   * @return the report
   * @throws ItaException when the rubric is not the card's
   */
  public static AnalysisReport of(ScoreCard card, Rubric rubric) {
    return of(card, rubric, ReportOptions.defaults());
  }

  /**
   * Builds the report.
   *
   * @param card the score card
   * @param rubric the rubric it was scored under (its id must be the card's)
   * @param options threshold, measures, limitations, optional theme mapping, optional uncertainty
   * @return the report
   * @throws ItaException when the rubric is not the card's
   * @throws io.github.itasdk.core.InvalidInputException listing every measure that names a theme or
   *     indicator that does not exist, or every figure of the uncertainty that is not the card's (its
   *     estimates must be the card's total, tool and indicator figures)
   */
  public static AnalysisReport of(ScoreCard card, Rubric rubric, ReportOptions options) {
    return new ReportBuilder(card, rubric, options).build();
  }

  /** @return a new builder (for deserialisation and tests; use {@link #of} to build reports) */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnalysisReport}. */
  public static final class Builder extends ImmutableAnalysisReport.Builder {}

  @Override
  public String toString() {
    return "AnalysisReport[" + header() + ", weaknesses " + weaknesses() + ", strengths " + strengths()
        + ", themes " + themes().size() + ", measures " + measures().size()
        + uncertainty().map(u -> ", " + u).orElse("") + "]";
  }
}
