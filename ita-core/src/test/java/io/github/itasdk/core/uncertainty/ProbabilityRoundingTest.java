package io.github.itasdk.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rounding rule for probabilities: the exact share of resamples, HALF_UP to 4 decimals. */
class ProbabilityRoundingTest {
  @Test
  void aShareIsExactThenRoundedHalfUpTo4Decimals() {
    assertThat(Bootstrap.share(10_000 - 9_955, 10_000)).isEqualTo(0.0045);   // 1.0 - 0.9955 in doubles is 0.00449999…
    assertThat(1.0 - 9_955 / 10_000.0).isNotEqualTo(0.0045);
    assertThat(Bootstrap.share(1, 3)).isEqualTo(0.3333);
    assertThat(Bootstrap.share(2, 3)).isEqualTo(0.6667);
    assertThat(Bootstrap.share(1, 80_000)).isEqualTo(0.0);       // 0.0000125
    assertThat(Bootstrap.share(5, 1_000_000)).isEqualTo(0.0);     // 0.000005 → 0.0000
    assertThat(Bootstrap.share(50, 1_000_000)).isEqualTo(0.0001); // 0.00005 rounds half up
    assertThat(Bootstrap.share(7, 7)).isEqualTo(1.0);
  }
}
