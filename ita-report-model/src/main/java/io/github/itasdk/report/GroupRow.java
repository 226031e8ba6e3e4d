package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** An OIT sub-indicator (group) of an indicator with its score, e.g. {@code 9.1 ข้อมูลพื้นฐาน}. */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupRow.class)
@JsonDeserialize(as = ImmutableGroupRow.class)
public abstract class GroupRow {
  /** @return the id, e.g. {@code 9.1} */
  public abstract String id();

  /** @return the group's name */
  public abstract Label name();

  /** @return its score; empty when the card does not give it */
  public abstract Optional<BigDecimal> score();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupRow}. */
  static final class Builder extends ImmutableGroupRow.Builder {}

  @Override
  public String toString() {
    return id() + "=" + score().map(BigDecimal::toPlainString).orElse("–");
  }
}
