package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the indicator table: number, name, tool, score (EIT also per part) and whether it meets
 * the report's threshold (ผ่านเกณฑ์ / ไม่ผ่านเกณฑ์).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorRow.class)
@JsonDeserialize(as = ImmutableIndicatorRow.class)
public abstract class IndicatorRow {
  /** @return 1..10 */
  public abstract int number();

  /** @return the indicator's name in the rubric year */
  public abstract Label name();

  /** @return the tool it belongs to */
  public abstract ToolKind tool();

  /** @return its score (EIT: both parts together); empty when the card does not give it */
  public abstract Optional<BigDecimal> score();

  /** @return the EIT parts' scores the card gives */
  public abstract List<PartScore> parts();

  /** @return whether the score reaches the threshold; empty without a score */
  public abstract Optional<Boolean> meetsThreshold();

  /** @return ผ่านเกณฑ์ (meets) or ไม่ผ่านเกณฑ์ (misses); empty without a score */
  public abstract Optional<Label> verdict();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorRow}. */
  static final class Builder extends ImmutableIndicatorRow.Builder {}

  @Override
  public String toString() {
    return number() + " " + score().map(BigDecimal::toPlainString).orElse("–")
        + verdict().map(v -> " " + v.en()).orElse("");
  }
}
