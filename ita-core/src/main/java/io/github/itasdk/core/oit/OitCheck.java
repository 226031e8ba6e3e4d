package io.github.itasdk.core.oit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.card.ScoreCard;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of the OIT self-check: the findings item by item, and what they put at stake — the OIT score
 * (and the total, when the input has IIT and EIT figures) as answered and as it would be if every finding
 * that loses an item holds against the agency. Findings are advice: the answers are not changed.
 *
 * <pre>{@code
 * OitCheck c = OitSelfCheck.of(Rubrics.forFiscalYear(2566)).check(input);
 * c.findings();            // o2 ELEMENTS_MISSING (loses the item): does not show: photo …
 * c.claimedOit();          // Optional[100.00]
 * c.projectedOit();        // Optional[90.00]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOitCheck.class)
@JsonDeserialize(as = ImmutableOitCheck.class)
public abstract class OitCheck {
  /** @return the rubric id */
  public abstract String rubric();

  /** @return the agency's name, when given */
  public abstract Optional<String> agency();

  /** @return the agency's main website, when given */
  public abstract Optional<String> website();

  /** @return every finding, in rubric item order, agency findings first */
  public abstract List<OitFinding> findings();

  /** @return the OIT verdicts as answered (a missing item or an exclusion not allowed counts as no) */
  public abstract List<OitAssessment> claimed();

  /** @return the OIT verdicts if every finding that loses an item holds (those items count as no) */
  public abstract List<OitAssessment> projected();

  /** @return the OIT score as answered */
  public abstract Optional<BigDecimal> claimedOit();

  /** @return the OIT score if the findings hold */
  public abstract Optional<BigDecimal> projectedOit();

  /** @return the total as answered, when the input has IIT and EIT figures */
  public abstract Optional<BigDecimal> claimedTotal();

  /** @return the score card if the findings hold, when the input has IIT and EIT figures */
  public abstract Optional<ScoreCard> projectedCard();

  /**
   * @return a score card of the OIT alone if the findings hold, with every other tool set to 0 so that it
   *     can be scored: read its OIT figures (tool, indicators 9-10, groups, items) only
   */
  public abstract Optional<ScoreCard> projectedOitCard();

  /** @return why a score above is missing, Thai and English */
  public abstract List<Label> notes();

  /** @return the total if the findings hold */
  @JsonIgnore
  public Optional<BigDecimal> projectedTotal() {
    return projectedCard().map(ScoreCard::total);
  }

  /** @return the items that would score 0 if the findings hold, in rubric order */
  @JsonIgnore
  public List<String> itemsAtRisk() {
    return findings().stream().filter(OitFinding::losesItem).map(f -> f.item().orElse(""))
        .filter(s -> !s.isEmpty()).distinct().toList();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OitCheck}. */
  public static final class Builder extends ImmutableOitCheck.Builder {}

  @Override
  public String toString() {
    return "OitCheck[" + rubric() + ", " + findings().size() + " findings, items at risk " + itemsAtRisk()
        + ", OIT " + claimedOit().map(BigDecimal::toPlainString).orElse("?") + " → "
        + projectedOit().map(BigDecimal::toPlainString).orElse("?")
        + projectedTotal().map(t -> ", total " + claimedTotal().map(BigDecimal::toPlainString).orElse("?") + " → "
            + t.toPlainString()).orElse("") + "]";
  }
}
