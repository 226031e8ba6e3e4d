package io.github.itasdk.report;

import io.github.itasdk.core.Label;
import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Whether the result can be announced, told truthfully: {@link Status#PUBLISHABLE} only when every publication
 * condition of the rubric is known to be met; otherwise the conditions missed, and those the input neither
 * stated nor let the SDK check.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePublication.class)
@JsonDeserialize(as = ImmutablePublication.class)
public abstract class Publication {
  /** The three answers. */
  public enum Status {
    /** Every condition is known to be met. */
    PUBLISHABLE,
    /** Some condition is known to be missed: the result is shown to the agency only. */
    NOT_PUBLISHABLE,
    /** No condition is known to be missed, but some were not checked. */
    NOT_ALL_CHECKED
  }

  /** @return the answer */
  public abstract Status status();

  /** @return the conditions missed, each with its detail where the SDK has one (e.g. the IIT sample) */
  public abstract List<Label> missed();

  /** @return the conditions not checked */
  public abstract List<Label> unchecked();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}. */
  static final class Builder extends ImmutablePublication.Builder {}

  @Override
  public String toString() {
    return status() + (missed().isEmpty() ? "" : " missed " + missed().size()) + (unchecked().isEmpty() ? "" : " unchecked " + unchecked().size());
  }
}
