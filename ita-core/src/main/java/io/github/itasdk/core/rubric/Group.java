package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import io.github.itasdk.core.Scores;
import org.immutables.value.Value;

/**
 * An OIT sub-indicator (ตัวชี้วัดย่อย, FY2564/FY2566) or item group (FY2568), e.g. {@code 9.1}. Its score is
 * the weighted mean of its items that are not excluded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroup.class)
@JsonDeserialize(as = ImmutableGroup.class)
public abstract class Group {
  /** @return the id, e.g. {@code 9.1} */
  public abstract String id();

  /** @return the group's name */
  public abstract Label name();

  /** @return the weight inside its indicator (default 1) */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** @return the OIT items */
  public abstract List<Question> items();

  /** @return where the grouping comes from */
  public abstract Optional<Provenance> provenance();

  @Value.Check
  Group normalized() {
    return Scores.isCanonical(weight()) ? this : builder().from(this).weight(Scores.canonical(weight())).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Group}. */
  public static final class Builder extends ImmutableGroup.Builder {}

  @Override
  public String toString() {
    return id() + " " + name() + " " + items().stream().map(Question::id).toList();
  }
}
