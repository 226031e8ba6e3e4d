package io.github.itasdk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The harness writes its timings as printf's {@code %.Nf} did (bench/harness.sh reads them). */
class HarnessTest {
  @Property(tries = 2000)
  void fixedWritesWhatPrintfWrote(@ForAll @DoubleRange(min = -0.5, max = 500) double v,
      @ForAll @IntRange(min = 2, max = 3) int decimals) {
    double scaled = Math.abs(v) * Math.pow(10, decimals);
    Assume.that(Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6); // a binary tie may round either way
    assertThat(Harness.fixed(v, decimals)).isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
  }

  @Test
  void examples() {
    assertThat(Harness.fixed(0.5834, 3)).isEqualTo("0.583");
    assertThat(Harness.fixed(0.05, 3)).isEqualTo("0.050");
    assertThat(Harness.fixed(12.0, 2)).isEqualTo("12.00");
    assertThat(Harness.fixed(-0.001, 3)).isEqualTo("-0.001");
  }
}
