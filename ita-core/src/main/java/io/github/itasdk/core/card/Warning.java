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
    EIT_FROM_ONE_PART
  }

  /** @return the kind */
  public abstract Kind kind();

  /** @return the figure concerned, e.g. {@code indicator 2} */
  public abstract String figure();

  /** @return the given figure, for inconsistencies */
  public abstract Optional<BigDecimal> given();

  /** @return the computed figure, for inconsistencies */
  public abstract Optional<BigDecimal> computed();

  /** @return a sentence for people */
  public abstract String message();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Warning}. */
  public static final class Builder extends ImmutableWarning.Builder {}

  @Override
  public String toString() {
    return kind() + ": " + message();
  }
}
