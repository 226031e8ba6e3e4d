package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.util.List;
import org.immutables.value.Value;

/**
 * A standard measure of the {@link MeasureCatalogue}: what an agency commonly does about a weak indicator,
 * question or OIT item, with its steps, written for the SDK in its own words from the pattern of the published
 * analyses, and where that pattern was seen.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStandardMeasure.class)
@JsonDeserialize(as = ImmutableStandardMeasure.class)
public abstract class StandardMeasure {
  /** @return a stable id, e.g. {@code ind-8} or {@code ITA-2566/e13} */
  public abstract String id();

  /** @return the indicators it answers */
  public abstract List<Integer> indicators();

  /** @return the questions or OIT items it answers (empty for an indicator-level entry) */
  public abstract List<String> questions();

  /** @return the analysis themes it belongs to (rubric years that define themes) */
  public abstract List<Integer> themes();

  /** @return measure, project or activity */
  @Value.Default
  public Measure.Kind kind() {
    return Measure.Kind.MEASURE;
  }

  /** @return what to do, as a verb phrase (Thai, with an English gloss) */
  public abstract Label title();

  /** @return the usual steps, in Thai */
  public abstract List<String> steps();

  /** @return where the pattern was seen (public documents by issuer and title) */
  public abstract String provenance();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StandardMeasure}. */
  public static final class Builder extends ImmutableStandardMeasure.Builder {}

  @Override
  public String toString() {
    return "StandardMeasure[" + id() + " " + title().preferThai() + "]";
  }
}
