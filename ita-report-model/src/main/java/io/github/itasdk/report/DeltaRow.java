package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One figure both cards of a {@link Comparison} share: the first and second card's scores and the change
 * {@code second − first}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeltaRow.class)
@JsonDeserialize(as = ImmutableDeltaRow.class)
public abstract class DeltaRow {
  /** @return {@code total}, a tool ({@code IIT}, {@code EIT/PUBLIC}) or an indicator number */
  public abstract String id();

  /** @return its name in the first card's year */
  public abstract Label name();

  /** @return its name in the second card's year, where it differs */
  public abstract Optional<Label> secondName();

  /** @return the first card's score */
  public abstract Optional<BigDecimal> first();

  /** @return the second card's score */
  public abstract Optional<BigDecimal> second();

  /** @return second − first, when both are known */
  public abstract Optional<BigDecimal> delta();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeltaRow}. */
  static final class Builder extends ImmutableDeltaRow.Builder {}

  @Override
  public String toString() {
    return id() + " " + first().map(BigDecimal::toPlainString).orElse("–") + " → "
        + second().map(BigDecimal::toPlainString).orElse("–") + delta().map(d -> " (" + (d.signum() > 0 ? "+" : "")
        + d.toPlainString() + ")").orElse("");
  }
}
