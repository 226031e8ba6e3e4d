package io.github.itasdk.core.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import io.github.itasdk.core.Scores;
import org.immutables.value.Value;

/**
 * One level of a rating policy: a range of totals (both ends inclusive, 2 decimals) and, from FY2566,
 * a floor every tool score must reach.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRatingBand.class)
@JsonDeserialize(as = ImmutableRatingBand.class)
public abstract class RatingBand {
  /** @return a stable code, e.g. {@code AA} or {@code EXCELLENT} */
  public abstract String code();

  /** @return the level's name as printed (DIW labels for FY2566) */
  public abstract Label label();

  /** @return the lowest total in the band */
  public abstract BigDecimal min();

  /** @return the highest total in the band */
  public abstract BigDecimal max();

  /** @return the score every tool must reach, where the band has one */
  public abstract Optional<BigDecimal> toolFloor();

  /** @return whether a total in this band meets the national target */
  public abstract boolean meetsTarget();

  /** @return other Thai spellings of the label found in agency reports */
  public abstract List<String> aliases();

  @Value.Check
  RatingBand normalized() {
    if (Scores.isTwoDecimals(min()) && Scores.isTwoDecimals(max())
        && (toolFloor().isEmpty() || Scores.isTwoDecimals(toolFloor().get()))) { // no lambda: see Rubric's loops
      return this;
    }
    return builder().from(this).min(Scores.twoDecimals(min())).max(Scores.twoDecimals(max()))
        .toolFloor(toolFloor().isEmpty() ? Optional.empty() : Optional.of(Scores.twoDecimals(toolFloor().get())))
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RatingBand}. */
  public static final class Builder extends ImmutableRatingBand.Builder {}

  @Override
  public String toString() {
    return code() + " " + min().toPlainString() + "–" + max().toPlainString()
        + toolFloor().map(f -> " tools≥" + f.toPlainString()).orElse("");
  }
}
