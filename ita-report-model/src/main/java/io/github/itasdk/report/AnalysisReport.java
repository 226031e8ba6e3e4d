package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.plan.ImprovementPlan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The analysis of one ITA result that an agency must publish with its measures for the next year
 * (OIT item o34 in FY2566, o27 in FY2568), built from a score card and the rubric it was scored under.
 *
 * <ul>
 *   <li>{@link #header()}: agency, year, rubric, total, rating, publishable or why not, provisional data;</li>
 *   <li>{@link #tools()} and {@link #indicators()}: the tool table (EIT parts side by side where the year
 *       splits them) and the indicator table with ผ่านเกณฑ์ / ไม่ผ่านเกณฑ์ against the threshold;</li>
 *   <li>{@link #details()}: per indicator its questions or OIT items with scores (EIT: PUBLIC, SURVEY and
 *       their mean);</li>
 *   <li>{@link #strengths()}: indicators at or above the threshold with their best questions (to maintain);
 *       {@link #weaknesses()}: indicators below it with their questions below it, lowest first (urgent); both in
 *       indicator order, as the agencies' published analyses define them;</li>
 *   <li>{@link #summary()} and {@link #analyses()}: the opening summary and one paragraph per indicator, written
 *       from the figures (Thai and English);</li>
 *   <li>{@link #themes()}: the analysis themes where the rubric (or the caller) defines them;</li>
 *   <li>{@link #plan()}: the improvement planner;</li>
 *   <li>{@link #uncertainty()}: how sure the scores are — intervals and rating probabilities from a bootstrap
 *       the caller ran and passed in {@link ReportOptions#uncertainty()} (optional);</li>
 *   <li>{@link #measures()}, {@link #limitations()}, {@link #suggestions()}, {@link #signOff()}: from the agency's
 *       plan document ({@link PlanDocument}); {@link #followUp()}: last year's measures and how their figures
 *       moved, when the caller gave last year's result;</li>
 *   <li>{@link #sections()}: the sections the report has, in print order, for renderers to walk.</li>
 * </ul>
 *
 * <p>A question is below the threshold when any of its figures (combined or one EIT part) is.
 *
 * <pre>{@code
 * ScoreCard card = Ita.score(Files.readString(Path.of("examples/thakub-sao-2566.json")));
 * AnalysisReport report = AnalysisReport.of(card, Rubrics.forFiscalYear(2566));
 * report.weaknesses();                 // [indicator 8=83.18 [e13, …]]
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

  /** @return indicators at or above the threshold, in indicator order, each with its best questions */
  public abstract List<Finding> strengths();

  /** @return indicators below the threshold, in indicator order, each with its questions below it, lowest first */
  public abstract List<Finding> weaknesses();

  /** @return the opening summary: total, rating, national target, each tool, change from last year */
  public abstract Label summary();

  /** @return one analysis paragraph per indicator, in indicator order */
  public abstract List<IndicatorAnalysis> analyses();

  /** @return the analysis themes with their questions' scores; empty where the year defines none */
  public abstract List<ThemeSection> themes();

  /** @return gains per question and indicator, and the smallest sets that reach each level */
  public abstract ImprovementPlan plan();

  /**
   * @return the uncertainty section, when the options carried a bootstrap result; it says plainly when there
   *     is no interval (published figures only) and why
   */
  public abstract Optional<UncertaintySection> uncertainty();

  /** @return the agency's measures for the next year (from its plan document) */
  public abstract List<Measure> measures();

  /** @return the agency's limitations in doing the assessment */
  public abstract List<String> limitations();

  /** @return the agency's suggestions to the NACC */
  public abstract List<String> suggestions();

  /** @return the executive's sign-off, once given */
  public abstract Optional<SignOff> signOff();

  /** @return last year's measures and how their figures moved, when last year's result or plan was given */
  public abstract Optional<FollowUp> followUp();

  /** @return sections added by the caller or other SDK parts (e.g. an OIT evidence self-check) */
  public abstract List<ExtraSection> extraSections();

  /** @return the sections this report has, in print order */
  public abstract List<ReportSection> sections();

  /**
   * Builds the report with the default options (the rubric's target score as threshold, no plan).
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
   * @param options threshold, the agency's plan, last year's result, theme mapping, uncertainty
   * @return the report
   * @throws ItaException when the rubric is not the card's
   * @throws io.github.itasdk.core.InvalidInputException "Invalid plan", listing every theme, indicator or
   *     question a measure or past measure targets that the rubric does not have, with its JSON path; or every
   *     figure of the uncertainty that is not the card's (its estimates must be the card's total, tool and
   *     indicator figures)
   */
  public static AnalysisReport of(ScoreCard card, Rubric rubric, ReportOptions options) {
    return new ReportBuilder(card, rubric, options).build();
  }

  /** @return a new builder (for deserialisation and tests; use {@link #of} to build reports) */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnalysisReport}. */
  static final class Builder extends ImmutableAnalysisReport.Builder {}

  @Override
  public String toString() {
    return "AnalysisReport[" + header() + ", weaknesses " + weaknesses() + ", strengths " + strengths()
        + ", themes " + themes().size() + ", measures " + measures().size()
        + followUp().map(f -> ", " + f).orElse("")
        + uncertainty().map(u -> ", " + u).orElse("") + "]";
  }
}
