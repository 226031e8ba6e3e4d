package io.github.itasdk.report.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.internal.Ratio;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What raising one question, OIT item or indicator to 100 adds to the total, all else equal:
 * {@code (100 − score) × share}, where the share is the unit's weight down the rubric's tree (tool weight /
 * Σ weights × 1 / indicators of the tool × the question's weight / Σ weights in its indicator; OIT items
 * also × group weight / Σ group weights × item weight / Σ weights of the group's scored items). An EIT
 * question of a year that splits EIT counts once per part, with the part's weight.
 *
 * <p>{@link #exactGain()} is the exact rational ({@code "num/den"}) the ranking uses; {@link #gain()} is it
 * rounded HALF_UP to 2 decimals for presentation (small gains show as 0.00).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGain.class)
@JsonDeserialize(as = ImmutableGain.class)
public abstract class Gain {
  /** @return QUESTION (questions and OIT items) or INDICATOR */
  public abstract FigureLevel level();

  /** @return the question, item or indicator id ({@code e14}, {@code o12}, {@code 8}) */
  public abstract String id();

  /** @return the EIT part, when the gain is one part's question */
  public abstract Optional<Part> part();

  /** @return the tool */
  public abstract ToolKind tool();

  /** @return the indicator number */
  public abstract int indicator();

  /** @return the OIT group, for items */
  public abstract Optional<String> group();

  /** @return the current score (EIT indicator: both parts together) */
  public abstract BigDecimal score();

  /** @return the gain in the total, 2 decimals */
  public abstract BigDecimal gain();

  /** @return the exact gain as a fraction {@code num/den} (or an integer) */
  public abstract String exactGain();

  /** The exact gain, for the planner's ranking (not API: {@code Ratio} is internal). */
  @JsonIgnore
  Ratio exact() {
    return Ratio.parse(exactGain());
  }

  /** @return {@code id} or {@code id/PART}: how plans name this unit */
  @JsonIgnore
  public String key() {
    return id() + part().map(p -> "/" + p).orElse("");
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Gain}. */
  static final class Builder extends ImmutableGain.Builder {}

  @Override
  public String toString() {
    return key() + " " + score().toPlainString() + " +" + gain().toPlainString() + " (" + exactGain() + ")";
  }
}
