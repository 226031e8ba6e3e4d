package io.github.itasdk.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.internal.LinearModel;
import io.github.itasdk.core.rubric.Part;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link NodeValues} against a {@link HashMap}: puts, replacements, null values and growth from a tiny table. */
class NodeValuesTest {

  @Provide
  Arbitrary<LinearModel.Node> nodes() {
    Arbitrary<Part> parts = Arbitraries.of(Part.values()).injectNull(0.4);
    return Combinators.combine(Arbitraries.of(LinearModel.Level.values()), Arbitraries.strings().alpha().ofMaxLength(3),
        parts).as(LinearModel.Node::of);
  }

  @Provide
  Arbitrary<List<LinearModel.Node>> puts() {
    return nodes().list().ofMaxSize(300);
  }

  @Property(tries = 300)
  void behavesLikeAHashMap(@ForAll("puts") List<LinearModel.Node> puts, @ForAll("puts") List<LinearModel.Node> probes) {
    NodeValues<Integer> table = new NodeValues<>(2);
    Map<LinearModel.Node, Integer> expected = new HashMap<>();
    for (int i = 0; i < puts.size(); i++) {
      Integer v = i % 7 == 0 ? null : i;
      table.put(puts.get(i), v);
      expected.put(puts.get(i), v);
    }
    assertThat(table.size()).isEqualTo(expected.size());
    for (LinearModel.Node n : puts) {
      assertThat(table.containsKey(n)).isTrue();
      assertThat(table.get(n)).isEqualTo(expected.get(n));
    }
    for (LinearModel.Node n : probes) {
      assertThat(table.containsKey(n)).isEqualTo(expected.containsKey(n));
      assertThat(table.get(n)).isEqualTo(expected.get(n));
    }
  }

  @Test
  void capacityMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new NodeValues<Integer>(12)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity 12 is not a power of two above 1");
    assertThatThrownBy(() -> new NodeValues<Integer>(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity 1 is not a power of two above 1");
  }
}
