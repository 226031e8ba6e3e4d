package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Says that an OIT item may be left out of scoring: its required contents are activities (trainings,
 * meetings, seminars, study visits …) that a Cabinet resolution or a provincial or agency order can
 * prevent. The agency names the order in its explanation, and when the assessors accept the reason the
 * item is not scored (NACC, ITA manual for fiscal year 2564, §6.4.2, line 664). Items without this rule
 * may not be excluded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExclusionRule.class)
@JsonDeserialize(as = ImmutableExclusionRule.class)
public abstract class ExclusionRule {
  /** @return where the permission comes from */
  public abstract Provenance provenance();

  /** @param provenance where it comes from @return the rule */
  public static ExclusionRule of(Provenance provenance) {
    return builder().provenance(provenance).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExclusionRule}. */
  public static final class Builder extends ImmutableExclusionRule.Builder {}

  @Override
  public String toString() {
    return "may be excluded" + (provenance().isProvisional() ? " [PROVISIONAL]" : "");
  }
}
