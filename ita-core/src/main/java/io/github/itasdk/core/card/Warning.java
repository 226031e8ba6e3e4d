package io.github.itasdk.core.card;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a caller should know that does not stop scoring: a published figure that disagrees with the
 * one computed from lower levels (the given figure wins), a rating that the figures cannot settle, EIT
 * scored from one part.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWarning.class)
@JsonDeserialize(as = ImmutableWarning.class)
public abstract class Warning {
  /** What kind of warning. */
  public enum Kind {
    /** A given figure differs from the figure computed from lower levels (rounded to 2 decimals). */
    INCONSISTENT_FIGURE,
    /** The figures allow more than one rating (EIT part scores unknown). */
    RATING_UNDETERMINED,
    /** The rating was taken from the published rating, among those the figures allow. */
    RATING_FROM_PUBLISHED,
    /** The published rating differs from the computed one. */
    PUBLISHED_RATING_DIFFERS,
    /** The published rating is not a label of the rubric's rating policy. */
    PUBLISHED_RATING_UNKNOWN,
    /** EIT was scored from one part because the other has no data. */
    EIT_FROM_ONE_PART,
    /**
     * A given figure and the figures below it with a value imply a value outside 0–100 for the figures below
     * it without one (their weighted mean, when there are several): the published figures cannot all be
     * true. {@link #figure()} names the figures without a value, {@link #given()} is the given figure and
     * {@link #computed()} the implied value.
     */
    IMPLIED_OUT_OF_RANGE
  }

  /** @return the kind */
  public abstract Kind kind();

  /** @return the figure concerned, e.g. {@code indicator 2} */
  public abstract String figure();

  /** @return the given figure, for inconsistencies and implied values */
  public abstract Optional<BigDecimal> given();

  /** @return the computed figure, for inconsistencies; the implied value, for implied values */
  public abstract Optional<BigDecimal> computed();

  /** @return a sentence for people */
  public abstract String message();

  /** @return a new builder: the engine makes outputs, through {@code core.internal.CardBuilders} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Warning}. */
  public static final class Builder extends ImmutableWarning.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return kind() + ": " + message();
  }
}
