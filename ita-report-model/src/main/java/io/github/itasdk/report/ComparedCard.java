package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One side of a {@link Comparison}: which card it is and its ratings under both years' policies. */
@Value.Immutable
@JsonSerialize(as = ImmutableComparedCard.class)
@JsonDeserialize(as = ImmutableComparedCard.class)
public abstract class ComparedCard {
  /** @return the agency's name, where the card has one */
  public abstract Optional<String> agency();

  /** @return the rubric id */
  public abstract String rubric();

  /** @return the fiscal year B.E. */
  public abstract int fiscalYear();

  /** @return the total */
  public abstract BigDecimal total();

  /** @return its ratings: under its own year's policy first, then under the other card's, if different */
  public abstract List<PolicyRating> ratings();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComparedCard}. */
  static final class Builder extends ImmutableComparedCard.Builder {}

  @Override
  public String toString() {
    return rubric() + agency().map(a -> " " + a).orElse("") + " " + total().toPlainString() + " " + ratings();
  }
}
