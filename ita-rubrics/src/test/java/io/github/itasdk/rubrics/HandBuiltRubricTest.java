package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.policy.Weighting;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.RubricValidator;
import io.github.itasdk.core.uncertainty.Bootstrap;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A rubric built by hand is validated where an engine, batch scorer or bootstrap is made from it. */
class HandBuiltRubricTest {
  static final Rubric FY2566 = Rubrics.forFiscalYear(2566);

  /** FY2566 with the IIT weight lowered from 30 to 25: the weights sum to 95. */
  static Rubric weightsSumTo95() {
    Weighting w = FY2566.weighting();
    return Rubric.builder().from(FY2566).weighting(Weighting.builder().from(w).weights(w.weights().stream()
        .map(t -> t.tool().name().equals("IIT") ? ToolWeight.builder().from(t).weight(new BigDecimal("25")).build() : t)
        .toList()).build()).build();
  }

  static Stream<Function<Rubric, Object>> makers() {
    return Stream.of(ScoringEngine::of, BatchScorer::of, Bootstrap::of);
  }

  @ParameterizedTest
  @MethodSource("makers")
  void anInvalidHandBuiltRubricIsRejectedWithEveryProblem(Function<Rubric, Object> make) {
    assertThatThrownBy(() -> make.apply(weightsSumTo95())).isInstanceOf(InvalidRubricException.class)
        .hasMessageContaining("Invalid rubric [ITA-2566] (1 problem)")
        .satisfies(e -> assertThat(((InvalidRubricException) e).problems()).extracting(Problem::message)
            .containsExactly("weights of rubric [ITA-2566] sum to [95], expected [100]"));
  }

  @ParameterizedTest
  @MethodSource("makers")
  void aValidHandBuiltRubricIsAccepted(Function<Rubric, Object> make) {
    Rubric copy = Rubric.builder().from(FY2566).build();
    assertThat(make.apply(copy)).isNotNull();
  }

  @Test
  void aRubricIsCheckedOnceAndItsProblemsKeptWithIt() {
    Rubric broken = weightsSumTo95();
    assertThat(RubricValidator.problems(broken)).isSameAs(RubricValidator.problems(broken)).hasSize(1);
    // an equal rubric built separately is a new instance: checked afresh, same verdict
    Rubric again = weightsSumTo95();
    assertThat(again).isEqualTo(broken);
    assertThat(RubricValidator.problems(again)).isNotSameAs(RubricValidator.problems(broken))
        .isEqualTo(RubricValidator.problems(broken));
    assertThat(RubricValidator.problems(FY2566)).isEmpty();
  }
}
