package io.github.itasdk.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import org.immutables.value.Value;

/** A rating: the level a policy gives a score card, with the policy that gave it. */
@Value.Immutable
@JsonSerialize(as = ImmutableRating.class)
@JsonDeserialize(as = ImmutableRating.class)
public abstract class Rating {
  /** @return the policy id, e.g. {@code ITA-2566/grades} */
  public abstract String policy();

  /** @return the level's code, e.g. {@code EXCELLENT} or {@code B} */
  public abstract String code();

  /** @return the level's Thai and English name */
  public abstract Label label();

  /** @return whether the level meets the national target */
  public abstract boolean meetsTarget();

  /**
   * @param policy the policy id
   * @param band the band
   * @return the rating for that band
   */
  public static Rating of(String policy, RatingBand band) {
    return ImmutableRating.builder().policy(policy).code(band.code()).label(band.label())
        .meetsTarget(band.meetsTarget()).build();
  }

  @Override
  public String toString() {
    return code() + " " + label();
  }
}
