package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One option of an answer scale: its level number (1 = worst for a positive item), an optional code
 * such as {@code yes}/{@code no}, its label, and the points it scores as an exact decimal or fraction
 * ({@code "0"}, {@code "100/3"}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleLevel.class)
@JsonDeserialize(as = ImmutableScaleLevel.class)
public abstract class ScaleLevel {
  /** @return the level number respondents' answers use, 1..k */
  public abstract int value();

  /** @return an alternative answer code, e.g. {@code yes} or {@code no} */
  public abstract Optional<String> code();

  /** @return the option's wording */
  public abstract Label label();

  /** @return points for a positive item, as {@code "66.5"} or {@code "200/3"} */
  public abstract String points();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScaleLevel}. */
  public static final class Builder extends ImmutableScaleLevel.Builder {}

  @Override
  public String toString() {
    return value() + code().map(c -> "/" + c).orElse("") + " " + label() + " = " + points();
  }
}
