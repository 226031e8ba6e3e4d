package io.github.itasdk.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.rubric.Provenance;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The national target of a fiscal year for the whole cohort: the share of agencies, in percent, whose
 * total should reach the rating policy's {@link RatingPolicy#target() target} score (e.g. at least 65 % in
 * FY2564, 100 % in FY2566). Cohort statistics count against it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetShare.class)
@JsonDeserialize(as = ImmutableTargetShare.class)
public abstract class TargetShare {
  /** @return the share of agencies in percent, 0–100, e.g. 100 */
  public abstract BigDecimal percent();

  /** @return where the target comes from */
  public abstract Provenance provenance();

  @Value.Check
  TargetShare normalized() {
    return Scores.isCanonical(percent()) ? this : builder().from(this).percent(Scores.canonical(percent())).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetShare}. */
  public static final class Builder extends ImmutableTargetShare.Builder {}

  @Override
  public String toString() {
    return "TargetShare[" + percent().toPlainString() + " %]";
  }
}
