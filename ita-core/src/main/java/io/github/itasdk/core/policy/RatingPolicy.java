package io.github.itasdk.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.rubric.Provenance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import io.github.itasdk.core.Scores;
import org.immutables.value.Value;

/**
 * A rating policy: ordered bands tried in turn; the first whose total range holds the total and whose
 * tool floor (if any) the lowest tool score reaches gives the rating. Total and tool scores are rounded
 * HALF_UP to 2 decimals before the comparison (the bands are written as 84.99 / 85.00).
 *
 * <pre>{@code
 * RatingPolicy fy2566 = Rubrics.forFiscalYear(2566).ratingPolicy();
 * fy2566.rate(new BigDecimal("96.00"), new BigDecimal("84.99"));   // PASS ผ่าน (Pass)
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingPolicy.class)
@JsonDeserialize(as = ImmutableRatingPolicy.class)
public abstract class RatingPolicy {
  /** @return the policy id, e.g. {@code ITA-2564/grades} */
  public abstract String id();

  /** @return its name */
  public abstract Label label();

  /** @return the total at which an agency meets the national target, e.g. 85.00 */
  public abstract BigDecimal target();

  /** @return the national target: the share of agencies whose total should reach {@link #target()} */
  public abstract TargetShare targetShare();

  /** @return the bands in the order they are tried */
  public abstract List<RatingBand> bands();

  /** @return where the policy comes from */
  public abstract Provenance provenance();

  /** @return true when some band sets a floor on every tool's score */
  public boolean hasToolFloors() {
    return bands().stream().anyMatch(b -> b.toolFloor().isPresent());
  }

  /**
   * Rates a total and the lowest of the tool scores.
   *
   * @param total the total, 0–100 (rounded HALF_UP to 2 decimals here)
   * @param lowestTool the lowest tool (or EIT part) score, 0–100 (rounded likewise); ignored by bands
   *     without a tool floor
   * @return the rating
   * @throws ItaException when a score lies outside 0–100
   */
  public Rating rate(BigDecimal total, BigDecimal lowestTool) {
    return Rating.of(id(), band(total, lowestTool));
  }

  /**
   * The band a total and the lowest tool score fall in: the first, in order, whose total range holds the
   * total and whose tool floor (if any) the lowest tool score reaches, both rounded HALF_UP to 2 decimals
   * first. The one rule every rating of the SDK is decided by (score cards, re-rating, bootstrap resamples,
   * improvement plans).
   *
   * @param total the total, 0–100
   * @param lowestTool the lowest tool (or EIT part) score, 0–100; ignored by bands without a tool floor
   * @return the band
   * @throws ItaException when a score lies outside 0–100
   */
  public RatingBand band(BigDecimal total, BigDecimal lowestTool) {
    BigDecimal t = checked("total", total);
    BigDecimal low = checked("lowest tool score", lowestTool);
    for (RatingBand band : bands()) {
      boolean inRange = t.compareTo(band.min()) >= 0 && t.compareTo(band.max()) <= 0;
      boolean floorMet = band.toolFloor().isEmpty() || low.compareTo(band.toolFloor().get()) >= 0;
      if (inRange && floorMet) {
        return band;
      }
    }
    throw new ItaException("Rating policy [" + id() + "] has no band for total [" + t.toPlainString() + "]");
  }

  /**
   * Finds the band a printed rating label names: its code, Thai or English label, or a known variant
   * (e.g. "ผ่านดีเยี่ยม" for ดีเยี่ยม). Case and surrounding spaces are ignored.
   *
   * @param printed the label as printed in a report
   * @return the band, if the policy knows the label
   */
  public Optional<RatingBand> bandNamed(String printed) {
    String p = printed.strip();
    for (RatingBand b : bands()) { // a loop, not a stream: see the note on Rubric's loops
      if (b.code().equalsIgnoreCase(p) || p.equals(b.label().th()) || p.equalsIgnoreCase(b.label().en())
          || b.aliases().contains(p)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  private static BigDecimal checked(String what, BigDecimal score) {
    if (score == null) {
      throw new ItaException("Missing " + what);
    }
    BigDecimal r = Scores.twoDecimals(score);
    if (!Scores.isScore(r)) {
      throw new ItaException("Invalid " + what + " (valid values 0.00 - 100.00): " + score.toPlainString());
    }
    return r;
  }

  @Value.Check
  RatingPolicy normalized() {
    return Scores.isTwoDecimals(target()) ? this : builder().from(this).target(Scores.twoDecimals(target())).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatingPolicy}. */
  public static final class Builder extends ImmutableRatingPolicy.Builder {}

  @Override
  public String toString() {
    return "RatingPolicy[" + id() + " " + bands() + "]";
  }
}
