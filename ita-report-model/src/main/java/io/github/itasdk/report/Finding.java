package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * A strength or a weakness as the agencies' published analyses define them: a strength is an indicator that
 * reaches the threshold, listed with its best questions (to maintain); a weakness is an indicator below it,
 * listed with its questions below the threshold, lowest first (to fix urgently).
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

  /**
   * @return for a weakness, its questions with some figure below the threshold, lowest figure first; for a
   *     strength, its best questions (at most three at or above the threshold, highest first)
   */
  public abstract List<QuestionRow> questions();

  /** @return for a strength, its questions still below the threshold, lowest first (to watch); else empty */
  public abstract List<QuestionRow> watch();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  static final class Builder extends ImmutableFinding.Builder {}

  @Override
  public String toString() {
    return "indicator " + indicator() + "=" + score().toPlainString() + " "
        + questions().stream().map(QuestionRow::id).toList();
  }
}
