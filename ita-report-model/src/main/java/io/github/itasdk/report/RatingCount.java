package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import org.immutables.value.Value;

/** How many members of a cohort hold one rating of one policy. */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingCount.class)
@JsonDeserialize(as = ImmutableRatingCount.class)
public abstract class RatingCount {
  /** @return the policy id */
  public abstract String policy();

  /** @return the rating's code */
  public abstract String code();

  /** @return the rating's Thai and English name */
  public abstract Label label();

  /** @return how many members hold it */
  public abstract int count();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatingCount}. */
  static final class Builder extends ImmutableRatingCount.Builder {}

  @Override
  public String toString() {
    return code() + "=" + count();
  }
}
