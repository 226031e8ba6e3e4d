package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import org.immutables.value.Value;

/** A publication condition as a rubric year states it, with its wording. */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicationRule.class)
@JsonDeserialize(as = ImmutablePublicationRule.class)
public abstract class PublicationRule {
  /** @return the condition */
  public abstract PublicationCondition code();

  /** @return its wording */
  public abstract Label label();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublicationRule}. */
  public static final class Builder extends ImmutablePublicationRule.Builder {}

  @Override
  public String toString() {
    return code() + " " + label();
  }
}
