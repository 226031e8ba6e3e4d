package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.core.uncertainty.RatingChance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cohort member in {@link CohortUncertainty}: either too close to call (with its total's interval, the
 * probability that its rating differs and the levels the resamples reach) or without an interval (with the
 * reason: published figures only).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCloseCall.class)
@JsonDeserialize(as = ImmutableCloseCall.class)
public abstract class CloseCall {
  /** @return the agency's name, as in {@link CohortMember#agency()} (untrusted text: renderers escape it) */
  public abstract String agency();

  /** @return the fiscal year B.E. */
  public abstract int fiscalYear();

  /** @return the total */
  public abstract BigDecimal total();

  /** @return the rating the resamples are compared with (the member's, or its first candidate) */
  public abstract Optional<Rating> rating();

  /** @return the total's interval; empty for a member without one */
  public abstract Optional<Interval> interval();

  /** @return the share of resamples rated other than {@link #rating()}, 0–1, 4 decimals; empty without interval */
  public abstract Optional<BigDecimal> probabilityRatingDiffers();

  /** @return the levels the resamples reach (probability above 0), in band order */
  public abstract List<RatingChance> ratings();

  /** @return why there is no interval; empty for a member that has one */
  public abstract Optional<String> reason();

  /** @return a new builder (for deserialisation; {@link Cohort#withUncertainties} builds them) */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CloseCall}. */
  static final class Builder extends ImmutableCloseCall.Builder {}

  @Override
  public String toString() {
    return agency() + " FY" + fiscalYear() + " " + total().toPlainString() + " "
        + rating().map(Rating::code).orElse("undetermined")
        + interval().map(i -> " [" + i.low().toPlainString() + ", " + i.high().toPlainString() + "]").orElse("")
        + probabilityRatingDiffers().map(p -> " P(differs)=" + p.toPlainString()).orElse("")
        + reason().map(r -> " (" + r + ")").orElse("");
  }
}
