package io.github.itasdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.Problem;
import org.junit.jupiter.api.Test;

/** The cap keeps the first problems in list order, whether added at the end or inserted before others. */
class ProblemListTest {
  static Problem p(int i) {
    return new Problem("$", "p" + i);
  }

  @Test
  void anInsertedProblemCountsWhereItStands() {
    ProblemList full = new ProblemList();
    for (int i = 0; i < ProblemList.MAX + 5; i++) {
      full.add(p(i));
    }
    full.add(3, p(-1)); // before kept ones: kept, the last kept one is dropped
    full.add(ProblemList.MAX, p(-2)); // past the cap: dropped
    assertThat(full).hasSize(ProblemList.MAX);
    assertThat(full.get(3)).isEqualTo(p(-1));
    assertThat(full.get(ProblemList.MAX - 1)).isEqualTo(p(ProblemList.MAX - 2));
    assertThat(full.done()).last().isEqualTo(new Problem("$", "7 more problems not listed; fix these and read the input again"));
  }

  @Test
  void belowTheCapNothingIsDropped() {
    ProblemList few = new ProblemList();
    few.add(p(1));
    few.add(0, p(0));
    assertThat(few.done()).containsExactly(p(0), p(1));
  }
}
