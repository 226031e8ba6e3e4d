package io.github.itasdk.core.card;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.rubric.Part;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One score on a score card: what it scores (a question, group, indicator or tool id, and the EIT part
 * where it is one part's figure), the score rounded HALF_UP to 2 decimals, where it comes from, and
 * whether it rests on provisional rubric data.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigure.class)
@JsonDeserialize(as = ImmutableFigure.class)
public abstract class Figure {
  /** @return {@code i1}, {@code 9.1}, {@code 7}, {@code EIT} … */
  public abstract String id();

  /** @return the EIT part; empty for a whole tool or both parts together */
  public abstract Optional<Part> part();

  /** @return the score, 0.00–100.00, always with 2 decimals */
  public abstract BigDecimal score();

  /** @return given in the input or computed */
  public abstract Origin origin();

  /** @return true when the figure was computed from provisional rubric data */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  @Value.Check
  Figure normalized() {
    if (!Scores.isTwoDecimals(score())) {
      return builder().from(this).score(Scores.twoDecimals(score())).build();
    }
    return this;
  }

  /** @return a new builder: the engine makes outputs, through {@code core.internal.CardBuilders} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Figure}. */
  public static final class Builder extends ImmutableFigure.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return id() + part().map(p -> "/" + p).orElse("") + "=" + score().toPlainString()
        + (origin() == Origin.GIVEN ? " (given)" : "") + (provisional() ? " (provisional)" : "");
  }
}
