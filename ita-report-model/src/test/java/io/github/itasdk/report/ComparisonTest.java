package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.render.Language;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  record Side(Rubric rubric, ScoreCard card) {}

  @Provide
  Arbitrary<Side> sides() {
    Arbitrary<List<BigDecimal>> ten = Arbitraries.bigDecimals().between(new BigDecimal("40"), new BigDecimal("100"))
        .ofScale(2).list().ofSize(10);
    return Combinators.combine(Arbitraries.of(Rubrics.all()), ten).as((r, scores) -> {
      String[] s = scores.stream().map(BigDecimal::toPlainString).toArray(String[]::new);
      return new Side(r, ScoringEngine.of(r).score(Inputs.fromIndicators(r.id(), s).build()));
    });
  }

  @Property(tries = 60)
  void swappingTheCardsSwapsTheSidesAndNegatesEveryDelta(@ForAll("sides") Side a, @ForAll("sides") Side b) {
    Comparison ab = Comparison.of(a.card(), a.rubric(), b.card(), b.rubric());
    Comparison ba = Comparison.of(b.card(), b.rubric(), a.card(), a.rubric());
    assertThat(ba.first()).isEqualTo(ab.second());
    assertThat(ba.second()).isEqualTo(ab.first());
    assertThat(ba.indicators()).hasSameSizeAs(ab.indicators());
    for (int i = 0; i < ab.indicators().size(); i++) {
      DeltaRow x = ab.indicators().get(i);
      DeltaRow y = ba.indicators().get(i);
      assertThat(y.first()).isEqualTo(x.second());
      assertThat(y.delta().map(BigDecimal::negate)).isEqualTo(x.delta());
    }
    assertThat(ba.total().delta().map(BigDecimal::negate)).isEqualTo(ab.total().delta());
    assertThat(ba.tools()).extracting(DeltaRow::id).containsExactlyElementsOf(ab.tools().stream().map(DeltaRow::id).toList());
    assertThat(ab.indicators()).hasSize(10);
    assertThat(ab.total().delta()).hasValue(b.card().total().subtract(a.card().total()));
  }

  @Test
  void acrossYearsEachCardIsRatedUnderBothPolicies() {
    ScoreCard fy2564 = ScoringEngine.of(Rubrics.forFiscalYear(2564)).score(Inputs.fromIndicators("ITA-2564",
        "97.00", "96.00", "95.00", "96.50", "97.20", "86.00", "84.00", "80.00", "100.00", "95.00").build());
    Comparison c = Comparison.of(fy2564, Rubrics.forFiscalYear(2564), Examples.thaKub(), Rubrics.forFiscalYear(2566));
    assertThat(c.sameRubric()).isFalse();
    assertThat(c.second().ratings()).extracting(PolicyRating::toString)
        .containsExactly("ITA-2566/grades: PASS", "ITA-2564/grades: AA");
    assertThat(c.first().ratings()).extracting(PolicyRating::policy).containsExactly("ITA-2564/grades", "ITA-2566/grades");
    assertThat(c.indicators().get(7).delta()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("3.18"));
    assertThat(c.tools()).extracting(DeltaRow::id).containsExactly("IIT", "EIT", "OIT");
    assertThat(c.notes()).anySatisfy(n -> assertThat(n).startsWith("different rubrics"));
    assertThat(ItaJson.read(ItaJson.write(c), Comparison.class)).isEqualTo(c);
    assertThat(Markdown.render(c, Language.TH_EN)).contains("| 8 | การปรับปรุงระบบการทำงาน (Improvement of work)");
    assertThat(Markdown.render(c)).contains("| 8 | การปรับปรุงระบบการทำงาน |");
  }

  @Test
  void aCardWithTheWrongRubricIsRejected() {
    assertThatThrownBy(() -> Comparison.of(Examples.thaKub(), Rubrics.forFiscalYear(2564), Examples.diw(),
        Rubrics.forFiscalYear(2566))).hasMessage("The first score card was scored under [ITA-2566], not rubric [ITA-2564]");
    Comparison same = Comparison.of(Examples.thaKub(), Rubrics.forFiscalYear(2566), Examples.diw(),
        Rubrics.forFiscalYear(2566));
    assertThat(same.notes()).singleElement().asString().startsWith("the cards name different agencies");
    assertThat(same.first().ratings()).hasSize(1);
    assertThat(same.tools().get(1).secondName()).isEqualTo(Optional.empty());
  }
}
