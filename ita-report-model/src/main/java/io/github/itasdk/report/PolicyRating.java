package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingPolicy;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A score card's rating under one policy (its own year's or another year's). */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicyRating.class)
@JsonDeserialize(as = ImmutablePolicyRating.class)
public abstract class PolicyRating {
  /** @return the policy id, e.g. {@code ITA-2564/grades} */
  public abstract String policy();

  /** @return the rating, when the card's figures settle it under this policy */
  public abstract Optional<Rating> rating();

  /** @return every rating the figures allow under this policy */
  public abstract List<Rating> candidates();

  /**
   * @param card a card
   * @param policy a policy
   * @return the card's rating under the policy ({@link ScoreCard#ratedUnder(RatingPolicy)})
   */
  public static PolicyRating of(ScoreCard card, RatingPolicy policy) {
    ScoreCard rated = card.ratedUnder(policy);
    return ImmutablePolicyRating.builder().policy(policy.id()).rating(rated.rating())
        .candidates(rated.ratingCandidates()).build();
  }

  @Override
  public String toString() {
    return policy() + ": " + rating().map(Rating::code).orElse("undetermined " + candidates().stream()
        .map(Rating::code).toList());
  }
}
