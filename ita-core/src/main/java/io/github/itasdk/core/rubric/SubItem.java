package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a survey question asks (a ▪ bullet in the manual). A question without bullets has one
 * sub-item without text. Each sub-item is answered separately and has its own polarity.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubItem.class)
@JsonDeserialize(as = ImmutableSubItem.class)
public abstract class SubItem {
  /** @return the bullet's Thai wording; empty for the single sub-item of a question without bullets */
  public abstract Optional<String> text();

  /** @return a short English gloss */
  public abstract Optional<String> gloss();

  /** @return whether the best answer is the highest or the lowest level */
  public abstract Polarity polarity();

  /**
   * @param polarity polarity
   * @return a sub-item without text (a question that asks one thing)
   */
  public static SubItem of(Polarity polarity) {
    return builder().polarity(polarity).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubItem}. */
  public static final class Builder extends ImmutableSubItem.Builder {}

  @Override
  public String toString() {
    return (polarity() == Polarity.POSITIVE ? "+" : "−") + text().or(this::gloss).map(t -> " " + t).orElse("");
  }
}
