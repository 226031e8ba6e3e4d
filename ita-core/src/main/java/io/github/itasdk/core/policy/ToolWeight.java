package io.github.itasdk.core.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.Optional;
import io.github.itasdk.core.Scores;
import org.immutables.value.Value;

/** The weight, in percent of the total, of one tool or EIT part. */
@Value.Immutable
@JsonSerialize(as = ImmutableToolWeight.class)
@JsonDeserialize(as = ImmutableToolWeight.class)
public abstract class ToolWeight {
  /** @return the tool */
  public abstract ToolKind tool();

  /** @return the part, where the year weights EIT parts separately */
  public abstract Optional<Part> part();

  /** @return the weight in percent, e.g. 30 */
  public abstract BigDecimal weight();

  /** @return the tool and part together */
  @JsonIgnore
  public ToolPart toolPart() {
    return ToolPart.of(tool(), part().orElse(null));
  }

  @Value.Check
  ToolWeight normalized() {
    return Scores.isCanonical(weight()) ? this : builder().from(this).weight(Scores.canonical(weight())).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ToolWeight}. */
  public static final class Builder extends ImmutableToolWeight.Builder {}

  @Override
  public String toString() {
    return toolPart() + "=" + weight().toPlainString();
  }
}
