package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One indicator with its questions (IIT, EIT) or its OIT groups and items, each with its scores. */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorDetail.class)
@JsonDeserialize(as = ImmutableIndicatorDetail.class)
public abstract class IndicatorDetail {
  /** @return 1..10 */
  public abstract int number();

  /** @return the indicator's name */
  public abstract Label name();

  /** @return the tool */
  public abstract ToolKind tool();

  /** @return its score; empty when the card does not give it */
  public abstract Optional<BigDecimal> score();

  /** @return the EIT parts' scores */
  public abstract List<PartScore> parts();

  /** @return the OIT groups (empty for IIT and EIT indicators) */
  public abstract List<GroupRow> groups();

  /** @return the questions or items in rubric order */
  public abstract List<QuestionRow> questions();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorDetail}. */
  static final class Builder extends ImmutableIndicatorDetail.Builder {}

  @Override
  public String toString() {
    return "Indicator " + number() + " " + score().map(BigDecimal::toPlainString).orElse("–") + " " + questions();
  }
}
