package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.card.ProvisionalNote;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.policy.Rating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The head of an analysis report: agency, fiscal year, rubric, total, rating (Thai and English), whether
 * the result can be announced (and which conditions were missed or not checked), and which figures rest on
 * provisional rubric data.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportHeader.class)
@JsonDeserialize(as = ImmutableReportHeader.class)
public abstract class ReportHeader {
  /** @return the agency's name as the input gave it (untrusted text: renderers escape it) */
  public abstract Optional<String> agency();

  /** @return the fiscal year B.E., e.g. 2566 */
  public abstract int fiscalYear();

  /** @return the fiscal year C.E., e.g. 2023 */
  public abstract int fiscalYearCE();

  /** @return the rubric id, e.g. {@code ITA-2566} */
  public abstract String rubric();

  /** @return the assessment's title */
  public abstract Label title();

  /** @return the total, 2 decimals */
  public abstract BigDecimal total();

  /** @return the rating; empty when the card's figures allow several */
  public abstract Optional<Rating> rating();

  /** @return every rating the figures allow (one when settled) */
  public abstract List<Rating> ratingCandidates();

  /** @return the rating policy id */
  public abstract String ratingPolicy();

  /** @return the threshold the report judges indicators against (default: the rubric's target, 85.00) */
  public abstract BigDecimal threshold();

  /** @return whether the total reaches the threshold */
  public abstract boolean meetsThreshold();

  /** @return the total at which an agency meets the national target in this year's rating policy, e.g. 85.00 */
  public abstract BigDecimal target();

  /** @return whether the total meets the national target */
  public abstract boolean meetsTarget();

  /** @return whether the result can be announced: publishable only when every condition is known to be met */
  public abstract Publication publication();

  /** @return the provisional rubric data the figures rest on */
  public abstract List<ProvisionalNote> provisional();

  /**
   * @return the card's warnings (e.g. published figures that disagree); renderers word them in the report's
   *     language from their kind and figures
   */
  public abstract List<Warning> warnings();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportHeader}. */
  static final class Builder extends ImmutableReportHeader.Builder {}

  @Override
  public String toString() {
    return rubric() + agency().map(a -> " " + a).orElse("") + " total " + total().toPlainString() + " "
        + rating().map(Rating::code).orElse("undetermined " + ratingCandidates().stream().map(Rating::code).toList())
        + " " + publication();
  }
}
