package io.github.itasdk.core.input;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Facts about the assessed agency: its name and type for reports, and the stakeholder group sizes the
 * minimum-sample rule needs (staff with ≥ 1 year of service; estimated external stakeholders).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgency.class)
@JsonDeserialize(as = ImmutableAgency.class)
public abstract class Agency {
  /** @return the agency's name */
  public abstract String name();

  /** @return its type, e.g. ministry department or sub-district administration */
  public abstract Optional<String> type();

  /** @return N for the IIT: staff with at least one year of service */
  public abstract Optional<Integer> staff();

  /** @return N for the EIT: estimated external stakeholders in the fiscal year */
  public abstract Optional<Integer> externalStakeholders();

  /** @param name the name @return an agency with a name only */
  public static Agency named(String name) {
    return builder().name(name).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Agency}. */
  public static final class Builder extends ImmutableAgency.Builder {}

  @Override
  public String toString() {
    return name() + type().map(t -> " (" + t + ")").orElse("");
  }
}
