package io.github.itasdk.report.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A level a plan aims at: the report's threshold (code {@code THRESHOLD}, a total only) or a band of the
 * year's rating policy that meets the national target (its code, lowest total and tool floor, taken from
 * the rubric's data).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLevelTarget.class)
@JsonDeserialize(as = ImmutableLevelTarget.class)
public abstract class LevelTarget {
  /** The code of the threshold target. */
  public static final String THRESHOLD = "THRESHOLD";

  /** @return {@code THRESHOLD} or the band's code, e.g. {@code GOOD} */
  public abstract String code();

  /** @return the level's Thai and English name */
  public abstract Label label();

  /** @return the lowest total of the level */
  public abstract BigDecimal minTotal();

  /** @return the score every tool (and EIT part) must reach, where the level has one */
  public abstract Optional<BigDecimal> toolFloor();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LevelTarget}. */
  static final class Builder extends ImmutableLevelTarget.Builder {}

  @Override
  public String toString() {
    return code() + " ≥" + minTotal().toPlainString() + toolFloor().map(f -> " tools≥" + f.toPlainString()).orElse("");
  }
}
