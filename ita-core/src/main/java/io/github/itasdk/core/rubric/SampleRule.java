package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import io.github.itasdk.core.Scores;
import org.immutables.value.Value;

/**
 * The minimum sample per stakeholder group as a piecewise function of the group size N:
 * N below {@link #everyoneBelow()} → everyone; up to {@link #fixedAbove()} →
 * max(⌈{@link #fraction()}·N⌉, {@link #minimum()}); above it → {@link #fixed()}.
 *
 * <pre>{@code
 * Rubrics.forFiscalYear(2564).sampleRule().minimumSample(1234);   // 124
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSampleRule.class)
@JsonDeserialize(as = ImmutableSampleRule.class)
public abstract class SampleRule {
  /** @return below this size everyone is surveyed */
  public abstract int everyoneBelow();

  /** @return the share of the group surveyed in the middle range */
  public abstract BigDecimal fraction();

  /** @return the smallest sample in the middle range */
  public abstract int minimum();

  /** @return above this size the fixed sample applies */
  public abstract int fixedAbove();

  /** @return the sample above {@link #fixedAbove()} */
  public abstract int fixed();

  /** @return where the rule comes from */
  public abstract Provenance provenance();

  /**
   * @param groupSize N, the size of the stakeholder group (staff with ≥ 1 year of service for the IIT,
   *     the estimated external stakeholders for the EIT)
   * @return the minimum number of respondents
   * @throws ItaException when N is negative
   */
  public int minimumSample(int groupSize) {
    if (groupSize < 0) {
      throw new ItaException("Invalid group size (valid values 0 or more): " + groupSize);
    }
    if (groupSize < everyoneBelow()) {
      return groupSize;
    }
    if (groupSize > fixedAbove()) {
      return fixed();
    }
    int share = fraction().multiply(BigDecimal.valueOf(groupSize)).setScale(0, RoundingMode.CEILING).intValueExact();
    return Math.max(share, minimum());
  }

  @Value.Check
  SampleRule normalized() {
    return Scores.isCanonical(fraction()) ? this : builder().from(this).fraction(Scores.canonical(fraction())).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SampleRule}. */
  public static final class Builder extends ImmutableSampleRule.Builder {}
}
