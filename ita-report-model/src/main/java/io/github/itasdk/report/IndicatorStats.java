package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import org.immutables.value.Value;

/** One indicator's statistics over a cohort. */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorStats.class)
@JsonDeserialize(as = ImmutableIndicatorStats.class)
public abstract class IndicatorStats {
  /** @return 1..10 */
  public abstract int number();

  /** @return its name (in the newest year of the cohort) */
  public abstract Label name();

  /** @return mean, median, min, max over the members that have it */
  public abstract Stats stats();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorStats}. */
  static final class Builder extends ImmutableIndicatorStats.Builder {}

  @Override
  public String toString() {
    return number() + ": " + stats();
  }
}
