package io.github.itasdk.core.input;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Facts about the assessed agency: its name and type for reports, and the stakeholder group sizes the
 * minimum-sample rule needs (staff with ≥ 1 year of service; estimated external stakeholders), and its
 * main website, where its OIT evidence must be published.
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

  /**
   * The size of the stakeholder group a sample of a tool is judged against: staff for the IIT, external
   * stakeholders for the whole EIT. An EIT part has no group size of its own (the agency estimates its
   * external stakeholders once), and the OIT is an audit, not a sample.
   *
   * @param survey a survey tool or EIT part
   * @return N for the minimum-sample rule, when the agency states it
   */
  public Optional<Integer> groupSize(ToolPart survey) {
    return survey.tool() == ToolKind.IIT ? staff()
        : survey.tool() == ToolKind.EIT && survey.part() == null ? externalStakeholders() : Optional.empty();
  }

  /**
   * @return the agency's main website (an absolute http or https URL): OIT evidence must be published
   *     there (NACC, ITA manual for fiscal year 2564, §6.4.2)
   */
  public abstract Optional<String> website();

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
