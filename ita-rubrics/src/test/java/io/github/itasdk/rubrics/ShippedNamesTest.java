package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The shipped-rubric name check, written out instead of a regular expression, accepts what it replaced. */
class ShippedNamesTest {
  private static final Pattern NAME = Pattern.compile("ITA-\\d{4}\\.json");

  /** Names near the form: a prefix, 3–5 characters that are mostly digits, a suffix. */
  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(Arbitraries.of("ITA-", "ITA_", "ita-", "", "XITA-"),
        Arbitraries.strings().withChars("0123456789a\u0e51").ofMinLength(3).ofMaxLength(5),
        Arbitraries.of(".json", ".jsonx", "json", ".JSON", "")).as((a, b, c) -> a + b + c);
  }

  @Property(tries = 2000)
  void acceptsWhatTheExpressionAccepts(@ForAll("names") String name) {
    boolean expected = NAME.matcher(name).matches();
    Statistics.label("matches").collect(expected);
    assertThat(Rubrics.isShippedName(name)).as(name).isEqualTo(expected);
  }

  @Test
  void examples() {
    assertThat(Rubrics.isShippedName("ITA-2566.json")).isTrue();
    assertThat(Rubrics.isShippedName("ITA-256.json")).isFalse();
    assertThat(Rubrics.isShippedName("ITA-25666.json")).isFalse();
    assertThat(Rubrics.isShippedName("ITA-2566.jsonx")).isFalse();
    assertThat(Rubrics.isShippedName("ITA-\u0e52\u0e55\u0e56\u0e56.json")).isFalse(); // Thai digits: \d is ASCII only
  }
}
