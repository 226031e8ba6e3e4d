package io.github.itasdk.report.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.policy.Rating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The smallest set of units (OIT items, or indicators) whose fixing (raising to 100) lifts a card to a
 * level, with the resulting total and rating; or why the level cannot be reached that way.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLevelPlan.class)
@JsonDeserialize(as = ImmutableLevelPlan.class)
public abstract class LevelPlan {
  /** Whether and how the level is reached. */
  public enum Status {
    /** The card is already at the level or above; nothing to fix. */
    ALREADY_MET,
    /** Fixing {@link #fix()} reaches the level. */
    REACHABLE,
    /** Fixing these units cannot reach the level (see {@link #blockers()}). */
    OUT_OF_REACH,
    /** The total is reached but whether every EIT part reaches the floor is unknown (parts not on the card). */
    UNDETERMINED
  }

  /** @return the level aimed at */
  public abstract LevelTarget target();

  /** @return whether it is reached */
  public abstract Status status();

  /** @return the units to fix, largest gain first, by {@link Gain#key()} ({@code o18}, {@code 8}) */
  public abstract List<String> fix();

  /** @return the total after fixing them, 2 decimals */
  public abstract BigDecimal resultingTotal();

  /** @return the rating after fixing them, when the figures settle it */
  public abstract Optional<Rating> resultingRating();

  /** @return every rating the resulting figures allow */
  public abstract List<Rating> resultingCandidates();

  /** @return what stands in the way, e.g. {@code EIT/SURVEY 84.12 < 85.00}; empty when reachable */
  public abstract List<String> blockers();

  /** @return the plan in one sentence, Thai and English */
  public abstract Label explanation();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LevelPlan}. */
  static final class Builder extends ImmutableLevelPlan.Builder {}

  @Override
  public String toString() {
    return target().code() + " " + status() + " fix " + fix() + " → " + resultingTotal().toPlainString()
        + resultingRating().map(r -> " " + r.code()).orElse("") + (blockers().isEmpty() ? "" : " blocked " + blockers());
  }
}
