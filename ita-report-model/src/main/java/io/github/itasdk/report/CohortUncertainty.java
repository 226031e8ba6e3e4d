package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which cohort members' ratings are too close to call at the bootstraps' interval level, and which have no
 * interval at all ({@link Cohort#withUncertainties}).
 *
 * <p>The rule: a member is too close to call when the probability that its rating differs from its point
 * rating ({@code Uncertainty.probabilityRatingDiffers()}, the share of resamples rated otherwise) is above
 * {@code 1 − level} — e.g. above 0.05 at the 95 % level. Under a policy decided on the total alone (FY2564),
 * such a member's interval of the total always straddles a rating boundary (more than {@code 1 − level} of
 * the resamples lie beyond one, more than either tail outside the interval); the converse does not hold —
 * an interval can reach just over a boundary with less than {@code 1 − level} beyond it. Under FY2566's
 * per-tool floors the rating can also differ through a tool score while the total's interval straddles
 * nothing; the rule counts that too.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCohortUncertainty.class)
@JsonDeserialize(as = ImmutableCohortUncertainty.class)
public abstract class CohortUncertainty {
  /** @return the interval level the members' bootstraps share, e.g. 0.95 */
  public abstract BigDecimal level();

  /** @return how many members have an interval */
  public abstract int withInterval();

  /** @return members whose rating differs in more than {@code 1 − level} of the resamples, in member order */
  public abstract List<CloseCall> tooCloseToCall();

  /** @return members without an interval (published figures only), in member order, each with the reason */
  public abstract List<CloseCall> noInterval();

  /** @return a new builder (for deserialisation; use {@link Cohort#withUncertainties}) */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CohortUncertainty}. */
  static final class Builder extends ImmutableCohortUncertainty.Builder {}

  @Override
  public String toString() {
    return "CohortUncertainty[" + level().movePointRight(2).stripTrailingZeros().toPlainString() + "%, "
        + withInterval() + " with an interval, too close to call " + tooCloseToCall() + ", no interval "
        + noInterval().size() + "]";
  }
}
