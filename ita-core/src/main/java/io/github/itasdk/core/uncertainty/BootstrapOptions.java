package io.github.itasdk.core.uncertainty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Settings of a bootstrap: the interval level, the number of resamples, the seed, whether to use
 * several threads (the numbers do not depend on it), and the interval half-width on the total that the
 * sample-size planning aims at.
 *
 * <pre>{@code
 * BootstrapOptions.builder().level(0.90).resamples(2000).seed(42).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBootstrapOptions.class)
@JsonDeserialize(as = ImmutableBootstrapOptions.class)
public abstract class BootstrapOptions {
  /** @return the interval level, strictly between 0 and 1 (default 0.95) */
  @Value.Default
  public double level() {
    return 0.95;
  }

  /** @return resamples, at least 100 (default 10,000) */
  @Value.Default
  public int resamples() {
    return 10_000;
  }

  /** @return the seed; the same seed gives the same numbers (default 1) */
  @Value.Default
  public long seed() {
    return 1L;
  }

  /** @return whether to spread resamples over threads (default true; results are identical) */
  @Value.Default
  public boolean parallel() {
    return true;
  }

  /** @return the half-width of the interval on the total that the planning aims at (default 1.00) */
  @Value.Default
  public BigDecimal targetHalfWidth() {
    return BigDecimal.ONE;
  }

  @Value.Check
  void check() {
    if (!(level() > 0 && level() < 1)) {
      throw new ItaException("Invalid level (valid values strictly between 0 and 1): " + level());
    }
    if (resamples() < 100) {
      throw new ItaException("Invalid resamples (valid values 100 or more): " + resamples());
    }
    if (targetHalfWidth().signum() <= 0) {
      throw new ItaException("Invalid target half-width (valid values above 0): " + targetHalfWidth());
    }
  }

  /** @return the defaults: 95 %, 10,000 resamples, seed 1 */
  public static BootstrapOptions defaults() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BootstrapOptions}. */
  public static final class Builder extends ImmutableBootstrapOptions.Builder {}
}
