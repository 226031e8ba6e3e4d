package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * A weakness (an indicator below the threshold — fix urgently) or a strength (an indicator at or above it
 * that still has questions below it — keep up and improve), with its questions below the threshold,
 * lowest first.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {
  /** @return the indicator number */
  public abstract int indicator();

  /** @return the indicator's name */
  public abstract Label name();

  /** @return the tool */
  public abstract ToolKind tool();

  /** @return the indicator's score */
  public abstract BigDecimal score();

  /** @return its questions with some figure below the threshold, lowest figure first */
  public abstract List<QuestionRow> questions();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}

  @Override
  public String toString() {
    return "indicator " + indicator() + "=" + score().toPlainString() + " "
        + questions().stream().map(QuestionRow::id).toList();
  }
}
