package io.github.itasdk.core.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import org.immutables.value.Value;

/** The bootstrap probability of one rating level. */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingChance.class)
@JsonDeserialize(as = ImmutableRatingChance.class)
public abstract class RatingChance {
  /** @return the level's code */
  public abstract String code();

  /** @return the level's name */
  public abstract Label label();

  /** @return the share of resamples rated at this level, 0–1 */
  public abstract double probability();

  /** @param code code @param label label @param p probability @return the chance */
  static RatingChance of(String code, Label label, double p) {
    return ImmutableRatingChance.builder().code(code).label(label).probability(p).build();
  }

  @Override
  public String toString() {
    return code() + " " + String.format("%.4f", probability());
  }
}
