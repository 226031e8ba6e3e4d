package io.github.itasdk.report;

import io.github.itasdk.core.Label;
import java.math.BigDecimal;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The analysis paragraph of one indicator, written from the figures in the pattern of the agencies' published
 * analyses: the result against the threshold, which questions or items pull it down and by how much, and what
 * is to be done (the plan's measures for it, or the standard measures of the catalogue). Thai and English.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorAnalysis.class)
@JsonDeserialize(as = ImmutableIndicatorAnalysis.class)
public abstract class IndicatorAnalysis {
  /** @return the indicator number */
  public abstract int indicator();

  /** @return its name */
  public abstract Label name();

  /** @return its score; empty when the card does not give it */
  public abstract Optional<BigDecimal> score();

  /** @return whether it reaches the threshold; empty without a score */
  public abstract Optional<Boolean> meetsThreshold();

  /** @return the paragraph */
  public abstract Label text();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IndicatorAnalysis}. */
  static final class Builder extends ImmutableIndicatorAnalysis.Builder {}

  @Override
  public String toString() {
    return "IndicatorAnalysis[" + indicator() + " " + score().map(BigDecimal::toPlainString).orElse("–") + "]";
  }
}
