package io.github.itasdk.report.oit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.oit.OitCheck;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.report.plan.Gain;
import io.github.itasdk.report.plan.ImprovementPlan;
import io.github.itasdk.report.plan.LevelPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The OIT self-check with what to do about it: the {@link OitCheck}, the OIT items whose fixing gains the
 * most (the improvement planner's gains in the total, computed on the answers as they would score if the
 * findings hold), and — when the input has IIT and EIT figures so the total is known — the planner's
 * smallest set of items to fix to reach the threshold and each level of the year's policy.
 *
 * <pre>{@code
 * OitCheck check = OitSelfCheck.of(rubric).check(input);
 * OitReview review = OitReview.of(check, rubric, new BigDecimal("85"));
 * review.fixOrder();     // [o2/+0.47, o7/+0.47, …]
 * review.plans();        // THRESHOLD REACHABLE fix [o2] → 85.12 …
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOitReview.class)
@JsonDeserialize(as = ImmutableOitReview.class)
public abstract class OitReview {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** @return the self-check */
  public abstract OitCheck check();

  /** @return the report's threshold, 0-100 */
  public abstract BigDecimal threshold();

  /** @return OIT items below 100 if the findings hold, largest gain in the total first */
  public abstract List<Gain> fixOrder();

  /** @return the planner's OIT plans per level; empty when the input has no IIT and EIT figures */
  public abstract List<LevelPlan> plans();

  /**
   * @param check the self-check
   * @param rubric the rubric it was made under
   * @param threshold the threshold, 0-100 (e.g. 85)
   * @return the review
   * @throws ItaException when the rubric is not the check's
   */
  public static OitReview of(OitCheck check, Rubric rubric, BigDecimal threshold) {
    if (!check.rubric().equals(rubric.id())) {
      throw new ItaException("OIT check made under [" + check.rubric() + "] cannot be reviewed with rubric ["
          + rubric.id() + "]");
    }
    Builder b = builder().check(check).threshold(threshold);
    Optional<ScoreCard> card = check.projectedCard().or(check::projectedOitCard);
    card.ifPresent(c -> {
      ImprovementPlan plan = ImprovementPlan.of(c, rubric, threshold);
      b.fixOrder(plan.questionGains().stream().filter(g -> g.tool() == ToolKind.OIT && g.score().compareTo(HUNDRED) < 0).toList());
      if (check.projectedCard().isPresent()) {
        b.plans(plan.oitPlans());
      }
    });
    return b.build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OitReview}. */
  public static final class Builder extends ImmutableOitReview.Builder {}

  @Override
  public String toString() {
    return "OitReview[" + check() + ", fix " + fixOrder().stream().map(g -> g.key()).toList() + ", plans " + plans() + "]";
  }
}
