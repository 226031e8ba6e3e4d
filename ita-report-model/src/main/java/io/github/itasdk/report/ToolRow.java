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
 * One row of the tool table: the tool, its weight in the total (EIT: both parts together), its score and,
 * where the year splits it, each part's score side by side.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableToolRow.class)
@JsonDeserialize(as = ImmutableToolRow.class)
public abstract class ToolRow {
  /** @return IIT, EIT or OIT */
  public abstract ToolKind tool();

  /** @return the tool's Thai and English name */
  public abstract Label label();

  /** @return its weight in percent of the total (EIT: the parts' weights added) */
  public abstract BigDecimal weight();

  /** @return its score; empty when the card does not give it */
  public abstract Optional<BigDecimal> score();

  /** @return the EIT parts' scores the card gives, in part order; empty for tools without parts */
  public abstract List<PartScore> parts();

  /** @return whether the score reaches the report's threshold; empty without a score */
  public abstract Optional<Boolean> meetsThreshold();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ToolRow}. */
  static final class Builder extends ImmutableToolRow.Builder {}

  @Override
  public String toString() {
    return tool() + " w" + weight().toPlainString() + " " + score().map(BigDecimal::toPlainString).orElse("–")
        + (parts().isEmpty() ? "" : " " + parts());
  }
}
