package io.github.itasdk.report;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.Rubric;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Last year's result for the follow-up of its measures: the score card, the rubric it was scored under, and
 * optionally last year's plan (whose measures are listed when this year's plan reports no status for them).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePreviousResult.class)
@JsonDeserialize(as = ImmutablePreviousResult.class)
public abstract class PreviousResult {
  /** @return last year's score card */
  public abstract ScoreCard card();

  /** @return the rubric it was scored under */
  public abstract Rubric rubric();

  /** @return last year's plan, if given */
  public abstract Optional<PlanDocument> plan();

  /**
   * @param card last year's card
   * @param rubric its rubric
   * @return the previous result without a plan
   */
  public static PreviousResult of(ScoreCard card, Rubric rubric) {
    return builder().card(card).rubric(rubric).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PreviousResult}. */
  public static final class Builder extends ImmutablePreviousResult.Builder {}

  @Override
  public String toString() {
    return "PreviousResult[" + card().rubric() + " " + card().total().toPlainString() + plan().map(p -> ", " + p).orElse("") + "]";
  }
}
