package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.core.uncertainty.RatingChance;
import io.github.itasdk.core.uncertainty.SamplePlan;
import io.github.itasdk.core.uncertainty.Uncertainty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The uncertainty section of an analysis report: how sure the scores are, as a bootstrap over the
 * respondents found it ({@code io.github.itasdk.core.uncertainty.Bootstrap}). The report does not resample: the
 * caller runs the bootstrap and passes its {@link Uncertainty} in {@link ReportOptions#uncertainty()}.
 *
 * <p>When {@link #available()} is false (the input had no raw survey answers, e.g. published figures only)
 * the section carries no interval and no probability, only {@link #reason()} and the {@link #notes()}.
 *
 * <pre>{@code
 * Uncertainty u = Bootstrap.of(rubric).run(input, BootstrapOptions.builder().resamples(1000).seed(7).build());
 * AnalysisReport r = AnalysisReport.of(card, rubric, ReportOptions.builder().uncertainty(u).build());
 * r.uncertainty().flatMap(UncertaintySection::total);   // Optional[total 83.85 [83.01, 84.67] se 0.4304]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUncertaintySection.class)
@JsonDeserialize(as = ImmutableUncertaintySection.class)
public abstract class UncertaintySection {
  /** @return false when there was nothing to resample: no interval and no probability is given */
  public abstract boolean available();

  /** @return why no interval is given (present exactly when {@link #available()} is false) */
  public abstract Optional<String> reason();

  /** @return what was held fixed, and (when not available) why there is no interval */
  public abstract List<String> notes();

  /** @return the interval level, strictly between 0 and 1, e.g. 0.95 */
  public abstract BigDecimal level();

  /** @return the number of resamples */
  public abstract int resamples();

  /** @return the seed the resamples were drawn with (the same seed gives the same numbers) */
  public abstract long seed();

  /** @return the total's interval; empty when not available */
  public abstract Optional<Interval> total();

  /** @return intervals of the resampled tools (EIT per part and, where both parts were resampled, together) */
  public abstract List<Interval> tools();

  /** @return intervals of the resampled indicators (EIT per part and together) */
  public abstract List<Interval> indicators();

  /** @return the total the rating policy counts as meeting the national target, e.g. 85.00 */
  public abstract BigDecimal target();

  /** @return the share of resamples whose total reaches {@link #target()}, 0–1, 4 decimals */
  public abstract Optional<BigDecimal> probabilityMeetsTarget();

  /**
   * @return the rating the resamples are compared with: the card's, or its first candidate when the figures
   *     leave the rating open (as the bootstrap does)
   */
  public abstract Optional<Rating> rating();

  /** @return the share of resamples rated other than {@link #rating()}, 0–1, 4 decimals */
  public abstract Optional<BigDecimal> probabilityRatingDiffers();

  /** @return the share of resamples at each level of the rating policy, in band order (they sum to 1) */
  public abstract List<RatingChance> ratings();

  /** @return the half-width of the total's interval the sample plan aims at */
  public abstract BigDecimal targetHalfWidth();

  /** @return per resampled survey, respondents now and needed for {@link #targetHalfWidth()} */
  public abstract List<SamplePlan> planning();

  /**
   * @param number an indicator number
   * @return the interval of the indicator's published-level figure (for EIT, both parts together)
   */
  public Optional<Interval> indicator(int number) {
    return find(indicators(), Integer.toString(number), null);
  }

  /**
   * @param tool a tool
   * @return the tool's interval (for EIT, both parts together)
   */
  public Optional<Interval> tool(ToolKind tool) {
    return find(tools(), tool.name(), null);
  }

  private static Optional<Interval> find(List<Interval> in, String id, Part part) {
    return in.stream().filter(i -> i.id().equals(id) && i.part().orElse(null) == part).findFirst();
  }

  /** Probabilities are shown with 4 decimals (exact for up to 10,000 resamples). */
  static BigDecimal probability(double p) {
    return BigDecimal.valueOf(p).setScale(4, RoundingMode.HALF_UP);
  }

  /**
   * The section of a report on {@code card}: copies the bootstrap's figures after checking they belong to
   * the card (every interval's estimate is the card's figure, every rating level is the rubric's).
   *
   * @throws InvalidInputException listing every figure of the uncertainty that is not the card's
   */
  static UncertaintySection of(Uncertainty u, ScoreCard card, Rubric rubric) {
    RatingPolicy policy = rubric.ratingPolicy();
    Builder b = builder().available(u.available())
        .reason(u.available() ? Optional.empty() : Optional.of(u.reason().orElse("no interval (no reason given)")))
        .notes(u.notes())
        .level(BigDecimal.valueOf(u.options().level())).resamples(u.options().resamples()).seed(u.options().seed())
        .target(policy.target().setScale(2, RoundingMode.HALF_UP)).targetHalfWidth(u.options().targetHalfWidth());
    if (!u.available()) {
      return b.build();
    }
    List<Problem> problems = new ArrayList<>();
    u.total().ifPresent(t -> same(problems, "uncertainty.total", t, Optional.of(card.total())));
    for (int i = 0; i < u.tools().size(); i++) {
      Interval t = u.tools().get(i);
      Optional<BigDecimal> figure = java.util.Arrays.stream(ToolKind.values()).filter(k -> k.name().equals(t.id()))
          .findFirst().flatMap(k -> t.part().isPresent() ? card.eit(t.part().get()) : card.tool(k));
      same(problems, "uncertainty.tools[" + i + "]", t, figure);
    }
    for (int i = 0; i < u.indicators().size(); i++) {
      Interval t = u.indicators().get(i);
      Optional<BigDecimal> figure = rubric.indicators().stream().filter(x -> Integer.toString(x.number()).equals(t.id()))
          .findFirst().flatMap(x -> t.part().isPresent() ? card.indicator(x.number(), t.part().get())
              : card.indicator(x.number()));
      same(problems, "uncertainty.indicators[" + i + "]", t, figure);
    }
    List<String> codes = policy.bands().stream().map(RatingBand::code).toList();
    for (RatingChance c : u.ratings()) {
      if (!codes.contains(c.code())) {
        problems.add(new Problem("uncertainty.ratings", "rating [" + c.code() + "] is not a level of "
            + policy.id() + " (levels: " + codes + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Optional<Rating> point = card.rating().or(() -> card.ratingCandidates().stream().findFirst());
    return b.total(u.total()).tools(u.tools()).indicators(u.indicators())
        .probabilityMeetsTarget(u.probabilityMeetsTarget().map(UncertaintySection::probability))
        .rating(point).probabilityRatingDiffers(u.probabilityRatingDiffers().map(UncertaintySection::probability))
        .ratings(u.ratings()).planning(u.planning()).build();
  }

  private static void same(List<Problem> problems, String where, Interval i, Optional<BigDecimal> figure) {
    if (figure.isEmpty()) {
      problems.add(new Problem(where, "the score card has no figure for [" + i.id() + i.part().map(p -> "/" + p)
          .orElse("") + "]: the uncertainty is not of this card"));
    } else if (figure.get().compareTo(i.estimate()) != 0) {
      problems.add(new Problem(where, "estimate of [" + i.id() + i.part().map(p -> "/" + p).orElse("") + "] is ["
          + i.estimate().toPlainString() + "], the score card's figure is [" + figure.get().toPlainString()
          + "]: the uncertainty is not of this card"));
    }
  }

  @Value.Check
  void check() {
    if (available() == reason().isPresent()) {
      throw new io.github.itasdk.core.ItaException("An uncertainty section has a reason exactly when it is not "
          + "available (available [" + available() + "], reason [" + reason().orElse("") + "])");
    }
  }

  /** @return a new builder (for deserialisation and tests; reports build the section themselves) */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UncertaintySection}. */
  static final class Builder extends ImmutableUncertaintySection.Builder {}

  @Override
  public String toString() {
    if (!available()) {
      return "UncertaintySection[none: " + reason().orElse("") + "]";
    }
    return "UncertaintySection[" + level().movePointRight(2).stripTrailingZeros().toPlainString() + "% "
        + total().map(Interval::toString).orElse("") + ", P(meets target)="
        + probabilityMeetsTarget().map(BigDecimal::toPlainString).orElse("?") + ", P(rating differs)="
        + probabilityRatingDiffers().map(BigDecimal::toPlainString).orElse("?") + "]";
  }
}
