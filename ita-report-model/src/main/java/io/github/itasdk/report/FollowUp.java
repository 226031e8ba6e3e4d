package io.github.itasdk.report;

import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The report on last year's measures (FY2566 OIT o43, FY2568 o28): each measure, its status, and how the
 * figures it targeted moved since the previous assessment.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUp.class)
@JsonDeserialize(as = ImmutableFollowUp.class)
public abstract class FollowUp {
  /** @return the previous assessment's fiscal year B.E., when its card was given */
  public abstract Optional<Integer> previousFiscalYear();

  /** @return the previous assessment's rubric id, when its card was given */
  public abstract Optional<String> previousRubric();

  /** @return the change of the total, when the previous card was given */
  public abstract Optional<DeltaRow> total();

  /** @return the measures, in the order the plans list them */
  public abstract List<FollowUpRow> rows();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUp}. */
  static final class Builder extends ImmutableFollowUp.Builder {}

  @Override
  public String toString() {
    return "FollowUp[" + previousRubric().orElse("no previous card") + ", " + rows().size() + " measures]";
  }
}
