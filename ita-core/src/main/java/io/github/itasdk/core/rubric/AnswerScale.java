package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An answer scale: its levels from worst to best (for a positive item) with the points each scores.
 * Negative items reverse the points. The shipped years use a linear mapping to 0–100 (an assumption,
 * marked provisional in the data); a caller can supply another scale through
 * {@link Rubric#withScale(AnswerScale)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnswerScale.class)
@JsonDeserialize(as = ImmutableAnswerScale.class)
public abstract class AnswerScale {
  /** @return the id questions refer to, e.g. {@code LEVEL4} */
  public abstract String id();

  /** @return the scale's name */
  public abstract Label label();

  /** @return the levels in order 1..k */
  public abstract List<ScaleLevel> levels();

  /** @return where the options and points come from */
  public abstract Provenance provenance();

  /** @return the number of levels, k */
  @JsonIgnore
  public int size() {
    return levels().size();
  }

  /**
   * The level whose points a chosen level scores: the level itself for a positive item, its mirror
   * (k + 1 − level) for a negative one, so that the best answer always scores the most.
   *
   * @param chosen the chosen level, 1..k
   * @param polarity the sub-item's polarity
   * @return the level to take the points of
   */
  public ScaleLevel scoredLevel(int chosen, Polarity polarity) {
    int at = polarity == Polarity.NEGATIVE ? size() + 1 - chosen : chosen;
    return levels().get(at - 1);
  }

  /**
   * @param code an answer code such as {@code yes}
   * @return the level with that code
   */
  public Optional<ScaleLevel> levelForCode(String code) {
    return levels().stream().filter(l -> l.code().map(code::equalsIgnoreCase).orElse(false)).findFirst();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnswerScale}. */
  public static final class Builder extends ImmutableAnswerScale.Builder {}

  @Override
  public String toString() {
    return "AnswerScale[" + id() + ": " + levels() + "]";
  }
}
