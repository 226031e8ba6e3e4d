package io.github.itasdk.core.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How sure a score is: bootstrap percentile intervals of the total, the tools (EIT parts separately and
 * together) and the indicators, with respondents resampled within their survey and everything else (the
 * OIT audit, published figures) held fixed; the probability of reaching the target and of each rating
 * level; and the respondents that would narrow the total's interval to a target half-width.
 *
 * <p>When the input has no raw survey answers there is nothing to resample: {@link #available()} is false,
 * {@link #reason()} says why, and no interval is given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUncertainty.class)
@JsonDeserialize(as = ImmutableUncertainty.class)
public abstract class Uncertainty {
  /** @return false when there is nothing to resample (published figures only) */
  public abstract boolean available();

  /** @return why no interval is given, or what was held fixed */
  public abstract List<String> notes();

  /** @return the settings used */
  public abstract BootstrapOptions options();

  /** @return the total's interval */
  public abstract Optional<Interval> total();

  /** @return intervals of the resampled tools and EIT parts */
  public abstract List<Interval> tools();

  /** @return intervals of the resampled indicators (EIT per part and together) */
  public abstract List<Interval> indicators();

  /** @return the probability that the total reaches the policy's target (share of resamples, HALF_UP to 4 decimals) */
  public abstract Optional<Double> probabilityMeetsTarget();

  /** @return the probability of each rating level (they sum to 1 before rounding; each HALF_UP to 4 decimals) */
  public abstract List<RatingChance> ratings();

  /** @return the probability that the rating differs from the point estimate's (HALF_UP to 4 decimals) */
  public abstract Optional<Double> probabilityRatingDiffers();

  /** @return respondents per survey for the target half-width */
  public abstract List<SamplePlan> planning();

  /** @return the first note: why no interval is given */
  public Optional<String> reason() {
    return available() ? Optional.empty() : notes().stream().findFirst();
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Uncertainty}. */
  static final class Builder extends ImmutableUncertainty.Builder {}

  @Override
  public String toString() {
    if (!available()) {
      return "Uncertainty[none: " + reason().orElse("") + "]";
    }
    return "Uncertainty[" + Math.round(options().level() * 100) + "% " + total().map(Interval::toString).orElse("")
        + ", P(meets target)=" + probabilityMeetsTarget().map(p -> String.format("%.4f", p)).orElse("?")
        + ", P(rating differs)=" + probabilityRatingDiffers().map(p -> String.format("%.4f", p)).orElse("?")
        + ", ratings " + ratings() + ", tools " + tools().stream().map(Interval::toString).collect(Collectors.joining("; "))
        + ", plan " + planning() + "]";
  }
}
