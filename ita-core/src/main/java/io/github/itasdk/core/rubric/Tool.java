package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.util.List;
import org.immutables.value.Value;

/** One assessment tool of a rubric year, with the parts the year splits it into (EIT from FY2566). */
@Value.Immutable
@JsonSerialize(as = ImmutableTool.class)
@JsonDeserialize(as = ImmutableTool.class)
public abstract class Tool {
  /** @return IIT, EIT or OIT */
  public abstract ToolKind tool();

  /** @return the tool's name */
  public abstract Label label();

  /** @return the parts scored separately; empty when the tool is not split */
  public abstract List<Part> parts();

  /** @return the tool's indicators in number order */
  public abstract List<Indicator> indicators();

  /** @return true when the year splits this tool into parts */
  public boolean hasParts() {
    return !parts().isEmpty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tool}. */
  public static final class Builder extends ImmutableTool.Builder {}

  @Override
  public String toString() {
    return tool() + (hasParts() ? parts().toString() : "") + " " + label() + " indicators "
        + indicators().stream().map(Indicator::number).toList();
  }
}
