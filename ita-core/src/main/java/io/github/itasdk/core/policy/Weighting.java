package io.github.itasdk.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.Provenance;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the tool scores combine into the total: total = Σ tool score × weight / Σ weights (the weights sum to
 * 100). FY2564 weights IIT,
 * EIT and OIT 30/30/40; FY2566 onward weights EIT's two parts 15/15.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeighting.class)
@JsonDeserialize(as = ImmutableWeighting.class)
public abstract class Weighting {
  /** @return the policy id, e.g. {@code ITA-2566/weights} */
  public abstract String id();

  /** @return its name */
  public abstract Optional<Label> label();

  /** @return one weight per tool or part; they sum to 100 */
  public abstract List<ToolWeight> weights();

  /** @return where the weights come from */
  public abstract Provenance provenance();

  /**
   * @param toolPart a tool or part
   * @return its weight, if weighted
   */
  public Optional<BigDecimal> weightOf(ToolPart toolPart) {
    for (ToolWeight w : weights()) { // a loop, not a stream: see the note on Rubric's loops
      if (w.toolPart().equals(toolPart)) {
        return Optional.of(w.weight());
      }
    }
    return Optional.empty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Weighting}. */
  public static final class Builder extends ImmutableWeighting.Builder {}

  @Override
  public String toString() {
    return "Weighting[" + id() + " " + weights() + "]";
  }
}
