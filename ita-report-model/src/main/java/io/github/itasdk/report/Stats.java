package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.internal.Ratio;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/** Count, mean, median, minimum and maximum of some scores; each figure exact, then rounded HALF_UP to 2 decimals. */
@Value.Immutable
@JsonSerialize(as = ImmutableStats.class)
@JsonDeserialize(as = ImmutableStats.class)
public abstract class Stats {
  /** @return how many scores */
  public abstract int n();

  /** @return their mean */
  public abstract BigDecimal mean();

  /** @return their median (the mean of the two middle scores for an even count) */
  public abstract BigDecimal median();

  /** @return the lowest */
  public abstract BigDecimal min();

  /** @return the highest */
  public abstract BigDecimal max();

  /**
   * @param scores at least one score
   * @return their statistics
   * @throws IllegalArgumentException when there are none
   */
  public static Stats of(List<BigDecimal> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("no scores");
    }
    List<BigDecimal> sorted = scores.stream().sorted().toList();
    Ratio sum = Ratio.ZERO;
    for (BigDecimal s : sorted) {
      sum = sum.add(Ratio.of(s));
    }
    int n = sorted.size();
    Ratio median = n % 2 == 1 ? Ratio.of(sorted.get(n / 2))
        : Ratio.of(sorted.get(n / 2 - 1)).add(Ratio.of(sorted.get(n / 2))).divide(2);
    return ImmutableStats.builder().n(n).mean(sum.divide(n).round2()).median(median.round2())
        .min(Ratio.of(sorted.get(0)).round2()).max(Ratio.of(sorted.get(n - 1)).round2()).build();
  }

  @Override
  public String toString() {
    return "n=" + n() + " mean=" + mean().toPlainString() + " median=" + median().toPlainString() + " min="
        + min().toPlainString() + " max=" + max().toPlainString();
  }
}
