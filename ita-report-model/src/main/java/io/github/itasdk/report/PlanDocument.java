package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an agency adds to the figures in its published analysis (JSON format {@value #FORMAT}, schema
 * {@code /schema/plan.schema.json} in this jar): the measures for the coming year, its limitations in doing the
 * assessment, its suggestions to the NACC, the executive's sign-off, and the report on last year's measures.
 *
 * <pre>{@code
 * PlanDocument plan = PlanDocument.read(Files.readString(Path.of("examples/plans/thakub-sao-2566.json")));
 * AnalysisReport report = AnalysisReport.of(card, rubric, ReportOptions.builder().plan(plan).build());
 * }</pre>
 *
 * <p>{@link #read} checks the form (every problem with its JSON path); {@link AnalysisReport#of} checks that
 * every theme, indicator and question a row targets exists in the rubric, again with paths.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanDocument.class)
@JsonDeserialize(as = ImmutablePlanDocument.class)
public abstract class PlanDocument {
  /** The current format of plan documents. */
  public static final String FORMAT = "ita-plan/1";

  /** @return the format, {@value #FORMAT} */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /** @return the agency, as the plan names it */
  public abstract Optional<String> agency();

  /** @return the fiscal year B.E. the measures are for (the year after the assessed one), if stated */
  public abstract Optional<Integer> fiscalYear();

  /** @return the measures for the coming year, in the order to print */
  public abstract List<Measure> measures();

  /** @return the agency's limitations (problems and obstacles) in doing the assessment */
  public abstract List<String> limitations();

  /** @return the agency's suggestions to the NACC */
  public abstract List<String> suggestions();

  /** @return the executive's sign-off, once given */
  public abstract Optional<SignOff> signOff();

  /** @return last year's measures with how far each got */
  public abstract List<PastMeasure> pastMeasures();

  /** @return true when some measure is still an unreviewed draft */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean hasDrafts() {
    return measures().stream().anyMatch(Measure::draft);
  }

  /**
   * Reads a plan document, checking its form.
   *
   * @param json the document
   * @return the plan
   * @throws InvalidInputException "Invalid plan" with every problem and its JSON path
   */
  public static PlanDocument read(String json) {
    return PlanReader.read(json);
  }

  /** @return an empty plan (no measures, no limitations) */
  public static PlanDocument empty() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanDocument}. */
  public static final class Builder extends ImmutablePlanDocument.Builder {}

  @Override
  public String toString() {
    return "PlanDocument[" + agency().orElse("?") + fiscalYear().map(y -> " FY" + y).orElse("") + ", "
        + measures().size() + " measures" + (hasDrafts() ? " (drafts)" : "") + ", " + pastMeasures().size()
        + " past measures" + signOff().map(s -> ", signed").orElse("") + "]";
  }
}
