package io.github.itasdk.report;

import io.github.itasdk.core.Label;
import java.math.BigDecimal;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How one figure a past measure targeted moved from last year's card to this year's: an indicator (compared
 * across rubric years by number) or a question (only within one rubric year: ids restart per year). When there
 * is no comparable figure, {@link #reason()} says why.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFigureMove.class)
@JsonDeserialize(as = ImmutableFigureMove.class)
public abstract class FigureMove {
  /** @return {@code indicator 8}, a question id such as {@code e13}, or {@code theme 2} */
  public abstract String id();

  /** @return its name */
  public abstract Label name();

  /** @return last year's figure */
  public abstract Optional<BigDecimal> before();

  /** @return this year's figure */
  public abstract Optional<BigDecimal> after();

  /** @return after − before, when both are known */
  public abstract Optional<BigDecimal> change();

  /** @return why there is no comparison, when there is none */
  public abstract Optional<Label> reason();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FigureMove}. */
  static final class Builder extends ImmutableFigureMove.Builder {}

  @Override
  public String toString() {
    return id() + " " + before().map(BigDecimal::toPlainString).orElse("–") + " → " + after().map(BigDecimal::toPlainString).orElse("–");
  }
}
