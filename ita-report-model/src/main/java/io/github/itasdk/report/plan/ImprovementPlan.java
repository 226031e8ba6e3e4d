package io.github.itasdk.report.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.Rubric;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The improvement planner's result for one score card.
 *
 * <ul>
 *   <li>{@link #questionGains()}: every question (EIT: per part where the card has the part's figure) and OIT
 *       item with a figure, with the exact gain in the total if it rose to 100, largest first. The gains of
 *       all questions of a tool add up to (100 − tool score) × tool weight / Σ weights, exactly, when every
 *       question of the tool has a figure and no higher figure of the tool was published in its place.</li>
 *   <li>{@link #indicatorGains()}: the same for indicators 1–10.</li>
 *   <li>{@link #oitPlans()} and {@link #indicatorPlans()}: for the threshold and each level of the year's
 *       policy that meets the national target, the smallest set of OIT items (indicators) whose fixing
 *       reaches it. Gains are independent and additive, so taking the largest first is optimal; a level
 *       with a tool floor first lifts each tool below the floor (largest effect on that tool first), and
 *       says so plainly when fixing these units alone cannot reach it (e.g. an EIT part below the floor).</li>
 * </ul>
 *
 * <p>The gains come from the rubric's weights and counts, not from re-scoring. Where the card's higher
 * figures (e.g. indicators) were published rather than computed, the gains assume those figures follow
 * the questions below them (see {@link #notes()}). The starting total is computed exactly from the card's
 * figures the way the engine does.
 *
 * <pre>{@code
 * ImprovementPlan plan = ImprovementPlan.of(card, Rubrics.forFiscalYear(2566), new BigDecimal("85"));
 * plan.questionGains().get(0);        // e13/PUBLIC 68.42 +0.16 (…)
 * plan.oitPlans();                    // THRESHOLD ALREADY_MET …, EXCELLENT OUT_OF_REACH … blocked [EIT 87.27 < 95.00]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImprovementPlan.class)
@JsonDeserialize(as = ImmutableImprovementPlan.class)
public abstract class ImprovementPlan {
  /** @return the total the plans start from, 2 decimals */
  public abstract BigDecimal startTotal();

  /** @return question and OIT item gains, largest first (ties in rubric order) */
  public abstract List<Gain> questionGains();

  /** @return indicator gains, largest first (ties in number order) */
  public abstract List<Gain> indicatorGains();

  /** @return questions and items the card gives no figure for (not planned), e.g. {@code e4/PUBLIC} */
  public abstract List<String> notPlanned();

  /** @return the levels reached by fixing OIT items only */
  public abstract List<LevelPlan> oitPlans();

  /** @return the levels reached by fixing indicators */
  public abstract List<LevelPlan> indicatorPlans();

  /** @return caveats, e.g. that published indicator figures are assumed to follow their questions */
  public abstract List<String> notes();

  /**
   * Plans a card.
   *
   * @param card the score card
   * @param rubric the rubric it was scored under (its id must be the card's)
   * @param threshold the report's threshold, 0–100 (e.g. 85)
   * @return the plan
   * @throws ItaException when the rubric is not the card's
   */
  public static ImprovementPlan of(ScoreCard card, Rubric rubric, BigDecimal threshold) {
    if (!card.rubric().equals(rubric.id())) {
      throw new ItaException("Score card scored under [" + card.rubric() + "] cannot be planned with rubric ["
          + rubric.id() + "]");
    }
    return new Planner(card, rubric, threshold).plan();
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImprovementPlan}. */
  static final class Builder extends ImmutableImprovementPlan.Builder {}

  @Override
  public String toString() {
    return "ImprovementPlan[start " + startTotal().toPlainString() + ", top "
        + questionGains().stream().limit(3).map(Gain::toString).toList() + ", OIT " + oitPlans()
        + ", indicators " + indicatorPlans() + "]";
  }
}
