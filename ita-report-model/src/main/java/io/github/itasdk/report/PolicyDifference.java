package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.policy.Rating;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A cohort member whose standing would differ under another year's rating policy. Ratings of different
 * policies have different codes, so what is compared is what they say: whether the agency meets the
 * national target, and whether it holds the policy's top level (its first band). Example: a FY2566 total
 * of 96.15 with an EIT part below 85 is ผ่าน (Pass, not the top level) under FY2566 and AA (the top level)
 * under FY2564's letter grades.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicyDifference.class)
@JsonDeserialize(as = ImmutablePolicyDifference.class)
public abstract class PolicyDifference {
  /** @return the agency */
  public abstract String agency();

  /** @return its fiscal year B.E. */
  public abstract int fiscalYear();

  /** @return its total */
  public abstract BigDecimal total();

  /** @return its rating under its own year's policy */
  public abstract Rating own();

  /** @return its rating under the other policy */
  public abstract Rating other();

  /** @return what differs, e.g. {@code top level under ITA-2564/grades only} */
  public abstract String difference();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PolicyDifference}. */
  static final class Builder extends ImmutablePolicyDifference.Builder {}

  @Override
  public String toString() {
    return agency() + " FY" + fiscalYear() + " " + own().code() + " vs " + other().code() + " (" + difference() + ")";
  }
}
