package io.github.itasdk.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A question or OIT item with its scores: the combined score (EIT: the mean of the two parts) and, for
 * EIT in years that split it, the PUBLIC and SURVEY scores. An OIT item left out of its group's mean
 * carries the reason.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuestionRow.class)
@JsonDeserialize(as = ImmutableQuestionRow.class)
public abstract class QuestionRow {
  /** @return the id, e.g. {@code i4}, {@code e14}, {@code o12} */
  public abstract String id();

  /** @return the official Thai wording (OIT: item title) where known, and the English gloss */
  public abstract Label text();

  /** @return the tool */
  public abstract ToolKind tool();

  /** @return the indicator number */
  public abstract int indicator();

  /** @return the OIT group id, for items */
  public abstract Optional<String> group();

  /** @return the combined score; empty when the card does not give it */
  public abstract Optional<BigDecimal> score();

  /** @return the EIT parts' scores the card gives */
  public abstract List<PartScore> parts();

  /** @return why the OIT item is not scored (the order that prevented the activity), if excluded */
  public abstract Optional<String> excluded();

  /** @return true when the rubric marks the question as provisional (e.g. FY2566 e4's wording) */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  /** @return every figure the row has (combined and per part) */
  @JsonIgnore
  public List<BigDecimal> figures() {
    List<BigDecimal> all = new ArrayList<>();
    score().ifPresent(all::add);
    parts().forEach(p -> all.add(p.score()));
    return all;
  }

  /** @return the lowest of its figures; empty when it has none */
  @JsonIgnore
  public Optional<BigDecimal> lowest() {
    return figures().stream().min(BigDecimal::compareTo);
  }

  /**
   * @param threshold the report's threshold
   * @return true when some figure of the question (combined or one part) is below the threshold
   */
  public boolean isBelow(BigDecimal threshold) {
    return lowest().map(l -> l.compareTo(threshold) < 0).orElse(false);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuestionRow}. */
  static final class Builder extends ImmutableQuestionRow.Builder {}

  @Override
  public String toString() {
    return id() + "=" + score().map(BigDecimal::toPlainString).orElse("–") + (parts().isEmpty() ? "" : parts())
        + excluded().map(e -> " excluded").orElse("");
  }
}
