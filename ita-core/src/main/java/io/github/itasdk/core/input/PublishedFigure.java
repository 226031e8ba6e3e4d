package io.github.itasdk.core.input;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.rubric.Part;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure printed in a report, at any level: a question's score (per EIT part, or the mean of both),
 * an OIT group's, an indicator's, a tool's. The engine uses the given figure in place of one computed
 * from lower levels and reports any disagreement as a warning.
 *
 * <pre>{@code
 * PublishedFigure.of(FigureLevel.INDICATOR, "7", new BigDecimal("88.80"));
 * PublishedFigure.of(FigureLevel.QUESTION, "e11", Part.PUBLIC, new BigDecimal("96.05"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublishedFigure.class)
@JsonDeserialize(as = ImmutablePublishedFigure.class)
public abstract class PublishedFigure {
  /** @return the level */
  public abstract FigureLevel level();

  /** @return the id at that level: {@code e4}, {@code 9.1}, {@code 7}, {@code EIT}, {@code total} */
  public abstract String id();

  /** @return the EIT part the figure is for; empty for both parts together or a tool without parts */
  public abstract Optional<Part> part();

  /** @return the score, 0–100 */
  public abstract BigDecimal score();

  /** @param level level @param id id @param score score @return the figure */
  public static PublishedFigure of(FigureLevel level, String id, BigDecimal score) {
    return builder().level(level).id(id).score(score).build();
  }

  /** @param level level @param id id @param part EIT part @param score score @return the figure */
  public static PublishedFigure of(FigureLevel level, String id, Part part, BigDecimal score) {
    return builder().level(level).id(id).part(part).score(score).build();
  }

  @Value.Check
  PublishedFigure normalized() {
    return Scores.isCanonical(score()) ? this : builder().from(this).score(Scores.canonical(score())).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedFigure}. */
  public static final class Builder extends ImmutablePublishedFigure.Builder {}

  @Override
  public String toString() {
    return level() + " " + id() + part().map(p -> "/" + p).orElse("") + "=" + score().toPlainString();
  }
}
