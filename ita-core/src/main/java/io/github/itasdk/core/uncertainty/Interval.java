package io.github.itasdk.core.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.rubric.Part;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bootstrap percentile interval for one figure: the point estimate (the score card's figure), the
 * interval's ends and the resamples' median (2 decimals) and the bootstrap standard error (4 decimals).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInterval.class)
@JsonDeserialize(as = ImmutableInterval.class)
public abstract class Interval {
  /** @return {@code total}, a tool ({@code IIT}, {@code EIT}) or an indicator number */
  public abstract String id();

  /** @return the EIT part, for one part's figure */
  public abstract Optional<Part> part();

  /** @return the point estimate */
  public abstract BigDecimal estimate();

  /** @return the interval's lower end */
  public abstract BigDecimal low();

  /** @return the interval's upper end */
  public abstract BigDecimal high();

  /** @return the median of the resampled figure (2 decimals) */
  public abstract BigDecimal median();

  /** @return the standard deviation of the resampled figure */
  public abstract BigDecimal standardError();

  /** @return high − low */
  public BigDecimal width() {
    return high().subtract(low());
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Interval}. */
  static final class Builder extends ImmutableInterval.Builder {}

  @Override
  public String toString() {
    return id() + part().map(p -> "/" + p).orElse("") + " " + estimate().toPlainString() + " [" + low().toPlainString()
        + ", " + high().toPlainString() + "] se " + standardError().toPlainString();
  }
}
