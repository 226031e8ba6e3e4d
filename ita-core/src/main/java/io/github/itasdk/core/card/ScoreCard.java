package io.github.itasdk.core.card;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.PublicationCondition;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of scoring one agency under one rubric: the total, the rating, tool (EIT parts separately
 * and together), indicator, group and question scores, respondent counts, whether the result is
 * publishable and why not, which figures rest on provisional rubric data, and warnings. Every score is
 * rounded HALF_UP to 2 decimals; ratings are decided on those rounded figures.
 *
 * <pre>{@code
 * ScoreCard card = ScoringEngine.of(rubric).score(input);
 * card.total();                                      // 98.90
 * card.rating();                                     // Optional[EXCELLENT ดีเยี่ยม (Excellent)]
 * card.indicator(8);                                 // Optional[96.58]
 * card.ratedUnder(Rubrics.forFiscalYear(2564).ratingPolicy()).rating();   // Optional[AA AA]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScoreCard.class)
@JsonDeserialize(as = ImmutableScoreCard.class)
public abstract class ScoreCard {
  /** @return the rubric id the card was scored under, e.g. {@code ITA-2566} */
  public abstract String rubric();

  /** @return the weighting policy id */
  public abstract String weighting();

  /** @return the rating policy id the rating comes from */
  public abstract String ratingPolicy();

  /** @return the agency's name, where the input gave one */
  public abstract Optional<String> agency();

  /** @return the total, 0.00–100.00 */
  public abstract BigDecimal total();

  /** @return the rating; empty when the figures allow several ({@link #ratingCandidates()}) */
  public abstract Optional<Rating> rating();

  /** @return every rating the figures allow; one when settled */
  public abstract List<Rating> ratingCandidates();

  /** @return the rounded total and lowest tool score the rating was decided on */
  public abstract RatingBasis ratingBasis();

  /** @return tool scores: whole tools, EIT parts, and EIT as the weighted mean of its parts */
  public abstract List<Figure> tools();

  /** @return indicator scores 1–10 (EIT also per part) */
  public abstract List<Figure> indicators();

  /** @return OIT sub-indicator / group scores */
  public abstract List<Figure> groups();

  /** @return question and OIT item scores (EIT also per part) */
  public abstract List<Figure> questions();

  /** @return OIT items left out of their group's mean, with the reason */
  public abstract List<OitAssessment> excludedItems();

  /** @return respondents per survey */
  public abstract List<RespondentCount> respondents();

  /** @return true unless some publication condition is known to be missed */
  public abstract boolean publishable();

  /** @return why the result would not be announced */
  public abstract List<String> unpublishableReasons();

  /** @return publication conditions the input neither stated nor allowed to check */
  public abstract List<PublicationCondition> uncheckedConditions();

  /** @return the provisional rubric data the computed figures rest on */
  public abstract List<ProvisionalNote> provisional();

  /** @return consistency and rating warnings */
  public abstract List<Warning> warnings();

  @Value.Check
  ScoreCard normalized() {
    if (!Scores.isTwoDecimals(total())) {
      return ImmutableScoreCard.builder().from(this).total(Scores.twoDecimals(total())).build();
    }
    return this;
  }

  /**
   * @param tool the tool
   * @return its score (EIT: both parts together)
   */
  public Optional<BigDecimal> tool(ToolKind tool) {
    return find(tools(), tool.name(), null);
  }

  /** @param part an EIT part @return that part's EIT score */
  public Optional<BigDecimal> eit(Part part) {
    return find(tools(), ToolKind.EIT.name(), part);
  }

  /** @param number 1..10 @return the indicator's score (EIT: both parts together) */
  public Optional<BigDecimal> indicator(int number) {
    return find(indicators(), Integer.toString(number), null);
  }

  /** @param number 6..8 @param part EIT part @return the indicator's score in that part */
  public Optional<BigDecimal> indicator(int number, Part part) {
    return find(indicators(), Integer.toString(number), part);
  }

  /** @param id question or OIT item id @return its score (EIT: both parts together) */
  public Optional<BigDecimal> question(String id) {
    return find(questions(), id, null);
  }

  /** @param id an EIT question id @param part the part @return its score in that part */
  public Optional<BigDecimal> question(String id, Part part) {
    return find(questions(), id, part);
  }

  /** @param id e.g. {@code 9.1} @return the group's score */
  public Optional<BigDecimal> group(String id) {
    return find(groups(), id, null);
  }

  private static Optional<BigDecimal> find(List<Figure> figures, String id, Part part) {
    for (Figure f : figures) { // a loop, not a stream: see the note on Rubric's loops
      if (f.id().equals(id) && Objects.equals(f.part().orElse(null), part)) {
        return Optional.of(f.score());
      }
    }
    return Optional.empty();
  }

  /**
   * Rates this card under another policy (e.g. a FY2566 card under FY2564's letter grades). The figures
   * stay as they are; rating twice is the same as rating once. The rating warnings and the provisional
   * note of the old policy are replaced by the new policy's; a rating that only the published rating
   * settled is kept under the card's own policy alone.
   *
   * @param policy the policy
   * @return a copy rated under that policy
   */
  public ScoreCard ratedUnder(RatingPolicy policy) {
    List<Rating> candidates = ratingBasis().candidates(policy);
    Optional<Rating> rating = candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    if (policy.id().equals(ratingPolicy()) && rating().isPresent() && candidates.contains(rating().get())) {
      rating = rating();
    }
    if (policy.id().equals(ratingPolicy())) {
      return ImmutableScoreCard.builder().from(this).rating(rating).ratingCandidates(candidates).build();
    }
    // the warnings and provisional notes about the old policy's rating do not hold under another policy
    List<Warning> warnings = new java.util.ArrayList<>(warnings().stream()
        .filter(w -> !w.figure().equals("rating")).toList());
    if (rating.isEmpty()) {
      warnings.add(Warning.builder().kind(Warning.Kind.RATING_UNDETERMINED).figure("rating")
          .message("under " + policy.id() + " the figures allow " + candidates.stream().map(Rating::code).toList()
              + " (" + ratingBasis() + ")").build());
    }
    List<ProvisionalNote> provisional = provisional().stream()
        .filter(n -> !n.element().startsWith("rating policy ")).collect(java.util.stream.Collectors.toList());
    if (policy.provenance().isProvisional()) {
      provisional.add(ProvisionalNote.of("rating policy " + policy.id(), policy.provenance().note().orElse("")));
    }
    return ImmutableScoreCard.builder().from(this).ratingPolicy(policy.id()).rating(rating)
        .ratingCandidates(candidates).warnings(warnings).provisional(provisional).build();
  }

  /** @return a new builder: the engine makes outputs, through {@code core.internal.CardBuilders} */
  static Builder builder() {
    return new Builder();
  }

  /** @return the engine's fast way to a card's figures, through {@code core.internal.CardBuilders} */
  static io.github.itasdk.core.internal.CardBuilders.Parts parts() {
    return new CardParts();
  }

  /** Builds a {@link ScoreCard}. */
  public static final class Builder extends ImmutableScoreCard.Builder {
    Builder() {}
  }

  /** @return a short, readable summary: total, rating, tools, indicators, warnings */
  /**
   * @return this card with its total, tool, EIT part and indicator figures, rating and notes, without the
   *     question and group figures: what statistics over thousands of cards need, in a fraction of the memory
   */
  public ScoreCard withoutDetail() {
    return ImmutableScoreCard.builder().from(this).questions(List.of()).groups(List.of()).build();
  }

  @Override
  public String toString() {
    String ratingText = rating().map(Rating::toString)
        .orElse("undetermined " + ratingCandidates().stream().map(Rating::code).toList());
    return "ScoreCard[" + rubric() + agency().map(a -> " " + a).orElse("") + "]\n"
        + "  total " + total().toPlainString() + "  rating " + ratingText + (publishable() ? "" : "  NOT PUBLISHABLE")
        + "\n  tools " + tools().stream().map(Figure::toString).collect(Collectors.joining(", "))
        + "\n  indicators " + indicators().stream().filter(f -> f.part().isEmpty())
            .map(f -> f.id() + "=" + f.score().toPlainString()).collect(Collectors.joining(" "))
        + (provisional().isEmpty() ? "" : "\n  provisional: " + provisional().size() + " rubric facts")
        + (warnings().isEmpty() ? "" : "\n  warnings: " + warnings().stream().map(Warning::toString)
            .collect(Collectors.joining("\n    ", "\n    ", "")));
  }
}
