package io.github.itasdk.report;

import io.github.itasdk.core.Scores;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.uncertainty.Uncertainty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Statistics over many agencies' score cards: the rating distribution, the share of agencies with a total
 * at or above the threshold (the rating policy's target score, 85) against the target share (the rubric's
 * national target: FY2564 65 %, FY2566 100 %; or one the caller gives), per-indicator mean, median,
 * minimum and maximum, and the agencies whose standing would differ under another year's rating policy ({@link PolicyDifference}); and, given the members'
 * bootstraps ({@link #withUncertainties}), the members whose rating is too close to call.
 *
 * <p>The rubrics are passed in (e.g. {@code Rubrics.all()}): a card's rubric is found by its id, a CSV row's
 * by its fiscal year, and "the other years' policies" are those of the passed rubrics.
 *
 * <pre>{@code
 * Cohort c = CohortCsv.read(Files.newBufferedReader(Path.of("examples/cohort-2566.csv")), Rubrics.all());
 *                                // CohortCsv in io.github.itasdk.report.io; FY2566's target share 100 %
 * c.shareAtOrAboveThreshold();   // 60.00 (percent)
 * c.meetsTargetShare();          // false
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCohort.class)
@JsonDeserialize(as = ImmutableCohort.class)
public abstract class Cohort {
  /** The current JSON format version of cohorts. */
  public static final String FORMAT = "ita-cohort/1";

  /** @return the format version, {@value #FORMAT} */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /** @return how many agency-years */
  public abstract int size();

  /** @return the fiscal years (B.E.) present, oldest first */
  public abstract List<Integer> fiscalYears();

  /** @return the threshold a total is counted against (default: the newest rubric's target score, 85.00) */
  public abstract BigDecimal threshold();

  /** @return how many members have a total at or above the threshold */
  public abstract int atOrAboveThreshold();

  /** @return that count as a percentage of the cohort, 2 decimals */
  public abstract BigDecimal shareAtOrAboveThreshold();

  /** @return the target share in percent the caller gave, e.g. 100 for FY2566 */
  public abstract BigDecimal targetShare();

  /** @return whether the share reaches the target */
  public abstract boolean meetsTargetShare();

  /** @return members per rating under their own year's policy (policy order, then band order) */
  public abstract List<RatingCount> ratingDistribution();

  /** @return members whose rating the figures leave undetermined (e.g. EIT parts unknown, no published rating) */
  public abstract int undeterminedRatings();

  /** @return statistics of the totals */
  public abstract Stats totals();

  /** @return statistics per indicator 1–10 */
  public abstract List<IndicatorStats> indicators();

  /** @return members whose standing differs under another year's policy */
  public abstract List<PolicyDifference> policyDifferences();

  /** @return the members, in the order given */
  public abstract List<CohortMember> members();

  /**
   * @return which members' ratings are too close to call and which have no interval; present after
   *     {@link #withUncertainties}
   */
  public abstract Optional<CohortUncertainty> uncertainty();

  /**
   * This cohort with the members whose rating is too close to call at the bootstraps' level, and those
   * without an interval. The report does not resample: run {@code Bootstrap.of(rubric).run(input, options)}
   * for each member's input and pass the results in member order (one per member, the same list order as
   * the cards given to {@link #of}; a member scored from published figures only gets the bootstrap's "not
   * available" result, so it is listed under {@link CohortUncertainty#noInterval()}).
   *
   * <p>The rule (exact): a member is too close to call when {@code probabilityRatingDiffers > 1 − level},
   * where {@code level} is its bootstrap's interval level (all available bootstraps must share one) and
   * {@code probabilityRatingDiffers} the share of resamples rated other than the member's point rating —
   * see {@link CohortUncertainty} for how that relates to the total's interval straddling a rating boundary.
   *
   * <pre>{@code
   * List<Uncertainty> us = inputs.stream().map(in -> Bootstrap.of(rubric).run(in, opts)).toList();
   * Cohort c = Cohort.of(cards, Rubrics.all(), new BigDecimal("100")).withUncertainties(us);
   * c.uncertainty().orElseThrow().tooCloseToCall();
   * }</pre>
   *
   * @param uncertainties one bootstrap result per member, in member order
   * @return a copy of this cohort with {@link #uncertainty()} set
   * @throws ItaException when the list's size is not the number of members
   * @throws InvalidInputException listing every result whose total estimate is not its member's total (the
   *     list is out of order, or of other inputs) and bootstraps at different levels
   */
  public Cohort withUncertainties(List<Uncertainty> uncertainties) {
    if (uncertainties.size() != members().size()) {
      throw new ItaException("Uncertainties [" + uncertainties.size() + "] do not match the cohort's members ["
          + members().size() + "]: pass one per member, in member order");
    }
    List<Problem> problems = new ArrayList<>();
    TreeSet<Double> levels = new TreeSet<>();
    for (int k = 0; k < uncertainties.size(); k++) {
      Uncertainty u = uncertainties.get(k);
      CohortMember m = members().get(k);
      if (u == null) {
        problems.add(new Problem("uncertainties[" + k + "]", "missing (null) for member [" + m + "]"));
        continue;
      }
      if (u.available()) {
        levels.add(u.options().level());
        BigDecimal estimate = u.total().orElseThrow().estimate();
        if (estimate.compareTo(m.total()) != 0) {
          problems.add(new Problem("uncertainties[" + k + "]", "total estimate [" + estimate.toPlainString()
              + "] is not the total [" + m.total().toPlainString() + "] of member [" + m.agency() + " FY"
              + m.fiscalYear() + "]: pass the uncertainties in member order"));
        }
      }
    }
    if (levels.size() > 1) {
      problems.add(new Problem("uncertainties", "bootstraps at different levels " + levels
          + ": run every member's at one level"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    double level = levels.isEmpty() ? uncertainties.get(0).options().level() : levels.first();
    BigDecimal bar = BigDecimal.ONE.subtract(BigDecimal.valueOf(level));
    List<CloseCall> close = new ArrayList<>();
    List<CloseCall> none = new ArrayList<>();
    for (int k = 0; k < uncertainties.size(); k++) {
      Uncertainty u = uncertainties.get(k);
      CohortMember m = members().get(k);
      CloseCall.Builder b = CloseCall.builder().agency(m.agency()).fiscalYear(m.fiscalYear()).total(m.total())
          .rating(m.rating().or(() -> m.ratingCandidates().stream().findFirst()));
      if (!u.available()) {
        none.add(b.reason(u.reason().orElse("no interval (no reason given)")).build());
        continue;
      }
      double differs = u.probabilityRatingDiffers().orElse(0.0);
      // the share is a count over the resamples; 10 decimals drop the binary noise of 1 − share
      if (BigDecimal.valueOf(differs).setScale(10, RoundingMode.HALF_UP).compareTo(bar) > 0) {
        close.add(b.interval(u.total()).probabilityRatingDiffers(UncertaintySection.probability(differs))
            .ratings(u.ratings().stream().filter(c -> c.probability() > 0).toList()).build());
      }
    }
    CohortUncertainty cu = CohortUncertainty.builder().level(BigDecimal.valueOf(level))
        .withInterval(uncertainties.size() - none.size()).tooCloseToCall(close).noInterval(none).build();
    return builder().from(this).uncertainty(cu).build();
  }

  /**
   * The cohort of some score cards, counted against the national target of its newest fiscal year: the
   * rating policy's target score and target share of that year's rubric (FY2566: 100 % of agencies at 85
   * or more).
   *
   * @param cards at least one score card
   * @param rubrics the rubrics the cards were scored under, and any others whose policies to re-rate with
   *     (e.g. {@code Rubrics.all()})
   * @return the cohort
   * @throws ItaException when there are no cards or a card's rubric is not among the rubrics
   */
  public static Cohort of(List<ScoreCard> cards, Collection<Rubric> rubrics) {
    RatingPolicy newest = newest(cards, rubrics).ratingPolicy();
    return of(cards, rubrics, newest.targetShare().percent(), newest.target());
  }

  /**
   * The cohort of some score cards against a target share the caller gives, counting totals at or above
   * the target score of the newest fiscal year's rating policy.
   *
   * @param cards at least one score card
   * @param rubrics the rubrics (see {@link #of(List, Collection)})
   * @param targetShare the target share of agencies at or above the target score, in percent (0–100)
   * @return the cohort
   * @throws ItaException when there are no cards, a card's rubric is not among the rubrics, or the target
   *     share is outside 0–100
   */
  public static Cohort of(List<ScoreCard> cards, Collection<Rubric> rubrics, BigDecimal targetShare) {
    return of(cards, rubrics, targetShare, newest(cards, rubrics).ratingPolicy().target());
  }

  private static Rubric newest(List<ScoreCard> cards, Collection<Rubric> rubrics) {
    if (cards.isEmpty()) {
      throw new ItaException("A cohort needs at least one score card");
    }
    Map<String, Rubric> byId = new LinkedHashMap<>();
    rubrics.forEach(r -> byId.put(r.id(), r));
    Rubric newest = null;
    for (ScoreCard c : cards) {
      Rubric r = byId.get(c.rubric());
      if (r == null) {
        throw new ItaException("No rubric [" + c.rubric() + "] among the rubrics given (" + byId.keySet() + ")");
      }
      if (newest == null || r.fiscalYear() > newest.fiscalYear()) {
        newest = r;
      }
    }
    return newest;
  }

  /**
   * @param cards at least one score card
   * @param rubrics the rubrics (see {@link #of(List, Collection, BigDecimal)})
   * @param targetShare the target share in percent (0–100)
   * @param threshold the total counted as meeting the target (0–100)
   * @return the cohort
   * @throws ItaException as {@link #of(List, Collection, BigDecimal)}
   */
  public static Cohort of(List<ScoreCard> cards, Collection<Rubric> rubrics, BigDecimal targetShare,
      BigDecimal threshold) {
    if (cards.isEmpty()) {
      throw new ItaException("A cohort needs at least one score card");
    }
    percent("target share", targetShare);
    percent("threshold", threshold);
    Map<String, Rubric> byId = new LinkedHashMap<>();
    rubrics.forEach(r -> byId.put(r.id(), r));
    List<CohortMember> members = new ArrayList<>();
    List<Rubric> own = new ArrayList<>();
    for (ScoreCard c : cards) {
      Rubric r = byId.get(c.rubric());
      if (r == null) {
        throw new ItaException("No rubric [" + c.rubric() + "] among the rubrics given (" + byId.keySet() + ")");
      }
      own.add(r);
      Map<String, BigDecimal> inds = new LinkedHashMap<>();
      for (Indicator i : r.indicators()) {
        c.indicator(i.number()).ifPresent(s -> inds.put(Integer.toString(i.number()), s));
      }
      members.add(CohortMember.builder().agency(c.agency().orElse("?")).fiscalYear(r.fiscalYear()).rubric(r.id())
          .total(c.total()).rating(c.rating()).ratingCandidates(c.ratingCandidates()).indicators(inds).build());
    }
    BigDecimal thr = threshold.setScale(2, RoundingMode.HALF_UP);
    int above = (int) members.stream().filter(m -> m.total().compareTo(thr) >= 0).count();
    BigDecimal share = BigDecimal.valueOf(above * 100L).divide(BigDecimal.valueOf(members.size()), 2,
        RoundingMode.HALF_UP);

    List<RatingCount> dist = new ArrayList<>();
    List<RatingPolicy> policies = own.stream().map(Rubric::ratingPolicy)
        .filter(distinctBy()).sorted(Comparator.comparing(RatingPolicy::id)).toList();
    for (RatingPolicy p : policies) {
      p.bands().forEach(b -> {
        int n = (int) members.stream().filter(m -> m.rating().map(rt -> rt.policy().equals(p.id())
            && rt.code().equals(b.code())).orElse(false)).count();
        if (n > 0) {
          dist.add(RatingCount.builder().policy(p.id()).code(b.code()).label(b.label()).count(n).build());
        }
      });
    }
    int undetermined = (int) members.stream().filter(m -> m.rating().isEmpty()).count();

    Rubric newest = own.stream().max(Comparator.comparingInt(Rubric::fiscalYear)).orElseThrow();
    List<IndicatorStats> inds = new ArrayList<>();
    for (Indicator i : newest.indicators()) {
      List<BigDecimal> scores = members.stream().map(m -> m.indicators().get(Integer.toString(i.number())))
          .filter(java.util.Objects::nonNull).toList();
      if (!scores.isEmpty()) {
        inds.add(IndicatorStats.builder().number(i.number()).name(i.name()).stats(Stats.of(scores)).build());
      }
    }

    List<RatingPolicy> all = rubrics.stream().map(Rubric::ratingPolicy).filter(distinctBy()).toList();
    List<PolicyDifference> diffs = new ArrayList<>();
    for (int k = 0; k < cards.size(); k++) {
      ScoreCard c = cards.get(k);
      CohortMember m = members.get(k);
      if (c.rating().isEmpty()) {
        continue;
      }
      RatingPolicy mine = own.get(k).ratingPolicy();
      for (RatingPolicy other : all) {
        if (other.id().equals(mine.id())) {
          continue;
        }
        Optional<Rating> theirs = c.ratedUnder(other).rating();
        if (theirs.isEmpty()) {
          continue;
        }
        String diff = difference(c.rating().get(), mine, theirs.get(), other);
        if (diff != null) {
          diffs.add(PolicyDifference.builder().agency(m.agency()).fiscalYear(m.fiscalYear()).total(m.total())
              .own(c.rating().get()).other(theirs.get()).difference(diff).build());
        }
      }
    }
    return ImmutableCohort.builder().size(members.size())
        .fiscalYears(members.stream().map(CohortMember::fiscalYear).distinct().sorted().toList())
        .threshold(thr).atOrAboveThreshold(above).shareAtOrAboveThreshold(share)
        .targetShare(targetShare.setScale(2, RoundingMode.HALF_UP)).meetsTargetShare(share.compareTo(targetShare) >= 0)
        .ratingDistribution(dist).undeterminedRatings(undetermined)
        .totals(Stats.of(members.stream().map(CohortMember::total).toList()))
        .indicators(inds).policyDifferences(diffs).members(members).build();
  }

  private static String difference(Rating mine, RatingPolicy minePolicy, Rating theirs, RatingPolicy other) {
    boolean topMine = minePolicy.bands().get(0).code().equals(mine.code());
    boolean topTheirs = other.bands().get(0).code().equals(theirs.code());
    List<String> d = new ArrayList<>();
    if (mine.meetsTarget() != theirs.meetsTarget()) {
      d.add("meets the target under " + (mine.meetsTarget() ? minePolicy.id() : other.id()) + " only");
    }
    if (topMine != topTheirs) {
      d.add("top level under " + (topMine ? minePolicy.id() : other.id()) + " only");
    }
    return d.isEmpty() ? null : String.join("; ", d);
  }

  private static java.util.function.Predicate<RatingPolicy> distinctBy() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return p -> seen.add(p.id());
  }

  private static void percent(String what, BigDecimal v) {
    if (!Scores.isScore(v)) {
      throw new ItaException("Invalid " + what + " (valid values 0 - 100): " + v.toPlainString());
    }
  }

  /** @return a new builder (for deserialisation; use {@link #of}) */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cohort}. */
  static final class Builder extends ImmutableCohort.Builder {}

  @Override
  public String toString() {
    return "Cohort[" + size() + " members FY" + fiscalYears() + ", ≥" + threshold().toPlainString() + ": "
        + atOrAboveThreshold() + " (" + shareAtOrAboveThreshold().toPlainString() + " % vs target "
        + targetShare().toPlainString() + " %), ratings " + ratingDistribution() + ", differences "
        + policyDifferences().size() + uncertainty().map(u -> ", " + u).orElse("") + "]";
  }
}
