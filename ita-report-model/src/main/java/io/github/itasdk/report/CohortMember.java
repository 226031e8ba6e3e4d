package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.policy.Rating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One agency-year of a cohort. */
@Value.Immutable
@JsonSerialize(as = ImmutableCohortMember.class)
@JsonDeserialize(as = ImmutableCohortMember.class)
public abstract class CohortMember {
  /** @return the agency's name ({@code ?} where the card has none) */
  public abstract String agency();

  /** @return the fiscal year B.E. */
  public abstract int fiscalYear();

  /** @return the rubric id */
  public abstract String rubric();

  /** @return the total */
  public abstract BigDecimal total();

  /** @return its rating under its own year's policy, when settled */
  public abstract Optional<Rating> rating();

  /** @return every rating its figures allow */
  public abstract List<Rating> ratingCandidates();

  /** @return indicator scores by number ({@code "1"} … {@code "10"}) */
  public abstract Map<String, BigDecimal> indicators();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CohortMember}. */
  static final class Builder extends ImmutableCohortMember.Builder {}

  @Override
  public String toString() {
    return agency() + " FY" + fiscalYear() + " " + total().toPlainString() + " "
        + rating().map(Rating::code).orElse("undetermined");
  }
}
