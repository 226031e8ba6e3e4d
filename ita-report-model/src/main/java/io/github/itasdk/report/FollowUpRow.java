package io.github.itasdk.report;

import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One of last year's measures with its status and how the figures it targeted moved. */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUpRow.class)
@JsonDeserialize(as = ImmutableFollowUpRow.class)
public abstract class FollowUpRow {
  /** @return the past measure as the agency reports it */
  public abstract PastMeasure measure();

  /** @return the targeted figures, last year against this year */
  public abstract List<FigureMove> moves();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpRow}. */
  static final class Builder extends ImmutableFollowUpRow.Builder {}

  @Override
  public String toString() {
    return "FollowUpRow[" + measure() + " " + moves() + "]";
  }
}
