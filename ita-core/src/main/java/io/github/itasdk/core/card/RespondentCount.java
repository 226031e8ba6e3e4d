package io.github.itasdk.core.card;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ToolKind;
import java.util.Optional;
import org.immutables.value.Value;

/** How many respondents a survey had, and the minimum sample where the group size is known. */
@Value.Immutable
@JsonSerialize(as = ImmutableRespondentCount.class)
@JsonDeserialize(as = ImmutableRespondentCount.class)
public abstract class RespondentCount {
  /** @return IIT or EIT */
  public abstract ToolKind tool();

  /** @return the EIT part, where split */
  public abstract Optional<Part> part();

  /** @return respondents scored */
  public abstract int count();

  /** @return the minimum sample for the group size the input gave */
  public abstract Optional<Integer> minimum();

  /** @return a new builder: the engine makes outputs, through {@code core.internal.CardBuilders} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RespondentCount}. */
  public static final class Builder extends ImmutableRespondentCount.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return tool() + part().map(p -> "/" + p).orElse("") + "=" + count() + minimum().map(m -> " (min " + m + ")").orElse("");
  }
}
