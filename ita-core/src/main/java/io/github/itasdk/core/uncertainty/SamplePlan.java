package io.github.itasdk.core.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ToolKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Respondents a survey would need for the total's interval to reach the target half-width, estimated from
 * the current sample's variance (every survey grown in proportion), next to the minimum-sample rule.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSamplePlan.class)
@JsonDeserialize(as = ImmutableSamplePlan.class)
public abstract class SamplePlan {
  /** @return IIT or EIT */
  public abstract ToolKind tool();

  /** @return the EIT part, where split */
  public abstract Optional<Part> part();

  /** @return respondents now */
  public abstract int current();

  /** @return respondents estimated to reach the target half-width */
  public abstract int needed();

  /** @return the minimum sample for the group size the input gave */
  public abstract Optional<Integer> minimum();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SamplePlan}. */
  static final class Builder extends ImmutableSamplePlan.Builder {}

  @Override
  public String toString() {
    return tool() + part().map(p -> "/" + p).orElse("") + ": " + current() + " → " + needed()
        + minimum().map(m -> " (minimum sample " + m + ")").orElse("");
  }
}
